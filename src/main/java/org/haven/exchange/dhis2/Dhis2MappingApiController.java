package org.haven.exchange.dhis2;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** JSON API of the DHIS2 connections and code mappings; changes need ADMIN or MEL_OFFICER. */
@RestController
@RequestMapping("/api/v1/exchange/dhis2")
@Tag(name = "DHIS2 mappings", description = "Connections and DHIS2 <-> Haven code mappings")
class Dhis2MappingApiController {

    record ConnectionJson(String code, String name, String country, String baseUrl) {
    }

    private final Dhis2MappingService service;

    Dhis2MappingApiController(Dhis2MappingService service) {
        this.service = service;
    }

    @GetMapping("/connections")
    @Operation(summary = "Every DHIS2 connection")
    List<Dhis2Connection> connections() {
        return service.connections();
    }

    @PostMapping("/connections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a connection: code, name, country (ISO alpha-3, optional), baseUrl (optional)")
    Dhis2Connection addConnection(@RequestBody ConnectionJson body) {
        return service.addConnection(body.code(), body.name(), body.country(), body.baseUrl(), false);
    }

    @DeleteMapping("/connections/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a connection with all its mappings")
    void deleteConnection(@PathVariable String code) {
        service.deleteConnection(code);
    }

    @GetMapping("/mappings")
    @Operation(summary = "The mappings of a connection")
    List<Dhis2Mapping> mappings(@RequestParam String connection) {
        return service.mappings(connection);
    }

    @PostMapping(value = "/mappings", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add one mapping: kind (DATA_SET, DATA_ELEMENT, CATEGORY_OPTION_COMBO, CATEGORY_OPTION, "
            + "ATTRIBUTE_OPTION_COMBO, ORG_UNIT), dhis2Id, havenCode, dataElement (category option combos only)")
    Dhis2Mapping add(@RequestParam String connection, @RequestBody Dhis2MappingInput body) {
        return service.add(connection, body);
    }

    @PostMapping(value = "/mappings", consumes = {"text/csv", "application/csv"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add every mapping of a CSV (header kind,dhis2_id,haven_code,data_element), all or nothing")
    Map<String, Integer> upload(@RequestParam String connection, @RequestBody String csv) {
        return Map.of("added", service.addAll(connection, Dhis2MappingCsv.read(csv)));
    }

    @DeleteMapping("/mappings/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one mapping")
    void delete(@RequestParam String connection, @PathVariable long id) {
        service.delete(connection, id);
    }
}
