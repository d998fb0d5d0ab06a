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
import org.haven.indicator.DataItems;
import org.haven.indicator.DataItems.DataItem;
import org.haven.indicator.IndicatorDefinitions;
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

    private final DataItems dataItems;
    private final IndicatorDefinitions registry;
    private final OrgUnitDirectory orgUnits;

    PivotChoices(DataItems dataItems, IndicatorDefinitions registry, OrgUnitDirectory orgUnits) {
        this.dataItems = dataItems;
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

    public List<DataItem> indicators() {
        return dataItems.all().stream().filter(i -> i.kind() == DataItems.Kind.INDICATOR).toList();
    }

    public List<DataItem> elements() {
        return dataItems.all().stream().filter(i -> i.kind() == DataItems.Kind.ELEMENT).toList();
    }

    public List<CategoryDefinition> categories() {
        return registry.categories();
    }

    public List<String> selectors() {
        return SELECTORS;
    }

    public List<OrgUnit> regions() {
        return orgUnits.regions();
    }

    public List<OrgUnit> countries() {
        return orgUnits.countries();
    }

    public List<String> years() {
        List<String> out = new ArrayList<>();
        for (int y = LAST_YEAR; y >= FIRST_YEAR; y--) {
            out.add(String.valueOf(y));
        }
        return out;
    }

    public List<String> quarters() {
        List<String> out = new ArrayList<>();
        for (int y = LAST_YEAR; y >= FIRST_QUARTER_YEAR; y--) {
            for (int q = 4; q >= 1; q--) {
                out.add(y + "Q" + q);
            }
        }
        return out;
    }

    public List<String> financialYears() {
        List<String> out = new ArrayList<>();
        for (int y = LAST_YEAR; y >= FIRST_FINANCIAL_YEAR; y--) {
            out.add(y + "July");
        }
        return out;
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

    Set<String> listedPeriods() {
        Set<String> out = new LinkedHashSet<>(years());
        out.addAll(quarters());
        out.addAll(financialYears());
        return out;
    }
}
