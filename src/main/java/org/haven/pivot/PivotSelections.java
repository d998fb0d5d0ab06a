package org.haven.pivot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.haven.analytics.ValueView;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.data.Period;
import org.haven.indicator.CategoryDefinition;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Reads a {@link PivotSelection} from the pivot form's parameters and checks it against the registry: every data
 * item, org unit (or selector), period, category and option must exist, each dimension is placed at most once, and
 * several data items cannot be combined in a filter (different indicators never add up).
 */
@Component
class PivotSelections {

    static final int MAX_ROW_DIMENSIONS = 3;
    static final int MAX_COLUMN_DIMENSIONS = 2;
    static final int MAX_ITEMS = 300;
    private static final Pattern SELECTOR = Pattern.compile(
            "(LEVEL-[1-9]|TYPE-(COUNTRY|REGION|SUBREGION)|CHILDREN)(@([A-Za-z0-9-]{2,20}))?");

    private final PivotRegistry registry;
    private final OrgUnitDirectory orgUnits;

    PivotSelections(PivotRegistry registry, OrgUnitDirectory orgUnits) {
        this.registry = registry;
        this.orgUnits = orgUnits;
    }

    /** True when the parameters name anything to show (a first visit has none). */
    static boolean asked(MultiValueMap<String, String> params) {
        return params.containsKey("dx") || params.containsKey("row");
    }

    /**
     * The selection as submitted. {@code ouWithin} narrows the org-unit selectors (LEVEL-n, TYPE-..., CHILDREN) to
     * one parent; {@code peText} adds periods typed as text; {@code partner} is a comma-separated list.
     */
    static PivotSelection from(MultiValueMap<String, String> params) {
        String within = first(params, "ouWithin");
        List<String> ou = new ArrayList<>();
        for (String v : params.getOrDefault("ou", List.of())) {
            if (v != null && !v.isBlank()) {
                String code = v.trim();
                ou.add(!within.isEmpty() && SELECTOR.matcher(code).matches() && !code.contains("@")
                        ? code + "@" + within : code);
            }
        }
        List<String> pe = new ArrayList<>(params.getOrDefault("pe", List.of()));
        pe.addAll(split(first(params, "peText")));
        Map<String, List<String>> options = new LinkedHashMap<>();
        params.forEach((key, values) -> {
            if (key.startsWith("c.") && key.length() > 2) {
                options.put(key.substring(2), values);
            }
        });
        return new PivotSelection(params.getOrDefault("dx", List.of()), ou, pe, options,
                split(first(params, "partner")), params.getOrDefault("row", List.of()),
                params.getOrDefault("col", List.of()), "true".equals(first(params, "approved")),
                parse(ValueView.class, first(params, "view"), ValueView.PERIOD),
                parse(PivotSelection.Totals.class, first(params, "totals"), PivotSelection.Totals.ALL),
                parse(PivotSelection.Chart.class, first(params, "chart"), PivotSelection.Chart.NONE));
    }

    /** The selection with periods in canonical form; InvalidInputException listing every problem otherwise. */
    PivotSelection validate(PivotSelection s) {
        List<FieldProblem> problems = new ArrayList<>();
        PivotRegistry.Catalog catalog = registry.current();
        if (s.dx().isEmpty()) {
            problems.add(new FieldProblem("dx", "choose at least one indicator or data element"));
        }
        for (String code : s.dx()) {
            if (catalog.item(code).isEmpty()) {
                problems.add(new FieldProblem("dx", "no indicator or data element has the code " + code));
            }
        }
        if (s.ou().isEmpty()) {
            problems.add(new FieldProblem("ou", "choose at least one org unit or level"));
        }
        for (String code : s.ou()) {
            checkOrgUnit(code, problems);
        }
        List<String> periods = new ArrayList<>();
        if (s.pe().isEmpty()) {
            problems.add(new FieldProblem("pe", "choose at least one period"));
        }
        for (String text : s.pe()) {
            try {
                periods.add(Period.parse(text).iso());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("pe", e.getMessage()));
            }
        }
        for (String field : List.of("dx", "ou", "pe")) {
            int n = field.equals("dx") ? s.dx().size() : field.equals("ou") ? s.ou().size() : s.pe().size();
            if (n > MAX_ITEMS) {
                problems.add(new FieldProblem(field, "choose at most " + MAX_ITEMS));
            }
        }
        Map<String, CategoryDefinition> categories = new LinkedHashMap<>();
        catalog.categories().forEach(c -> categories.put(c.code(), c));
        checkLayout(s, categories.keySet(), problems);
        s.options().forEach((category, chosen) -> {
            CategoryDefinition c = categories.get(category);
            if (c == null) {
                problems.add(new FieldProblem("c." + category, "there is no category " + category));
                return;
            }
            for (String option : chosen) {
                if (!c.hasOption(option)) {
                    problems.add(new FieldProblem("c." + category, c.name() + " has no option " + option));
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PivotSelection(s.dx(), s.ou(), periods, s.options(), s.partners(), s.rows(), s.columns(),
                s.approvedOnly(), s.view(), s.totals(), s.chart());
    }

    private void checkLayout(PivotSelection s, Set<String> categories, List<FieldProblem> problems) {
        if (s.rows().isEmpty()) {
            problems.add(new FieldProblem("row", "place at least one dimension in the rows"));
        }
        if (s.rows().size() > MAX_ROW_DIMENSIONS) {
            problems.add(new FieldProblem("row", "place at most " + MAX_ROW_DIMENSIONS + " dimensions in the rows"));
        }
        if (s.columns().size() > MAX_COLUMN_DIMENSIONS) {
            problems.add(new FieldProblem("col", "place at most " + MAX_COLUMN_DIMENSIONS
                    + " dimensions in the columns"));
        }
        Set<String> seen = new HashSet<>();
        for (String d : s.placed()) {
            String field = s.rows().contains(d) ? "row" : "col";
            if (PivotSelection.isCategory(d) && !categories.contains(d)) {
                problems.add(new FieldProblem(field, "there is no dimension " + d));
            }
            if (!seen.add(d) || s.rows().contains(d) && s.columns().contains(d)) {
                problems.add(new FieldProblem(field, d + " is placed twice; place each dimension once"));
            }
        }
        if (!s.placed().contains(PivotSelection.DX) && s.dx().size() > 1) {
            problems.add(new FieldProblem("dx", "several indicators or data elements cannot be added up: place "
                    + "Data in the rows or columns, or choose one"));
        }
        if (s.placed().contains(PivotSelection.PARTNER) && s.partners().isEmpty()) {
            problems.add(new FieldProblem("partner", "list the partner codes to show in the rows or columns"));
        }
    }

    private void checkOrgUnit(String code, List<FieldProblem> problems) {
        var m = SELECTOR.matcher(code);
        if (m.matches()) {
            String parent = m.group(4);
            if (parent != null && orgUnits.find(parent).isEmpty()) {
                problems.add(new FieldProblem("ou", "no org unit has the code " + parent));
            }
        } else if (orgUnits.find(code).isEmpty()) {
            problems.add(new FieldProblem("ou", "no org unit has the code " + code));
        }
    }

    static boolean isSelector(String code) {
        return SELECTOR.matcher(code).matches();
    }

    private static String first(MultiValueMap<String, String> params, String key) {
        String v = params.getFirst(key);
        return v == null ? "" : v.trim();
    }

    private static List<String> split(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
