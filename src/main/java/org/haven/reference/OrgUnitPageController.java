package org.haven.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The org-unit hierarchy as nested lists, searchable by name or code, for users looking up codes. */
@Controller
class OrgUnitPageController {

    /** One unit with its children (by name); {@code match} marks the units a search found. */
    record Node(OrgUnit unit, boolean match, List<Node> children) {
    }

    private final OrgUnitDirectory orgUnits;

    OrgUnitPageController(OrgUnitDirectory orgUnits) {
        this.orgUnits = orgUnits;
    }

    @GetMapping("/orgunits")
    String page(@RequestParam(required = false) String q, Model model) {
        String query = q == null || q.isBlank() ? null : q.trim();
        List<OrgUnit> all = orgUnits.list(null, null, null);
        Map<String, OrgUnit> byCode = new HashMap<>();
        all.forEach(u -> byCode.put(u.code(), u));
        Set<String> matches = new HashSet<>();
        Set<String> shown = new HashSet<>();
        for (OrgUnit u : all) {
            if (query == null || matches(u, query)) {
                matches.add(u.code());
                // a match is shown with every unit above it, so it stays in its place in the hierarchy
                for (String code : u.path().split("/")) {
                    shown.add(code);
                }
            }
        }
        Map<String, List<OrgUnit>> children = new HashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit u : all) {
            if (!shown.contains(u.code())) {
                continue;
            }
            if (u.parentCode() == null || !byCode.containsKey(u.parentCode())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
            }
        }
        model.addAttribute("q", query);
        model.addAttribute("tree", nodes(roots, children, query == null ? Set.of() : matches));
        model.addAttribute("matchCount", query == null ? all.size() : matches.size());
        return "reference/orgunits";
    }

    private static boolean matches(OrgUnit u, String query) {
        return u.name().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT))
                || u.code().equalsIgnoreCase(query) || query.equals(u.m49());
    }

    private static List<Node> nodes(List<OrgUnit> units, Map<String, List<OrgUnit>> children, Set<String> matches) {
        return units.stream()
                .sorted(Comparator.comparing(OrgUnit::name))
                .map(u -> new Node(u, matches.contains(u.code()),
                        nodes(children.getOrDefault(u.code(), List.of()), children, matches)))
                .toList();
    }
}
