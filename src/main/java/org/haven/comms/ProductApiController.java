package org.haven.comms;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.core.InvalidInputException;
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

/** The communication register as JSON. */
@RestController
@RequestMapping("/api/v1/communications")
@Tag(name = "Communication", description = "Communication products and events, the plan calendar and people reached")
class ProductApiController {

    private final ProductService service;
    private final CommsReach reach;

    ProductApiController(ProductService service, CommsReach reach) {
        this.service = service;
        this.reach = reach;
    }

    @GetMapping
    @Operation(summary = "List products, newest first", description = "Filters: year or month (YYYY-MM), kind, status, "
            + "orgUnit, activity (code), demo; page (from 1), size (1-200). Partner reporters see their partner's only.")
    PageResult<CommsProduct> list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        return service.search(ProductFilter.from(params), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One product")
    CommsProduct get(@PathVariable long id) {
        return service.read(id);
    }

    @GetMapping("/calendar")
    @Operation(summary = "The communication plan of one month", description = "month=YYYY-MM; the products dated in it, by date.")
    List<CommsProduct> calendar(@RequestParam String month) {
        try {
            return service.inRange(ProductFilter.month(YearMonth.parse(month.trim())));
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("month", "month is not YYYY-MM: " + month.trim());
        }
    }

    @GetMapping("/reach")
    @Operation(summary = "People reached per year", description = "COMMS_REACHED as stored in the data-value store, by "
            + "audience and sex; optional orgUnit (with the units below it).")
    ReachSummary reach(@RequestParam(required = false) String orgUnit) {
        return reach.summary(orgUnit == null || orgUnit.isBlank() ? null : orgUnit.trim().toUpperCase(Locale.ROOT));
    }

    @PostMapping
    @Operation(summary = "Add a product", description = "201 with Location; 400 lists the invalid fields; 403 outside "
            + "your countries or partner. The derived reach is recomputed in the same transaction.")
    ResponseEntity<CommsProduct> create(@RequestBody ProductInput input) {
        CommsProduct created = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/communications/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a product", description = "The body must carry the version read; 409 when stale.")
    CommsProduct update(@PathVariable long id, @RequestBody ProductInput input) {
        return service.update(id, input);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a product", description = "The derived reach is recomputed in the same transaction.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
