package org.haven.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the targets page and the indicator detail page show: one section per org unit with a row per
 * disaggregation (baseline, then a column per target year) and the chart data of the total row. Also used from
 * templates as {@code @targetViews} for the summary on the indicator detail page.
 */
@Component("targetViews")
class TargetViews {

    static final List<Integer> YEARS = IntStream.rangeClosed(TargetValidator.FIRST_TARGET_YEAR,
            TargetValidator.LAST_TARGET_YEAR).boxed().toList();

    /** One disaggregation of one org unit: its baseline (or null) and its targets by year. */
    record Row(String combo, String comboLabel, IndicatorTarget baseline, Map<Integer, IndicatorTarget> targets) {

        public IndicatorTarget target(int year) {
            return targets.get(year);
        }
    }

    /** One org unit: rows (total first), whether the user may edit it, and the chart JSON (null: nothing to draw). */
    record Section(String orgUnitCode, String orgUnitName, boolean editable, List<Row> rows, String chart) {
    }

    /** Counts for the indicator detail page. */
    record Summary(int baselines, int targets, int orgUnits) {

        public boolean empty() {
            return baselines + targets == 0;
        }
    }

    private final TargetStore store;
    private final OrgUnitDirectory orgUnits;
    private final TargetAccess access;
    private final TargetValidator validator;
    private final JsonMapper json;

    TargetViews(TargetStore store, OrgUnitDirectory orgUnits, TargetAccess access, TargetValidator validator,
            JsonMapper json) {
        this.store = store;
        this.orgUnits = orgUnits;
        this.access = access;
        this.validator = validator;
        this.json = json;
    }

    public Summary summary(String indicatorCode) {
        List<IndicatorTarget> all = store.forIndicator(indicatorCode, null);
        int baselines = (int) all.stream().filter(IndicatorTarget::baseline).count();
        int units = (int) all.stream().map(IndicatorTarget::orgUnitCode).distinct().count();
        return new Summary(baselines, all.size() - baselines, units);
    }

    List<Section> sections(Indicator indicator) {
        Map<String, Category> categories = validator.categories(indicator);
        Map<String, Map<String, List<IndicatorTarget>>> byUnit = new TreeMap<>();
        for (IndicatorTarget t : store.forIndicator(indicator.code(), null)) {
            byUnit.computeIfAbsent(t.orgUnitCode(), k -> new TreeMap<>())
                    .computeIfAbsent(t.combo(), k -> new ArrayList<>()).add(t);
        }
        List<Section> sections = new ArrayList<>();
        byUnit.forEach((code, combos) -> {
            OrgUnit unit = orgUnits.find(code).orElse(null);
            List<Row> rows = new ArrayList<>();
            combos.forEach((combo, list) -> rows.add(row(combo, label(combo, categories), list)));
            Row total = rows.stream().filter(r -> r.combo().isEmpty()).findFirst().orElse(null);
            sections.add(new Section(code, unit == null ? code : unit.name(), unit != null && access.canEdit(unit),
                    rows, total == null ? null : chart(total)));
        });
        sections.sort((a, b) -> a.orgUnitName().compareToIgnoreCase(b.orgUnitName()));
        return sections;
    }

    /** Org units the user may choose in the form: World and regions, then countries, each in directory order. */
    List<OrgUnit> editableOrgUnits() {
        List<OrgUnit> out = new ArrayList<>();
        if (access.editsEverywhere()) {
            out.addAll(orgUnits.regions());
        }
        orgUnits.countries().stream().filter(access::canEdit).forEach(out::add);
        return out;
    }

    private static Row row(String combo, String label, List<IndicatorTarget> list) {
        IndicatorTarget baseline = list.stream().filter(IndicatorTarget::baseline).findFirst().orElse(null);
        Map<Integer, IndicatorTarget> targets = new LinkedHashMap<>();
        list.stream().filter(t -> !t.baseline()).forEach(t -> targets.put(t.year(), t));
        return new Row(combo, label, baseline, targets);
    }

    /** "Sex: Female; Age: 0-4 years" from "AGE_CHILD:Y0T4;SEX:F"; null for the total. */
    static String label(String combo, Map<String, Category> categories) {
        if (combo.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        TargetCombo.parse(combo).forEach((c, o) -> {
            Category cat = categories.get(c);
            String option = cat == null ? o : cat.options().stream().filter(x -> x.code().equals(o))
                    .map(CategoryOption::name).findFirst().orElse(o);
            parts.add((cat == null ? c : cat.name()) + ": " + option);
        });
        return String.join("; ", parts);
    }

    /** {"baseline":[2022,70],"targets":[[2030,50]]}: the points static/js/targets.js draws. */
    private String chart(Row total) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("baseline", total.baseline() == null ? null
                : List.of(total.baseline().year(), number(total.baseline().value())));
        List<List<Object>> targets = new ArrayList<>();
        total.targets().values().stream().sorted((a, b) -> Integer.compare(a.year(), b.year()))
                .forEach(t -> targets.add(List.of(t.year(), number(t.value()))));
        data.put("targets", targets);
        return json.writeValueAsString(data);
    }

    private static Object number(BigDecimal v) {
        return v.doubleValue();
    }
}
