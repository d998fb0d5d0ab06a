package org.haven.pivot;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.analytics.ValueView;
import org.haven.indicator.CategoryDefinition;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Component;

/** What the pivot form offers: data items, org units and selectors, periods, categories and their options. */
@Component
class PivotChoices {

    static final int FIRST_YEAR = 2010;
    static final int LAST_YEAR = 2030;
    static final int FIRST_QUARTER_YEAR = 2022;
    static final int FIRST_FINANCIAL_YEAR = 2018;
    /** Org-unit selectors offered, each labelled by the message pivot.ou.&lt;code&gt;. */
    static final List<String> SELECTORS = List.of("TYPE-COUNTRY", "TYPE-REGION", "TYPE-SUBREGION", "CHILDREN",
            "LEVEL-1", "LEVEL-2", "LEVEL-3", "LEVEL-4", "LEVEL-5");

    private final PivotRegistry registry;
    private final OrgUnitDirectory orgUnits;

    PivotChoices(PivotRegistry registry, OrgUnitDirectory orgUnits) {
        this.registry = registry;
        this.orgUnits = orgUnits;
    }

    /** A first visit: one data item in the filter, org units in the rows, periods in the columns. */
    PivotSelection start() {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        List<String> pe = List.of(String.valueOf(year - 2), String.valueOf(year - 1), String.valueOf(year));
        return new PivotSelection(List.of(), List.of("TYPE-COUNTRY"), pe, Map.of(), List.of(),
                List.of(PivotSelection.OU), List.of(PivotSelection.PE), false, ValueView.PERIOD,
                PivotSelection.Totals.ALL, PivotSelection.Chart.NONE);
    }

    /** The lists of one page view, read once. */
    View view() {
        PivotRegistry.Catalog catalog = registry.current();
        return new View(catalog.items().stream().filter(DataItem::indicator).toList(),
                catalog.items().stream().filter(i -> !i.indicator()).toList(), catalog.categories(),
                orgUnits.regions(), orgUnits.countries());
    }

    /** What the form lists; the period and option lists are the same for every view. */
    record View(List<DataItem> indicators, List<DataItem> elements, List<CategoryDefinition> categories,
            List<OrgUnit> regions, List<OrgUnit> countries) {

        public List<String> selectors() {
            return SELECTORS;
        }

        public List<String> years() {
            return PivotChoices.years();
        }

        public List<String> quarters() {
            return PivotChoices.quarters();
        }

        public List<String> financialYears() {
            return PivotChoices.financialYears();
        }

        public List<ValueView> views() {
            return List.of(ValueView.values());
        }

        public List<PivotSelection.Totals> totals() {
            return List.of(PivotSelection.Totals.values());
        }

        public List<PivotSelection.Chart> charts() {
            return List.of(PivotSelection.Chart.values());
        }
    }

    static List<String> years() {
        List<String> out = new ArrayList<>();
        for (int y = LAST_YEAR; y >= FIRST_YEAR; y--) {
            out.add(String.valueOf(y));
        }
        return out;
    }

    static List<String> quarters() {
        List<String> out = new ArrayList<>();
        for (int y = LAST_YEAR; y >= FIRST_QUARTER_YEAR; y--) {
            for (int q = 4; q >= 1; q--) {
                out.add(y + "Q" + q);
            }
        }
        return out;
    }

    static List<String> financialYears() {
        List<String> out = new ArrayList<>();
        for (int y = LAST_YEAR; y >= FIRST_FINANCIAL_YEAR; y--) {
            out.add(y + "July");
        }
        return out;
    }

    static Set<String> listedPeriods() {
        Set<String> out = new LinkedHashSet<>(years());
        out.addAll(quarters());
        out.addAll(financialYears());
        return out;
    }
}
