package org.haven.indicator;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.core.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Baselines and targets of an indicator as JSON. */
@RestController
@RequestMapping("/api/v1/indicators/{code}/targets")
@Tag(name = "Indicators", description = "Indicator registry: indicators, data elements, disaggregation categories")
class TargetApiController {

    /** A baseline or target. combo: "CATEGORY:OPTION;..." sorted by category code, "" for the total. */
    record TargetJson(long id, String indicator, String orgUnit, String kind, int year, String combo,
            Map<String, String> categories, BigDecimal value, String source, String note, int version,
            String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt) {
    }

    /**
     * What a client sends. The disaggregation is either {@code combo} ("SEX:F;AGE_CHILD:Y0T4") or {@code categories}
     * ({"SEX": "F"}); both empty means the total. {@code version} is required by PUT.
     */
    record TargetRequest(String kind, String orgUnit, Integer year, String combo, Map<String, String> categories,
            BigDecimal value, String source, String note, Integer version) {
    }

    private final TargetService service;

    TargetApiController(TargetService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Baselines and targets of an indicator",
            description = "Ordered by org unit, combination, kind (baseline first) and year. A year without its own "
                    + "target row has no target: targets are not interpolated.")
    List<TargetJson> list(@PathVariable String code,
            @Parameter(description = "only this org unit (no roll-up from units below it)")
            @RequestParam(required = false) String orgUnit) {
        return service.list(code, orgUnit).stream().map(TargetApiController::json).toList();
    }

    @PostMapping
    @Operation(summary = "Set a baseline or a target",
            description = "kind BASELINE (year 1990 or later, source required, one per org unit and combination) or "
                    + "TARGET (year 2023 to 2030). 201 with Location; 400 names each invalid field; 403 outside the "
                    + "caller's countries.")
    ResponseEntity<TargetJson> create(@PathVariable String code, @RequestBody TargetRequest request) {
        IndicatorTarget created = service.create(code, input(request));
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + code + "/targets/" + created.id()))
                .body(json(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a baseline or target",
            description = "The body carries the version read; 409 when someone changed the row since. The kind "
                    + "cannot change.")
    TargetJson update(@PathVariable String code, @PathVariable long id, @RequestBody TargetRequest request) {
        return json(service.update(code, id, input(request)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a baseline or target", description = "version is the version read; 409 when stale.")
    ResponseEntity<Void> delete(@PathVariable String code, @PathVariable long id,
            @RequestParam(required = false) Integer version) {
        service.delete(code, id, version);
        return ResponseEntity.noContent().build();
    }

    private static TargetInput input(TargetRequest r) {
        String combo = r.combo();
        if (r.categories() != null && !r.categories().isEmpty()) {
            if (combo != null && !combo.isBlank()) {
                throw InvalidInputException.of("categories", "give either combo or categories, not both");
            }
            combo = String.join(";", r.categories().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList());
        }
        return new TargetInput(r.kind(), r.orgUnit(), r.year() == null ? null : String.valueOf(r.year()), combo,
                r.value() == null ? null : r.value().toPlainString(), r.source(), r.note(), r.version());
    }

    private static TargetJson json(IndicatorTarget t) {
        return new TargetJson(t.id(), t.indicatorCode(), t.orgUnitCode(), t.kind().name(), t.year(), t.combo(),
                TargetCombo.parse(t.combo()), t.value(), t.source(), t.note(), t.version(), t.createdBy(),
                t.createdAt(), t.updatedBy(), t.updatedAt());
    }
}
