package org.haven.plan;

import java.net.URI;
import java.util.List;

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

/** The Action Plan as JSON. Filters are the same query parameters as the /activities page. */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Action Plan", description = "Activities, their links to the framework and their progress updates")
class ActivityApiController {

    private final ActivityService service;

    ActivityApiController(ActivityService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "List activities", description = "Filters: q, status, lead, so, oo, pillar, ta, context, aim, "
            + "level, sdg, area (a region matches the countries below it), gender, participation, startFrom, endTo, "
            + "demo, node (repeatable: linked to ALL given codes), sort (code, title, status, start, end, budget, "
            + "updated), dir (asc, desc), page (from 1), size (1-200).")
    PageResult<Activity> list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size,
            @Parameter(description = "framework node codes the activities must ALL be linked to (repeatable)")
            @RequestParam(required = false) List<String> node) {
        return service.search(ActivityFilter.from(params), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One activity")
    Activity get(@PathVariable long id) {
        return service.get(id);
    }

    @GetMapping("/{id}/progress")
    @Operation(summary = "Progress updates of an activity, newest first")
    List<ProgressUpdate> progress(@PathVariable long id) {
        service.get(id);
        return service.progress(id);
    }

    @PostMapping
    @Operation(summary = "Create an activity", description = "201 with Location; 400 lists the invalid fields.")
    ResponseEntity<Activity> create(@RequestBody ActivityInput input) {
        Activity created = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an activity", description = "The body must carry the version read; 409 when stale.")
    Activity update(@PathVariable long id, @RequestBody ActivityInput input) {
        return service.update(id, input);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an activity and its progress updates")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/progress")
    @Operation(summary = "Add a progress update", description = "Sets the activity's status and percent complete.")
    ResponseEntity<ProgressUpdate> addProgress(@PathVariable long id, @RequestBody ProgressInput input) {
        ProgressUpdate created = service.addProgress(id, input);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + id + "/progress")).body(created);
    }
}
