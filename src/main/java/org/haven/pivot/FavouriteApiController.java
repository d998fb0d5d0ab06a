package org.haven.pivot;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** The caller's favourites (and those shared with everyone) as JSON; the same rules as the favourites page. */
@RestController
@RequestMapping("/api/v1/favourites")
@Tag(name = "Favourites", description = "Saved pivot tables and charts of the caller")
class FavouriteApiController {

    /** A favourite as the API shows it; {@code href} opens it on the pivot page. */
    record FavouriteJson(long id, String owner, String name, Favourite.Kind kind, boolean shared, int version,
            PivotSelection selection, String href, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        static FavouriteJson of(Favourite f) {
            return new FavouriteJson(f.id(), f.owner(), f.name(), f.kind(), f.shared(), f.version(), f.selection(),
                    f.href(), f.createdAt(), f.updatedAt());
        }
    }

    /** What a client sends: {@code selection} only to create; {@code version} (the one read) to change. */
    record FavouriteInput(String name, String kind, Boolean shared, PivotSelection selection, Integer version) {
    }

    private final FavouriteService favourites;

    FavouriteApiController(FavouriteService favourites) {
        this.favourites = favourites;
    }

    @GetMapping
    @Operation(summary = "The caller's favourites, then those others shared with everyone")
    List<FavouriteJson> list() {
        List<FavouriteJson> out = new ArrayList<>();
        favourites.mine().forEach(f -> out.add(FavouriteJson.of(f)));
        favourites.sharedWithMe().forEach(f -> out.add(FavouriteJson.of(f)));
        return out;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One favourite (own or shared); 404 otherwise")
    FavouriteJson get(@PathVariable long id) {
        return FavouriteJson.of(favourites.get(id));
    }

    @PostMapping
    @Operation(summary = "Save a selection as a favourite", description = "kind PIVOT or CHART; the selection is "
            + "checked like the pivot page's (400 lists the problems). 201 with Location.")
    ResponseEntity<FavouriteJson> create(@RequestBody FavouriteInput input) {
        PivotSelection selection = input.selection() == null ? PivotSelection.empty() : input.selection();
        Favourite created = favourites.create(input.name(), input.kind(), selection,
                Boolean.TRUE.equals(input.shared()));
        return ResponseEntity.created(URI.create("/api/v1/favourites/" + created.id())).body(FavouriteJson.of(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename and share or unshare", description = "Owner only (403); 409 when the version is stale.")
    FavouriteJson update(@PathVariable long id, @RequestBody FavouriteInput input) {
        return FavouriteJson.of(favourites.update(id, input.name(), Boolean.TRUE.equals(input.shared()),
                input.version()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a favourite", description = "Owner only (403); 409 when the version is stale.")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam Integer version) {
        favourites.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
