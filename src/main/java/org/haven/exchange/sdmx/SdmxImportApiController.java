package org.haven.exchange.sdmx;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** JSON API of the SDMX-CSV import (ADMIN and MEL_OFFICER). */
@RestController
@RequestMapping("/api/v1/exchange/sdmx")
@Tag(name = "SDMX", description = "Public SDMX REST API and SDMX-CSV import")
class SdmxImportApiController {

    private final SdmxImportService imports;

    SdmxImportApiController(SdmxImportService imports) {
        this.imports = imports;
    }

    @PostMapping("/import")
    @Operation(summary = "Import an SDMX-CSV 2.0 file of dataflow HAVEN:DF_SDG_VAC(1.0), sent as the raw body (UTF-8,"
            + " at most 20 MB). dryRun=true (default) maps and counts; dryRun=false writes every value in one"
            + " transaction, or nothing (400) when a row is rejected or the file cannot be read. Rejected rows come"
            + " with their row number (header = 1) and reason, unknown codes are listed")
    ResponseEntity<SdmxImportSummary> importCsv(HttpServletRequest request,
            @RequestParam(defaultValue = "true") boolean dryRun, @RequestParam(required = false) String name)
            throws IOException {
        imports.requireImporter();
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = SdmxCsvReader.readLimited(in);
        } catch (SdmxCsvReader.Unreadable e) {
            return ResponseEntity.badRequest().body(SdmxImportService.unreadable(name, dryRun, e.getMessage()));
        }
        SdmxImportSummary summary = imports.run(bytes, name, dryRun);
        return ResponseEntity.status(summary.refusal() == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(summary);
    }
}
