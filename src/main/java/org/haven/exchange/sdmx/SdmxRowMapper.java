package org.haven.exchange.sdmx;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.haven.data.Period;
import org.haven.data.PublishedValue;
import org.haven.data.ValueKey;
import org.haven.exchange.sdmx.SdmxCsvReader.Row;
import org.haven.exchange.sdmx.SdmxImportSummary.Rejection;
import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.ElementDefinition;
import org.haven.reference.OrgUnit;

/**
 * Maps SDMX-CSV rows of Haven's dataflow back to data values: SERIES to the data element of that series, REF_AREA
 * (M49) to the org unit, FREQ and TIME_PERIOD to the period, SEX and AGE to the element's category options
 * ({@code _T} the total), OBS_VALUE to the value and NATURE to the nature. A row that does not map is rejected with
 * its number and reason; unknown codes are also collected per dimension.
 */
final class SdmxRowMapper {

    private static final Set<String> STRUCTURES = Set.of(SdmxStructures.FLOW.reference(),
            SdmxModel.AGENCY + ":" + SdmxModel.DSD_ID + "(" + SdmxModel.VERSION + ")");
    private static final int DECIMALS = 6;

    /** The mapped values (same order as their rows), rejections and unknown codes. */
    record Mapped(List<PublishedValue> values, List<Long> rows, List<Rejection> rejections, Set<String> unknownCodes) {
    }

    private final Map<String, ElementDefinition> series;
    private final Map<String, OrgUnit> areas;
    private final Map<String, String> units;
    private final String origin;

    SdmxRowMapper(Map<String, ElementDefinition> series, Map<String, OrgUnit> areas, Map<String, String> units,
            String origin) {
        this.series = series;
        this.areas = areas;
        this.units = units;
        this.origin = origin;
    }

    Mapped map(List<Row> rows) {
        List<PublishedValue> values = new java.util.ArrayList<>();
        List<Long> numbers = new java.util.ArrayList<>();
        List<Rejection> rejections = new java.util.ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        Map<String, Long> seen = new HashMap<>();
        for (Row r : rows) {
            try {
                PublishedValue v = value(r, unknown);
                String cell = v.key().dataElement() + "|" + v.key().orgUnit() + "|" + v.key().period() + "|" + v.key().combo();
                Long first = seen.putIfAbsent(cell, r.row());
                if (first != null) {
                    throw new IllegalArgumentException("same SERIES, REF_AREA, TIME_PERIOD, SEX and AGE as row " + first);
                }
                values.add(v);
                numbers.add(r.row());
            } catch (IllegalArgumentException e) {
                rejections.add(new Rejection(r.row(), e.getMessage()));
            }
        }
        return new Mapped(values, numbers, rejections, unknown);
    }

    private PublishedValue value(Row r, Set<String> unknown) {
        String structure = r.get("STRUCTURE").isEmpty() ? "dataflow" : r.get("STRUCTURE").toLowerCase(Locale.ROOT);
        String id = r.cells().containsKey("STRUCTURE_ID") ? r.get("STRUCTURE_ID") : r.get("DATAFLOW");
        if (!Set.of("dataflow", "datastructure").contains(structure) || !STRUCTURES.contains(id)) {
            throw new IllegalArgumentException("STRUCTURE_ID '" + id + "' is not " + SdmxStructures.FLOW.reference());
        }
        String action = r.get("ACTION").toUpperCase(Locale.ROOT);
        if (action.equals("D")) {
            throw new IllegalArgumentException("ACTION D (delete) is not imported: Haven deletes values only in its own pages");
        }
        if (!Set.of("", "I", "A", "R", "M").contains(action)) {
            throw new IllegalArgumentException("ACTION '" + r.get("ACTION") + "' is not I, A, R or M");
        }
        String code = r.get("SERIES");
        if (!SdmxCodes.of("CL_SERIES").containsKey(code)) {
            unknown.add("SERIES " + code);
            throw new IllegalArgumentException("SERIES '" + code + "' is not a code of CL_SERIES");
        }
        ElementDefinition element = series.get(code);
        if (element == null) {
            throw new IllegalArgumentException("series " + code + " is not held in Haven (no data element " + code + ")");
        }
        String area = r.get("REF_AREA");
        OrgUnit unit = area.matches("\\d{1,3}") ? areas.get(String.valueOf(Integer.parseInt(area))) : null;
        if (unit == null) {
            unknown.add("REF_AREA " + area);
            throw new IllegalArgumentException("REF_AREA '" + area + "' is not the UN M49 code of an org unit in Haven");
        }
        Period period = SdmxTime.parse(r.get("FREQ"), r.get(SdmxModel.TIME_PERIOD));
        Map<String, String> categories = new LinkedHashMap<>();
        option(element, r.get("SEX"), false, categories, unknown);
        option(element, r.get("AGE"), true, categories, unknown);
        BigDecimal value = number(r.get(SdmxModel.OBS_VALUE));
        String unitMeasure = r.get("UNIT_MEASURE");
        String expected = units.get(code);
        if (!unitMeasure.isEmpty() && expected != null && !unitMeasure.equals(expected)) {
            throw new IllegalArgumentException("UNIT_MEASURE " + unitMeasure + " differs from the unit of " + code
                    + " in Haven (" + expected + ")");
        }
        String nature = r.get("NATURE");
        if (!nature.isEmpty() && !SdmxCodes.of("CL_NATURE").containsKey(nature)) {
            unknown.add("NATURE " + nature);
            throw new IllegalArgumentException("NATURE '" + nature + "' is not a code of CL_NATURE");
        }
        return new PublishedValue(new ValueKey(code, unit.code(), period.iso(), categories, null), value,
                nature.isEmpty() || nature.equals("_X") ? null : nature, origin, null);
    }

    private static void option(ElementDefinition element, String code, boolean age, Map<String, String> into,
            Set<String> unknown) {
        String dim = age ? "AGE" : "SEX";
        if (code.isEmpty()) {
            throw new IllegalArgumentException(dim + " is empty (" + SdmxModel.TOTAL + " for the total)");
        }
        if (code.equals(SdmxModel.TOTAL)) {
            return;
        }
        CategoryDefinition category = age ? SdmxStructures.ageCategory(element).orElse(null)
                : element.category(SdmxStructures.SEX).orElse(null);
        if (category == null) {
            throw new IllegalArgumentException(element.code() + " is not disaggregated by " + dim.toLowerCase(Locale.ROOT)
                    + " in Haven, so " + dim + " must be " + SdmxModel.TOTAL);
        }
        String option = SdmxStructures.option(category, code, age).orElse(null);
        if (option == null) {
            unknown.add(dim + " " + code);
            throw new IllegalArgumentException(dim + " '" + code + "' is not an option of " + category.code() + ", which"
                    + " disaggregates " + element.code());
        }
        into.put(category.code(), option);
    }

    private static BigDecimal number(String raw) {
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("OBS_VALUE is empty");
        }
        try {
            BigDecimal v = new BigDecimal(raw);
            return v.scale() > DECIMALS ? v.setScale(DECIMALS, java.math.RoundingMode.HALF_EVEN) : v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("OBS_VALUE '" + raw + "' is not a number");
        }
    }
}
