package org.haven.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds, creates and changes indicators (ADMIN and MEL_OFFICER), validating formulas, links and versions. */
@Service
class IndicatorService {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    /** Filters of the list and the API; null or blank means "any". */
    record Filter(String q, String type, String node, String source) {
    }

    private final RegistryStore store;
    private final AuditLog audit;
    private final CurrentUser user;
    private final FrameworkCatalog framework;

    IndicatorService(RegistryStore store, AuditLog audit, CurrentUser user, FrameworkCatalog framework) {
        this.store = store;
        this.audit = audit;
        this.user = user;
        this.framework = framework;
    }

    boolean canEdit() {
        return user.hasAny(Role.ADMIN, Role.MEL_OFFICER);
    }

    @Transactional(readOnly = true)
    List<Indicator> search(Filter f) {
        String q = blank(f.q()) ? null : f.q().trim().toLowerCase(Locale.ROOT);
        return store.indicators().stream()
                .filter(i -> q == null || contains(i.code(), q) || contains(i.name(), q) || contains(i.internationalCode(), q)
                        || contains(i.sdgSeriesCodes(), q) || contains(i.definition(), q))
                .filter(i -> blank(f.type()) || i.type().name().equalsIgnoreCase(f.type().trim()))
                .filter(i -> blank(f.node()) || i.nodeCodes().contains(f.node().trim()))
                .filter(i -> blank(f.source()) || i.source().name().equalsIgnoreCase(f.source().trim()))
                .toList();
    }

    @Transactional(readOnly = true)
    Indicator get(String code) {
        return store.indicator(code).orElseThrow(() -> new NotFoundException("Indicator", code));
    }

    @Transactional(readOnly = true)
    List<Indicator> linkedTo(String nodeCode) {
        return store.linkedTo(nodeCode);
    }

    @Transactional
    Indicator create(IndicatorForm form) {
        requireEditor();
        List<FieldProblem> problems = new ArrayList<>();
        String code = form.code() == null ? "" : form.code().trim();
        if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "is required: 1 to 40 letters, digits, '.', '_' or '-'"));
        } else if (store.indicator(code).isPresent()) {
            problems.add(new FieldProblem("code", "indicator " + code + " already exists"));
        }
        Indicator candidate = validate(code, form, List.of(), problems);
        try {
            store.insertIndicator(candidate);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw InvalidInputException.of("code", "indicator " + code + " already exists");
        }
        Indicator created = get(code);
        audit.record("indicator", code, AuditAction.CREATE, "Created indicator " + code, null, created);
        return created;
    }

    @Transactional
    Indicator update(String code, IndicatorForm form) {
        requireEditor();
        Indicator before = get(code);
        List<FieldProblem> problems = new ArrayList<>();
        Indicator candidate = validate(code, form, before.nodeCodes(), problems);
        int version = form.version() == null ? before.version() : form.version();
        if (!store.updateIndicator(candidate, version)) {
            throw ConflictException.staleVersion("Indicator", code);
        }
        Indicator after = get(code);
        audit.record("indicator", code, AuditAction.UPDATE, "Changed indicator " + code, before, after);
        return after;
    }

    void requireEditor() {
        user.require("change indicators", Role.ADMIN, Role.MEL_OFFICER);
    }

    /** The indicator the form describes; throws with every problem when anything is invalid. */
    private Indicator validate(String code, IndicatorForm f, List<String> linkedBefore, List<FieldProblem> problems) {
        String name = required(problems, "name", f.name(), 500);
        String definition = optional(problems, "definition", f.definition(), 4000);
        IndicatorType type = choice(problems, "type", f.type(), IndicatorType.class);
        Direction direction = choice(problems, "direction", f.direction(), Direction.class);
        Aggregation aggOrg = choice(problems, "aggregationOrg", f.aggregationOrg(), Aggregation.class);
        Aggregation aggTime = choice(problems, "aggregationTime", f.aggregationTime(), Aggregation.class);
        Frequency frequency = choice(problems, "frequency", f.frequency(), Frequency.class);
        int decimals = 0;
        try {
            decimals = blank(f.decimals()) ? 0 : Integer.parseInt(f.decimals().trim());
            if (decimals < 0 || decimals > 6) {
                problems.add(new FieldProblem("decimals", "must be a whole number from 0 to 6"));
            }
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("decimals", "must be a whole number from 0 to 6"));
        }
        BigDecimal multiplier = type == null ? BigDecimal.ONE : type.defaultMultiplier();
        if (!blank(f.multiplier())) {
            try {
                multiplier = new BigDecimal(f.multiplier().trim());
                if (multiplier.signum() <= 0 || multiplier.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
                    problems.add(new FieldProblem("multiplier", "must be a number greater than 0 (e.g. 100 or 100000)"));
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("multiplier", "must be a number greater than 0 (e.g. 100 or 100000)"));
            }
        }
        String numerator = required(problems, "numerator", f.numerator(), FormulaParser.MAX_LENGTH);
        String denominator = optional(problems, "denominator", f.denominator(), FormulaParser.MAX_LENGTH);
        String stages = optional(problems, "milestoneStages", f.milestoneStages(), 1000);
        if (type != null && type.needsDenominator() && denominator == null) {
            problems.add(new FieldProblem("denominator", "is required for a " + type.name().toLowerCase(Locale.ROOT) + " indicator"));
        }
        if (type != null && !type.allowsDenominator() && denominator != null) {
            problems.add(new FieldProblem("denominator", "must be empty for a " + type.name().toLowerCase(Locale.ROOT) + " indicator"));
        }
        if (type == IndicatorType.MILESTONE && (stages == null || stages.split("\\|").length < 2)) {
            problems.add(new FieldProblem("milestoneStages", "needs at least two stages separated by '|', e.g. Drafted|Adopted|Enforced"));
        }
        FormulaChecker.Lookup lookup = lookup();
        Set<String> refs = new LinkedHashSet<>();
        checkFormula(problems, "numerator", numerator, lookup, refs);
        checkFormula(problems, "denominator", denominator, lookup, refs);
        if (!refs.isEmpty()) {
            List<String> cycle = cycle(code, refs);
            if (!cycle.isEmpty()) {
                String field = referencedIn(numerator, cycle.get(1)) ? "numerator" : "denominator";
                problems.add(new FieldProblem(field, "indicator references form a cycle: " + String.join(" -> ", cycle)));
            }
        }
        for (String node : f.nodes()) {
            FrameworkNode n = framework.find(node).orElse(null);
            if (n == null) {
                problems.add(new FieldProblem("nodes", "unknown framework node " + node));
            } else if (n.retired() && !linkedBefore.contains(node)) {
                problems.add(new FieldProblem("nodes", "framework node " + node + " is retired and takes no new links"));
            }
        }
        String unit = optional(problems, "unit", f.unit(), 200);
        String dataSource = optional(problems, "dataSource", f.dataSource(), 1000);
        String office = optional(problems, "responsibleOffice", f.responsibleOffice(), 300);
        String intl = optional(problems, "internationalCode", f.internationalCode(), 60);
        String series = optional(problems, "sdgSeriesCodes", f.sdgSeriesCodes(), 500);
        String note = optional(problems, "sourceNote", f.sourceNote(), 4000);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Indicator(0, code, name, definition, type, unit, decimals, direction, aggOrg, aggTime, dataSource,
                frequency, office, numerator, denominator, multiplier, stages, intl, series, f.coreIndicator(),
                f.unverified(), note, 0, f.nodes());
    }

    private static void checkFormula(List<FieldProblem> problems, String field, String text, FormulaChecker.Lookup lookup,
            Set<String> refs) {
        if (text == null) {
            return;
        }
        List<String> found = FormulaChecker.problems(text, lookup);
        found.forEach(p -> problems.add(new FieldProblem(field, p)));
        if (found.isEmpty()) {
            FormulaParser.parse(text).indicatorRefs().forEach(r -> refs.add(r.code()));
        }
    }

    private static boolean referencedIn(String formula, String indicator) {
        try {
            return FormulaParser.parse(formula).indicatorRefs().stream().anyMatch(r -> r.code().equals(indicator));
        } catch (FormulaException e) {
            return false;
        }
    }

    /** The reference path from {@code code} back to itself, e.g. [A, B, A]; empty when there is no cycle. */
    private List<String> cycle(String code, Set<String> newRefs) {
        Map<String, Set<String>> graph = new HashMap<>();
        for (Indicator i : store.indicators()) {
            graph.put(i.code(), refsOf(i));
        }
        graph.put(code, newRefs);
        List<String> path = new ArrayList<>(List.of(code));
        return walk(code, code, graph, path, new LinkedHashSet<>()) ? path : List.of();
    }

    private static boolean walk(String start, String at, Map<String, Set<String>> graph, List<String> path, Set<String> seen) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            path.add(next);
            if (next.equals(start)) {
                return true;
            }
            if (seen.add(next) && walk(start, next, graph, path, seen)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    static Set<String> refsOf(Indicator i) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : new String[] {i.numerator(), i.denominator()}) {
            if (text != null) {
                try {
                    FormulaParser.parse(text).indicatorRefs().forEach(r -> out.add(r.code()));
                } catch (FormulaException ignored) {
                    // a stored formula that no longer parses references nothing
                }
            }
        }
        return out;
    }

    /** The registry as the formula checker sees it, read once per save. */
    FormulaChecker.Lookup lookup() {
        Map<String, List<String>> elements = new HashMap<>();
        store.elements().forEach(e -> elements.put(e.code(), e.categoryCodes()));
        Map<String, Set<String>> options = new HashMap<>();
        store.categories().forEach(c -> options.put(c.code(), new LinkedHashSet<>(c.options().stream().map(CategoryOption::code).toList())));
        Set<String> indicators = new LinkedHashSet<>(store.indicators().stream().map(Indicator::code).toList());
        return new FormulaChecker.Lookup() {
            @Override
            public List<String> categoriesOf(String element) {
                return elements.get(element);
            }

            @Override
            public Set<String> optionsOf(String category) {
                return options.get(category);
            }

            @Override
            public boolean indicatorExists(String code) {
                return indicators.contains(code);
            }
        };
    }

    static String required(List<FieldProblem> problems, String field, String value, int max) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, "is required"));
            return null;
        }
        return optional(problems, field, value, max);
    }

    static String optional(List<FieldProblem> problems, String field, String value, int max) {
        if (blank(value)) {
            return null;
        }
        String v = value.trim();
        if (v.length() > max) {
            problems.add(new FieldProblem(field, "must have at most " + max + " characters"));
        }
        return v;
    }

    static <E extends Enum<E>> E choice(List<FieldProblem> problems, String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean contains(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(q);
    }
}
