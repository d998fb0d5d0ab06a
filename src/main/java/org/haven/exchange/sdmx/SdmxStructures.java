package org.haven.exchange.sdmx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.exchange.sdmx.SdmxModel.Code;
import org.haven.exchange.sdmx.SdmxModel.Codelist;
import org.haven.exchange.sdmx.SdmxModel.Concept;
import org.haven.exchange.sdmx.SdmxModel.Dataflow;
import org.haven.exchange.sdmx.SdmxModel.Structure;
import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.haven.indicator.IndicatorCatalog;
import org.haven.indicator.OptionDefinition;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Component;

/**
 * Haven's SDMX structure, built from the shipped SDG codelists and the registry: the data elements whose code is an
 * SDG series (CL_SERIES) are the series of dataflow {@code DF_SDG_VAC}; org units with a UN M49 code form CL_AREA
 * (M49 without leading zeros, as the SDG database writes it: Kenya 404, World 1); CL_AGE is the SDG list plus the
 * SDMX-style age bands Haven's series use. Maps Haven's category options to SDMX codes and back: the total is
 * {@code _T}, option U (sex) and UNK (age) are {@code _U}, other options keep their code when it is an SDMX code.
 */
@Component
class SdmxStructures {

    static final String SEX = "SEX";
    private static final Pattern AGE_CODE = Pattern.compile("Y\\d{1,3}T\\d{1,3}|Y_GE\\d{1,3}|Y_LT\\d{1,3}|Y\\d{1,3}|M\\d{1,3}T\\d{1,3}");
    private static final Pattern RATE = Pattern.compile("per ([\\d,]+) (population|live births)");
    static final Dataflow FLOW = new Dataflow(SdmxModel.FLOW_ID, "SDG series on violence against children in Haven",
            "Values of the SDG series Haven holds (UN SDG Global Database and Haven's own data), by country, region"
                    + " and World, sex and age. Public: approved values only, small cells suppressed.");

    private final OrgUnitDirectory orgUnits;
    private final DataElementCatalog elements;
    private final IndicatorCatalog indicators;

    SdmxStructures(OrgUnitDirectory orgUnits, DataElementCatalog elements, IndicatorCatalog indicators) {
        this.orgUnits = orgUnits;
        this.elements = elements;
        this.indicators = indicators;
    }

    List<Dataflow> dataflows() {
        return List.of(FLOW);
    }

    Optional<Dataflow> dataflow(String id) {
        return dataflows().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The data elements that hold an SDG series, by code. */
    List<ElementDefinition> seriesElements() {
        Map<String, String> series = SdmxCodes.of("CL_SERIES");
        return elements.elements().stream().filter(e -> series.containsKey(e.code())).toList();
    }

    /** The structure as it stands: codelists, concepts and dataflows. */
    Structure structure() {
        Map<String, Codelist> lists = new LinkedHashMap<>();
        lists.put("CL_FREQ", new Codelist("CL_FREQ", "Frequency", List.of(new Code("A", "Annual"),
                new Code("Q", "Quarterly"), new Code("M", "Monthly"))));
        lists.put("CL_SERIES", shipped("CL_SERIES", "SDG series"));
        lists.put("CL_AREA", new Codelist("CL_AREA", "Reference area (UN M49)", areas()));
        lists.put("CL_SEX", shipped("CL_SEX", "Sex"));
        lists.put("CL_AGE", ages());
        lists.put("CL_UNIT_MEASURE", shipped("CL_UNIT_MEASURE", "Unit of measure"));
        lists.put("CL_NATURE", shipped("CL_NATURE", "Nature of data"));
        List<Concept> concepts = List.of(new Concept("FREQ", "Frequency", "CL_FREQ"),
                new Concept("SERIES", "SDG series", "CL_SERIES"),
                new Concept("REF_AREA", "Reference area", "CL_AREA"), new Concept("SEX", "Sex", "CL_SEX"),
                new Concept("AGE", "Age", "CL_AGE"), new Concept(SdmxModel.TIME_PERIOD, "Time period", null),
                new Concept(SdmxModel.OBS_VALUE, "Observation value", null),
                new Concept("UNIT_MEASURE", "Unit of measure", "CL_UNIT_MEASURE"),
                new Concept("NATURE", "Nature of data", "CL_NATURE"));
        return new Structure(lists, concepts, dataflows());
    }

    private static Codelist shipped(String id, String name) {
        List<Code> codes = new ArrayList<>();
        SdmxCodes.of(id).forEach((code, label) -> codes.add(new Code(code, label)));
        return new Codelist(id, name, codes);
    }

    private List<Code> areas() {
        List<Code> out = new ArrayList<>();
        areaIndex().forEach((m49, unit) -> out.add(new Code(m49, unit.name())));
        return out;
    }

    /** M49 code (no leading zeros) -> org unit, first in hierarchy order. */
    Map<String, OrgUnit> areaIndex() {
        Map<String, OrgUnit> out = new LinkedHashMap<>();
        for (OrgUnit u : orgUnits.list(null, null, null)) {
            String m49 = m49(u);
            if (m49 != null) {
                out.putIfAbsent(m49, u);
            }
        }
        return out;
    }

    /** The org unit's M49 code without leading zeros; null without one. */
    static String m49(OrgUnit u) {
        return u.m49() != null && u.m49().matches("\\d{1,3}") ? String.valueOf(Integer.parseInt(u.m49())) : null;
    }

    private Codelist ages() {
        Map<String, String> codes = new LinkedHashMap<>(SdmxCodes.of("CL_AGE"));
        codes.putIfAbsent(SdmxModel.UNKNOWN, "Unknown");
        for (ElementDefinition e : seriesElements()) {
            ageCategory(e).ifPresent(c -> c.options().forEach(o -> {
                String code = ageCode(o.code());
                if (code != null) {
                    codes.putIfAbsent(code, o.name());
                }
            }));
        }
        List<Code> out = new ArrayList<>();
        codes.forEach((code, name) -> out.add(new Code(code, name)));
        return new Codelist("CL_AGE", "Age", out);
    }

    /** The element's age category: the first whose code starts with AGE. */
    static Optional<CategoryDefinition> ageCategory(ElementDefinition e) {
        return e.categories().stream().filter(c -> c.code().startsWith("AGE")).findFirst();
    }

    /** The SDMX SEX code of a Haven SEX option; null when it has none. */
    static String sexCode(String option) {
        if (option == null) {
            return SdmxModel.TOTAL;
        }
        return switch (option) {
            case "U" -> SdmxModel.UNKNOWN;
            default -> SdmxCodes.of("CL_SEX").containsKey(option) ? option : null;
        };
    }

    /** The SDMX AGE code of a Haven age option; null when it has none. */
    static String ageCode(String option) {
        if (option == null) {
            return SdmxModel.TOTAL;
        }
        if (option.equals("UNK")) {
            return SdmxModel.UNKNOWN;
        }
        return SdmxCodes.of("CL_AGE").containsKey(option) || AGE_CODE.matcher(option).matches() ? option : null;
    }

    /** The option of {@code category} whose SDMX code is {@code code}; empty when none has it. */
    static Optional<String> option(CategoryDefinition category, String code, boolean age) {
        return category.options().stream().map(OptionDefinition::code)
                .filter(o -> code.equals(age ? ageCode(o) : sexCode(o))).findFirst();
    }

    /** UNIT_MEASURE of a series, from the unit of the indicator that holds it; null when it has no SDMX code. */
    String unitOf(String series) {
        return indicators.find(series).map(i -> unitCode(i.unit())).orElse(null);
    }

    /** Haven's unit text as an SDMX UNIT_MEASURE code ("%" -> PT, "per 100,000 population" -> PER_100000_POP). */
    static String unitCode(String unit) {
        if (unit == null) {
            return null;
        }
        String u = unit.trim().toLowerCase(Locale.ROOT);
        String code = switch (u) {
            case "%", "percent", "percentage" -> "PT";
            case "number", "count" -> "NUMBER";
            default -> {
                Matcher m = RATE.matcher(u);
                yield m.matches() ? "PER_" + m.group(1).replace(",", "") + "_"
                        + (m.group(2).equals("population") ? "POP" : "LIVE_BIRTHS") : null;
            }
        };
        return code != null && SdmxCodes.of("CL_UNIT_MEASURE").containsKey(code) ? code : null;
    }

    /** Series element code -> its definition. */
    Map<String, ElementDefinition> seriesIndex() {
        Map<String, ElementDefinition> out = new HashMap<>();
        seriesElements().forEach(e -> out.put(e.code(), e));
        return out;
    }
}
