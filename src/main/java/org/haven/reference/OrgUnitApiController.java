package org.haven.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Org units as JSON for every signed-in user, to look up the codes other calls expect. */
@RestController
class OrgUnitApiController {

    private final OrgUnitDirectory orgUnits;

    OrgUnitApiController(OrgUnitDirectory orgUnits) {
        this.orgUnits = orgUnits;
    }

    /**
     * Units in hierarchy order, optionally narrowed to a level (World = 1), a direct parent code and/or a type
     * (WORLD, REGION, SUBREGION, INTERMEDIATE_REGION, COUNTRY, SUBNATIONAL).
     */
    @GetMapping("/api/v1/orgunits")
    List<OrgUnit> list(@RequestParam(required = false) Integer level, @RequestParam(required = false) String parent,
            @RequestParam(required = false) OrgUnitType type) {
        List<FieldProblem> problems = new ArrayList<>();
        if (level != null && level < 1) {
            problems.add(new FieldProblem("level", "must be at least 1 (World is level 1)"));
        }
        String parentCode = parent == null || parent.isBlank() ? null : parent.trim().toUpperCase(Locale.ROOT);
        if (parentCode != null && orgUnits.find(parentCode).isEmpty()) {
            problems.add(new FieldProblem("parent", "unknown org unit " + parentCode));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return orgUnits.list(level, parentCode, type);
    }
}
