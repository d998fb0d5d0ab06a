package org.haven.partner;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.util.UriUtils;

/** The partner registry as JSON: partners, their contacts (staff only) and partnership agreements. */
@RestController
@RequestMapping("/api/v1/partners")
@Tag(name = "Partners", description = "The partner registry, contacts and partnership agreements")
class PartnerApiController {

    private final PartnerService service;
    private final PartnerRecords records;

    PartnerApiController(PartnerService service, PartnerRecords records) {
        this.service = service;
        this.records = records;
    }

    @GetMapping
    @Operation(summary = "List partners by name", description = "Filters: type (partner type), country (ISO3), q "
            + "(code, name, description). Partner reporters see their own partner only. Contacts are never listed here.")
    List<Partner> list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        return service.search(PartnerFilter.from(params));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One partner")
    Partner get(@PathVariable String code) {
        return service.read(code);
    }

    @PostMapping
    @Operation(summary = "Add a partner", description = "ADMIN or PROGRAMME_OFFICER. 201 with Location; 400 lists the invalid fields.")
    ResponseEntity<Partner> create(@RequestBody PartnerInput input) {
        Partner created = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/partners/" + UriUtils.encodePathSegment(created.code(), "UTF-8")))
                .body(created);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change a partner", description = "The body must carry the version read; 409 when stale. The code cannot change.")
    Partner update(@PathVariable String code, @RequestBody PartnerInput input) {
        return service.update(code, input);
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Delete a partner nothing refers to", description = "409 while activities, users, funding or reported data refer to it.")
    ResponseEntity<Void> delete(@PathVariable String code) {
        service.delete(code);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{code}/contacts")
    @Operation(summary = "The partner's contacts", description = "Personal data: staff roles and the partner's own reporters only (403 otherwise).")
    List<PartnerContact> contacts(@PathVariable String code) {
        return records.contacts(code);
    }

    @PostMapping("/{code}/contacts")
    @Operation(summary = "Add a contact")
    ResponseEntity<PartnerContact> addContact(@PathVariable String code, @RequestBody ContactInput input) {
        PartnerContact created = records.addContact(code, input);
        return ResponseEntity.created(URI.create("/api/v1/partners/" + UriUtils.encodePathSegment(created.partnerCode(), "UTF-8")
                + "/contacts/" + created.id())).body(created);
    }

    @GetMapping("/{code}/contacts/{id}")
    @Operation(summary = "One contact")
    PartnerContact contact(@PathVariable String code, @PathVariable long id) {
        return records.contact(code, id);
    }

    @PutMapping("/{code}/contacts/{id}")
    @Operation(summary = "Change a contact", description = "The body must carry the version read; 409 when stale.")
    PartnerContact updateContact(@PathVariable String code, @PathVariable long id, @RequestBody ContactInput input) {
        return records.updateContact(code, id, input);
    }

    @DeleteMapping("/{code}/contacts/{id}")
    @Operation(summary = "Delete a contact")
    ResponseEntity<Void> deleteContact(@PathVariable String code, @PathVariable long id) {
        records.deleteContact(code, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{code}/agreements")
    @Operation(summary = "The partner's partnership agreements, newest start first")
    List<PartnershipAgreement> agreements(@PathVariable String code) {
        return records.agreements(code);
    }

    @PostMapping("/{code}/agreements")
    @Operation(summary = "Add a partnership agreement", description = "nodeCodes: strategic or operational objectives, priority contexts or their aims.")
    ResponseEntity<PartnershipAgreement> addAgreement(@PathVariable String code, @RequestBody AgreementInput input) {
        PartnershipAgreement created = records.addAgreement(code, input);
        return ResponseEntity.created(URI.create("/api/v1/partners/" + UriUtils.encodePathSegment(created.partnerCode(), "UTF-8")
                + "/agreements/" + created.id())).body(created);
    }

    @GetMapping("/{code}/agreements/{id}")
    @Operation(summary = "One partnership agreement")
    PartnershipAgreement agreement(@PathVariable String code, @PathVariable long id) {
        return records.agreement(code, id);
    }

    @PutMapping("/{code}/agreements/{id}")
    @Operation(summary = "Change a partnership agreement", description = "The body must carry the version read; 409 when stale.")
    PartnershipAgreement updateAgreement(@PathVariable String code, @PathVariable long id, @RequestBody AgreementInput input) {
        return records.updateAgreement(code, id, input);
    }

    @DeleteMapping("/{code}/agreements/{id}")
    @Operation(summary = "Delete a partnership agreement")
    ResponseEntity<Void> deleteAgreement(@PathVariable String code, @PathVariable long id) {
        records.deleteAgreement(code, id);
        return ResponseEntity.noContent().build();
    }
}
