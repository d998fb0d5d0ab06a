package org.haven.sdg;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** JSON API of the SDG import (ADMIN and MEL_OFFICER). */
@RestController
@RequestMapping("/api/v1/sdg")
@Tag(name = "SDG data", description = "Import of published UN SDG Global Database values")
class SdgImportApiController {

    private final SdgImportService imports;
    private final SdgUploads uploads;

    SdgImportApiController(SdgImportService imports, SdgUploads uploads) {
        this.imports = imports;
        this.uploads = uploads;
    }

    @PostMapping("/import")
    @Operation(summary = "Import published SDG values. The body is a UN SDG API CSV file, a DDF datapoints CSV or a"
            + " .zip of a DDF folder (send it as the raw body, any content type). dryRun=true (default) only counts"
            + " new, updated, unchanged and rejected rows; dryRun=false writes all values in one transaction. With"
            + " rejected rows the commit is refused (400, nothing written) unless skipRejected=true. origin labels"
            + " the values (default by layout)")
    ResponseEntity<SdgSummary> importFile(HttpServletRequest request,
            @RequestParam(defaultValue = "true") boolean dryRun, @RequestParam(required = false) String origin,
            @RequestParam(defaultValue = "false") boolean skipRejected,
            @RequestParam(required = false) String name) throws IOException {
        imports.requireImporter();
        SdgUploads.Upload upload;
        try (InputStream in = request.getInputStream()) {
            upload = uploads.save(in, name, "api");
        }
        try {
            SdgSource source = SdgSource.of(upload.file(), upload.name());
            SdgSummary summary = dryRun ? imports.dryRun(source, origin) : imports.commit(source, origin, skipRejected);
            return ResponseEntity.status(summary.refusal() == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(summary);
        } finally {
            uploads.remove(upload.token());
        }
    }

    @GetMapping("/imports")
    @Operation(summary = "The latest committed SDG imports (at most 20), newest first")
    List<SdgImportStore.Logged> recent() {
        imports.requireImporter();
        return imports.recent();
    }
}
