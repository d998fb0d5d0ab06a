package org.haven.opendata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.haven.analytics.Analytics;
import org.haven.analytics.AnalyticsQuery;
import org.haven.analytics.AnalyticsResult;
import org.haven.analytics.AnalyticsRow;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.indicator.IndicatorCatalog;
import org.haven.indicator.IndicatorCatalog.IndicatorSummary;
import org.haven.indicator.IndicatorSheets;
import org.haven.indicator.IndicatorSheets.IndicatorSheet;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.haven.reference.OrgUnitType;
import org.springframework.stereotype.Service;

/**
 * What open data publishes: the indicator list, an indicator's metadata sheet, org units, and values read through
 * the public view of the analytics engine only (approved values, small cells suppressed by the same bean as the
 * public dashboards). Query parameters are checked here and problems are named by the public API's parameter names.
 */
@Service
class PublicData {

    /** Flag of a cell hidden by small-cell suppression (its value is null). */
    static final String SUPPRESSED = "suppressed";
    static final int MAX_INDICATORS = 20;
    static final int FIRST_YEAR = 1990;
    /** Without {@code orgUnit}: the World, every region and every country or area (no subnational units). */
    static final List<String> DEFAULT_ORG_UNITS = List.of("001", "TYPE-REGION", "TYPE-SUBREGION",
            "TYPE-INTERMEDIATE_REGION", "TYPE-COUNTRY");
    private static final Map<String, String> PARAMETERS = Map.of("dx", "indicator", "ou", "orgUnit", "pe", "period",
            "by", "by", "columns", "by");

    /** One indicator of the list. */
    record IndicatorEntry(String code, String name, String type, String unit, String internationalCode) {
    }

    /**
     * One published cell. {@code disaggregation} maps category codes to option codes (empty for totals); {@code
     * value} is null and {@code flag} is "suppressed" when small-cell suppression hid it; {@code nature} is the
     * nature of published values (C country data, E estimated...), {@code source} their origin (null for Haven's
     * own data), {@code licence} the id of the licence the value is under; {@code demo} marks demo data.
     */
    record DataRow(String indicator, String indicatorName, String orgUnit, String orgUnitName, String period,
            Map<String, String> disaggregation, Double value, String flag, String unit, String nature, String source,
            String licence, boolean demo) {
    }

    /** The rows, the categories split by (in column order) and the licences the rows are under. */
    record DataResult(List<String> categories, List<DataRow> rows, List<OpenDataTerms.Licence> licences) {
    }

    private final Analytics analytics;
    private final IndicatorCatalog indicators;
    private final IndicatorSheets sheets;
    private final OrgUnitDirectory orgUnits;

    PublicData(Analytics analytics, IndicatorCatalog indicators, IndicatorSheets sheets, OrgUnitDirectory orgUnits) {
        this.analytics = analytics;
        this.indicators = indicators;
        this.sheets = sheets;
        this.orgUnits = orgUnits;
    }

    List<IndicatorEntry> indicators() {
        return indicators.all().stream()
                .map(i -> new IndicatorEntry(i.code(), i.name(), i.type(), i.unit(), i.internationalCode())).toList();
    }

    IndicatorSheet sheet(String code) {
        return sheets.find(code).orElseThrow(() -> new NotFoundException("Indicator", code));
    }

    Optional<IndicatorSummary> indicator(String code) {
        return indicators.find(code);
    }

    /** Org units filtered by level (World = 1), direct parent and type; all optional. */
    List<OrgUnit> orgUnits(Integer level, String parent, String type) {
        OrgUnitType t = null;
        if (type != null && !type.isBlank()) {
            try {
                t = OrgUnitType.valueOf(type.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("type", "'" + type + "' is not one of " + List.of(OrgUnitType.values()));
            }
        }
        if (parent != null && !parent.isBlank() && orgUnits.find(parent.trim()).isEmpty()) {
            throw InvalidInputException.of("parent", "unknown org unit '" + parent + "'");
        }
        return orgUnits.list(level, parent == null || parent.isBlank() ? null : parent.trim(), t);
    }

    /** Every year from {@link #FIRST_YEAR} to this year, the periods asked when none are named. */
    static List<String> defaultPeriods() {
        List<String> years = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= OpenDataTerms.today().getYear(); y++) {
            years.add(Integer.toString(y));
        }
        return years;
    }

    /** Published values of the indicators; empty org units or periods mean the defaults. */
    DataResult data(List<String> indicatorCodes, List<String> ou, List<String> pe, List<String> by) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> dx = List.copyOf(new LinkedHashSet<>(indicatorCodes));
        Map<String, IndicatorSummary> known = new LinkedHashMap<>();
        if (dx.isEmpty()) {
            problems.add(new FieldProblem("indicator", "name at least one indicator code (see /api/v1/public/indicators)"));
        } else if (dx.size() > MAX_INDICATORS) {
            problems.add(new FieldProblem("indicator", "name at most " + MAX_INDICATORS + " indicators per request"));
        }
        for (String code : dx) {
            indicators.find(code).ifPresentOrElse(i -> known.put(code, i),
                    () -> problems.add(new FieldProblem("indicator", "unknown indicator '" + code + "'")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> categories = List.copyOf(new LinkedHashSet<>(by));
        List<String> columns = new ArrayList<>(List.of("dx", "ou", "pe"));
        columns.addAll(categories);
        AnalyticsQuery query = AnalyticsQuery.of(dx, ou.isEmpty() ? DEFAULT_ORG_UNITS : ou,
                pe.isEmpty() ? defaultPeriods() : pe).by(categories).columns(columns).publicView(true);
        AnalyticsResult result;
        try {
            result = analytics.query(query);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new FieldProblem(PARAMETERS.getOrDefault(p.field(), p.field()), p.message())).toList());
        }
        List<DataRow> rows = new ArrayList<>();
        Set<OpenDataTerms.Licence> licences = new LinkedHashSet<>();
        for (AnalyticsRow r : result.rows()) {
            if (r.value() == null && !r.suppressed()) {
                continue;
            }
            Map<String, String> split = new LinkedHashMap<>();
            for (int c = 3; c < columns.size(); c++) {
                split.put(columns.get(c), r.keys().get(c));
            }
            String indicator = r.keys().get(0);
            String orgUnit = r.keys().get(1);
            OpenDataTerms.Licence licence = OpenDataTerms.licenceOf(r.origin());
            licences.add(licence);
            rows.add(new DataRow(indicator, result.names().getOrDefault(indicator, known.get(indicator).name()),
                    orgUnit, result.names().getOrDefault(orgUnit, orgUnit), r.keys().get(2), split,
                    r.suppressed() ? null : round(r.value()), r.suppressed() ? SUPPRESSED : null,
                    known.get(indicator).unit(), r.nature(), r.origin(), licence.id(), r.demo()));
        }
        return new DataResult(categories, rows, List.copyOf(licences));
    }

    /** At most six decimals, trailing zeros dropped. */
    static Double round(Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            return null;
        }
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().doubleValue();
    }
}
