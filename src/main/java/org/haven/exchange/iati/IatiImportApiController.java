package org.haven.exchange.iati;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** JSON API of the IATI import (ADMIN, MEL_OFFICER, PROGRAMME_OFFICER). */
@RestController
@RequestMapping("/api/v1/exchange/iati")
@Tag(name = "IATI", description = "IATI 2.03 activity export and import")
class IatiImportApiController {

    private final IatiImportService imports;

    IatiImportApiController(IatiImportService imports) {
        this.imports = imports;
    }

    @PostMapping("/import")
    @Operation(summary = "Import an IATI activity file of another publisher", description = "The body is the XML "
            + "file (raw, any content type). dryRun=true (default) only reports; dryRun=false writes every activity "
            + "in one transaction, updating those imported before (same iati-identifier). The report lists per "
            + "activity what was skipped. 400 names the problem (DOCTYPE/entities, malformed XML, wrong encoding, "
            + "too large, unknown codes) and nothing is written.")
    IatiImportReport importFile(HttpServletRequest request, @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(required = false) String name) throws IOException {
        imports.requireImporter();
        byte[] content;
        try (InputStream in = request.getInputStream()) {
            content = imports.readLimited(in);
        }
        return dryRun ? imports.dryRun(content, name) : imports.commit(content, name);
    }

    @GetMapping("/imported")
    @Operation(summary = "Imported IATI activities, latest import first (at most 100)")
    List<ImportedActivity.Stored> imported() {
        imports.requireImporter();
        return imports.recent();
    }
}
