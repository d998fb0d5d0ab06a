package org.haven.learning;

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

/** Recommendations with their management response and follow-up, as JSON. */
@RestController
@RequestMapping("/api/v1/learning/recommendations")
@Tag(name = "Learning")
class RecommendationApiController {

    private final RecommendationService service;
    private final LearningQueries queries;

    RecommendationApiController(RecommendationService service, LearningQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "List recommendations", description = "Filters: q, evaluation (id), response (ACCEPTED, "
            + "PARTIALLY_ACCEPTED, REJECTED, or NONE for awaited), status (NOT_STARTED, IN_PROGRESS, COMPLETED), "
            + "overdue=true (due date before today (UTC), follow-up not completed, not rejected), node (the "
            + "evaluation's framework nodes, descendants included), demo; page (from 1), size (1-200). Overdue first.")
    PageResult<Recommendation> list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        return service.search(queries.recommendations(params), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One recommendation")
    Recommendation get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    @Operation(summary = "Record a recommendation of an evaluation", description = "201 with Location; 400 lists the "
            + "invalid fields. An accepted or partially accepted recommendation needs an owner and a due date; "
            + "follow-up can start only once it is accepted or partially accepted.")
    ResponseEntity<Recommendation> create(@RequestBody RecommendationInput input) {
        Recommendation created = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/learning/recommendations/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a recommendation, its management response or follow-up",
            description = "The body must carry the version read; 409 when stale.")
    Recommendation update(@PathVariable long id, @RequestBody RecommendationInput input) {
        return service.update(id, input);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a recommendation")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
