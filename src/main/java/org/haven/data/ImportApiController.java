package org.haven.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Synchronous import for API clients: the request body is a long-layout CSV (text/csv) or workbook
 * (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet). dryRun=true only checks; dryRun=false
 * checks and then stores all rows in one transaction, or answers 400 with the dry run's summary (dryRun: true, the
 * counts it would have stored and every rejected row) and stores nothing.
 */
@RestController
class ImportApiController {

    private final ImportService imports;

    ImportApiController(ImportService imports) {
        this.imports = imports;
    }

    @Operation(summary = "Import data values from a CSV or xlsx body (dry run or all-or-nothing commit)")
    @PostMapping(value = "/api/v1/datavalues/import", produces = "application/json")
    ResponseEntity<ImportSummary> importValues(@RequestParam(defaultValue = "true") boolean dryRun,
            HttpServletRequest request) throws IOException {
        Path file = Files.createTempFile("haven-api-import-", ".upload");
        try {
            try (InputStream in = request.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            ImportFormat format = ImportFormat.fromContentType(request.getContentType()) == ImportFormat.XLSX
                    ? ImportFormat.XLSX : ImportFormat.detect(file);
            ImportService.Progress none = (rows, fraction) -> { };
            ImportSummary summary = dryRun
                    ? imports.dryRun(file, format, ValueSource.API, LocaleContextHolder.getLocale(), none)
                    : imports.checkAndCommit(file, format, ValueSource.API, LocaleContextHolder.getLocale(), none);
            return summary.clean() || dryRun ? ResponseEntity.ok(summary) : ResponseEntity.badRequest().body(summary);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
