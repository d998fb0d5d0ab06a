package org.haven.learning;

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

/** Evaluations as JSON. Filters are the same query parameters as the /learning/evaluations page. */
@RestController
@RequestMapping("/api/v1/learning/evaluations")
@Tag(name = "Learning", description = "Evaluations, their recommendations and management responses, lessons learned")
class EvaluationApiController {

    private final EvaluationService service;
    private final RecommendationService recommendations;
    private final LearningQueries queries;

    EvaluationApiController(EvaluationService service, RecommendationService recommendations, LearningQueries queries) {
        this.service = service;
        this.recommendations = recommendations;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "List evaluations", description = "Filters: q (title, scope, evaluator), node (a framework "
            + "node code; its descendants match too), activity (an activity code), demo; page (from 1), size (1-200). "
            + "Newest end date first.")
    PageResult<Evaluation> list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        return service.search(queries.filter(params), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One evaluation")
    Evaluation get(@PathVariable long id) {
        return service.get(id);
    }

    @GetMapping("/{id}/recommendations")
    @Operation(summary = "The recommendations of an evaluation", description = "Overdue ones first, then by due date.")
    List<Recommendation> recommendations(@PathVariable long id) {
        service.get(id);
        return recommendations.searchAll(RecommendationFilter.ofEvaluation(id));
    }

    @PostMapping
    @Operation(summary = "Record an evaluation", description = "201 with Location; 400 lists the invalid fields. "
            + "reportUrl must be an http:// or https:// address; activityCodes and nodeCodes must exist.")
    ResponseEntity<Evaluation> create(@RequestBody EvaluationInput input) {
        Evaluation created = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/learning/evaluations/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an evaluation", description = "The body must carry the version read; 409 when stale.")
    Evaluation update(@PathVariable long id, @RequestBody EvaluationInput input) {
        return service.update(id, input);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an evaluation", description = "Its recommendations go with it; lessons drawn from it "
            + "stay, no longer linked to it.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
