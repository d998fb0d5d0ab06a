package org.haven.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Component;

/** Finds every problem of every submitted item (codes, period, value type, duplicates, scope, approval, lock). */
@Component
class ValueChecks {

    static final int COMMENT_MAX = 2000;
    static final String APPROVED = "approved: ask an MEL officer to unlock";
    private static final Pattern PARTNER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,79}");
    private static final BigDecimal LIMIT = new BigDecimal("100000000000000");

    /** Problems found; {@code scopeDenied} when any of them is the caller's scope; items when there are none. */
    record Outcome(List<ItemProblem> problems, boolean scopeDenied, List<CheckedItem> items) {
    }

    private final DataElementCatalog elements;
    private final OrgUnitDirectory orgUnits;
    private final DataSetCatalog dataSets;
    private final DataValueStore store;
    private final DataAccess access;

    ValueChecks(DataElementCatalog elements, OrgUnitDirectory orgUnits, DataSetCatalog dataSets, DataValueStore store,
            DataAccess access) {
        this.elements = elements;
        this.orgUnits = orgUnits;
        this.dataSets = dataSets;
        this.store = store;
        this.access = access;
    }

    Outcome check(List<DataValueInput> items) {
        return session().check(items);
    }

    /** Checks for several lists in one call: element, org unit, data set, approval, lock and scope lookups are cached. */
    Session session() {
        return new Session(null);
    }

    /**
     * Checks of values a register derives: only elements derived from {@code register} are accepted (and ordinary
     * elements too, though {@link DerivedValues} never sends them); scope, approval and entry window are the
     * register's business and are not checked.
     */
    Session derivedSession(String register) {
        return new Session(register);
    }

    /** The refusal of a hand-written value of a derived element. */
    static String derivedProblem(ElementDefinition element) {
        return "derived from the " + element.derivedFrom() + " register: change the register entry";
    }

    /** Lookups cached for the lifetime of one write call; not thread-safe. */
    final class Session {

        private final Map<String, Optional<ElementDefinition>> elementCache = new HashMap<>();
        private final Map<String, Optional<OrgUnit>> orgUnitCache = new HashMap<>();
        private final Map<String, String> scopeCache = new HashMap<>();
        private final Map<String, Boolean> lockCache = new HashMap<>();
        private final List<DataSet> sets = dataSets.all();
        private final Set<String> approved = store.approvedCells();
        private final boolean bypassesLock = access.bypassesLock();
        private final LocalDate today = LocalDate.now();
        private final String register;

        private Session(String register) {
            this.register = register;
        }

        /** Problems of the items (index = position in {@code items}); duplicates are found within the list. */
        Outcome check(List<DataValueInput> items) {
            List<ItemProblem> problems = new ArrayList<>();
            List<CheckedItem> checked = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            boolean scopeDenied = false;
            for (int i = 0; i < items.size(); i++) {
                DataValueInput item = items.get(i);
                int before = problems.size();
                if (item == null || item.key() == null) {
                    problems.add(new ItemProblem(i, "dataElement", "the item is empty"));
                    continue;
                }
                ValueKey key = item.key();
                ElementDefinition element = null;
                if (key.dataElement() == null || key.dataElement().isBlank()) {
                    problems.add(new ItemProblem(i, "dataElement", "a data element code is required"));
                } else {
                    element = elementCache.computeIfAbsent(key.dataElement(), elements::element).orElse(null);
                    if (element == null) {
                        problems.add(new ItemProblem(i, "dataElement", "unknown data element '" + key.dataElement() + "'"));
                    } else if (element.derived() && !element.derivedFrom().equals(register)) {
                        problems.add(new ItemProblem(i, "dataElement", derivedProblem(element)));
                    }
                }
                OrgUnit orgUnit = null;
                if (key.orgUnit() == null || key.orgUnit().isBlank()) {
                    problems.add(new ItemProblem(i, "orgUnit", "an org unit code is required"));
                } else {
                    orgUnit = orgUnitCache.computeIfAbsent(key.orgUnit(), orgUnits::find).orElse(null);
                    if (orgUnit == null) {
                        problems.add(new ItemProblem(i, "orgUnit", "unknown org unit '" + key.orgUnit() + "'"));
                    }
                }
                Period period = null;
                try {
                    period = Period.parse(key.period());
                } catch (IllegalArgumentException e) {
                    problems.add(new ItemProblem(i, "period", e.getMessage()));
                }
                if (element != null) {
                    checkCategories(i, element, key.categories(), problems);
                    checkValue(i, element, item.value(), problems);
                }
                if (item.comment() != null && item.comment().length() > COMMENT_MAX) {
                    problems.add(new ItemProblem(i, "comment", "the comment is longer than " + COMMENT_MAX + " characters"));
                }
                if (key.partner() != null && !PARTNER.matcher(key.partner()).matches()) {
                    problems.add(new ItemProblem(i, "partner",
                            "'" + key.partner() + "' is not a partner code (letters, digits, _ . -, at most 80)"));
                }
                if (orgUnit != null && register == null) {
                    String scope = scope(orgUnit, key.partner());
                    if (scope != null) {
                        problems.add(new ItemProblem(i, access.scopeField(), scope));
                        scopeDenied = true;
                    }
                }
                if (element != null && orgUnit != null && period != null && register == null) {
                    if (approved.contains(element.code() + "|" + orgUnit.code() + "|" + period.iso())) {
                        problems.add(new ItemProblem(i, "period", APPROVED));
                    } else if (!bypassesLock && locked(element.code(), period)) {
                        problems.add(new ItemProblem(i, "period", "the entry window for " + period.iso()
                                + " has closed: ask an MEL officer to change it"));
                    }
                }
                if (problems.size() > before) {
                    continue;
                }
                CheckedItem c = new CheckedItem(item, period, key.combo(), key.partner() == null ? "" : key.partner());
                Integer first = seen.putIfAbsent(c.cell(), i);
                if (first != null) {
                    problems.add(new ItemProblem(i, "dataElement", "duplicate of item " + first
                            + ": same data element, org unit, period, categories and partner"));
                    continue;
                }
                checked.add(c);
            }
            return new Outcome(List.copyOf(problems), scopeDenied, problems.isEmpty() ? checked : List.of());
        }

        private String scope(OrgUnit orgUnit, String partner) {
            String problem = scopeCache.computeIfAbsent(orgUnit.code() + "|" + (partner == null ? "" : partner),
                    k -> {
                        String p = access.scopeProblem(orgUnit, partner);
                        return p == null ? "" : p;
                    });
            return problem.isEmpty() ? null : problem;
        }

        private boolean locked(String element, Period period) {
            return lockCache.computeIfAbsent(element + "|" + period.iso(),
                    k -> ValueChecks.locked(sets, element, period, today));
        }
    }

    private static void checkCategories(int i, ElementDefinition element, Map<String, String> categories,
            List<ItemProblem> problems) {
        for (Map.Entry<String, String> e : categories.entrySet()) {
            String field = "categories." + e.getKey();
            Optional<CategoryDefinition> category = element.category(e.getKey());
            if (category.isEmpty()) {
                problems.add(new ItemProblem(i, field, "'" + e.getKey() + "' is not a category of " + element.code()));
            } else if (e.getValue() == null || e.getValue().isBlank()) {
                problems.add(new ItemProblem(i, field, "an option of " + e.getKey() + " is required"));
            } else if (!category.get().hasOption(e.getValue())) {
                problems.add(new ItemProblem(i, field, "unknown option '" + e.getValue() + "' of " + e.getKey()));
            }
        }
    }

    private static void checkValue(int i, ElementDefinition element, BigDecimal value, List<ItemProblem> problems) {
        if (value == null) {
            return;
        }
        String problem = null;
        if (value.abs().compareTo(LIMIT) >= 0) {
            problem = "the value is too large";
        } else if (value.stripTrailingZeros().scale() > 6) {
            problem = "at most 6 decimals";
        } else {
            boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
            switch (element.valueType()) {
                case INTEGER -> {
                    if (!whole) {
                        problem = "a whole number is required";
                    } else if (value.signum() < 0) {
                        problem = "a count cannot be negative";
                    }
                }
                case BOOLEAN -> {
                    if (value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0) {
                        problem = "yes/no values are 1 (yes) or 0 (no)";
                    }
                }
                case MILESTONE -> {
                    int stages = element.milestoneStages().size();
                    if (!whole || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(stages)) >= 0) {
                        problem = "a milestone stage from 0 to " + (stages - 1) + " is required ("
                                + String.join(", ", element.milestoneStages()) + ")";
                    }
                }
                case NUMBER -> {
                }
            }
        }
        if (problem != null) {
            problems.add(new ItemProblem(i, "value", problem));
        }
    }

    /** True when a data set containing the element closes entry for the period (end + open days is past). */
    static boolean locked(List<DataSet> sets, String element, Period period, LocalDate today) {
        for (DataSet s : sets) {
            if (s.openDaysAfterPeriodEnd() > 0 && s.dataElements().contains(element)
                    && period.end().plusDays(s.openDaysAfterPeriodEnd()).isBefore(today)) {
                return true;
            }
        }
        return false;
    }
}
