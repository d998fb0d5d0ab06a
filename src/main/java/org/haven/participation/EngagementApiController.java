package org.haven.participation;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.core.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The child participation ledger as JSON. Counts only: no field holds a child's name or identity. */
@RestController
@RequestMapping("/api/v1/participation")
@Tag(name = "Child participation", description = "Engagements of children and the indicators derived from them")
class EngagementApiController {

    private final EngagementService service;
    private final ParticipationIndicators indicators;

    EngagementApiController(EngagementService service, ParticipationIndicators indicators) {
        this.service = service;
        this.indicators = indicators;
    }

    @GetMapping
    @Operation(summary = "List engagements, newest first", description = "Filters: country (ISO alpha-3), activity "
            + "(code), year, purpose, demo; page (from 1), size (1-200). Partner reporters see their partner's only.")
    PageResult<Engagement> list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        return service.search(EngagementFilter.from(params), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One engagement")
    Engagement get(@PathVariable long id) {
        return service.read(id);
    }

    @GetMapping("/indicators")
    @Operation(summary = "Derived indicators per year", description = "Children engaged by age band and sex, shares of "
            + "engagements with the loop closed and meeting every safeguarding item, and (for all countries) the share "
            + "of activities with child participation, as stored in the data-value store. Optional country.")
    ParticipationSummary indicators(@RequestParam(required = false) String country) {
        return indicators.summary(country == null || country.isBlank() ? null : country.trim().toUpperCase(java.util.Locale.ROOT));
    }

    @PostMapping
    @Operation(summary = "Record an engagement", description = "201 with Location; 400 lists the invalid fields; 403 "
            + "outside your countries or partner. Derived values are recomputed in the same transaction.")
    ResponseEntity<Engagement> create(@RequestBody EngagementInput input) {
        Engagement created = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/participation/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an engagement", description = "The body must carry the version read; 409 when stale.")
    Engagement update(@PathVariable long id, @RequestBody EngagementInput input) {
        return service.update(id, input);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an engagement", description = "Derived values are recomputed in the same transaction.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
