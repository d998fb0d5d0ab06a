package org.haven.exchange.iati;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The Action Plan as an IATI 2.03 activity file; public like the public dashboards (no login). */
@RestController
@Tag(name = "IATI", description = "IATI 2.03 activity export and import")
class IatiExportController {

    private final IatiExport export;

    IatiExportController(IatiExport export) {
        this.export = export;
    }

    @GetMapping(value = "/api/v1/exchange/iati/activities.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The Action Plan as IATI 2.03 activities XML", description = "Every activity with its "
            + "reporting and participating organisations, status, dates, recipient countries and regions, sectors, "
            + "gender policy marker, budget, transactions from the funding register and results (indicators with "
            + "baselines, targets and approved actual values). Valid against the official IATI 2.03 schema.")
    ResponseEntity<byte[]> activities() {
        return ResponseEntity.ok().contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "inline; filename=\"haven-iati-activities.xml\"")
                .body(export.activitiesXml());
    }
}
