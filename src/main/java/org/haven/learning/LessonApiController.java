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

/** Lessons learned as JSON. Filters are the same query parameters as the /learning/lessons page. */
@RestController
@RequestMapping("/api/v1/learning/lessons")
@Tag(name = "Learning")
class LessonApiController {

    private final LessonService service;
    private final LearningQueries queries;

    LessonApiController(LessonService service, LearningQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "List lessons learned", description = "Filters: q (title, text), node (a framework node code: "
            + "lessons linked to it or tagged with it, or with one of its descendants), activity (an activity code), "
            + "evaluation (id), demo; page (from 1), size (1-200). Most recently changed first.")
    PageResult<Lesson> list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        return service.search(queries.filter(params), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One lesson")
    Lesson get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    @Operation(summary = "Record a lesson", description = "201 with Location; 400 lists the invalid fields. "
            + "contextCodes must be priority contexts (INS, JUS, CYB, MOV).")
    ResponseEntity<Lesson> create(@RequestBody LessonInput input) {
        Lesson created = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/learning/lessons/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a lesson", description = "The body must carry the version read; 409 when stale.")
    Lesson update(@PathVariable long id, @RequestBody LessonInput input) {
        return service.update(id, input);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a lesson")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
