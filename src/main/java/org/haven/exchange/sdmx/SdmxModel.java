package org.haven.exchange.sdmx;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The records of Haven's SDMX structure and data: codelists, components, dataflows and observations. */
final class SdmxModel {

    static final String AGENCY = "HAVEN";
    static final String VERSION = "1.0";
    static final String DSD_ID = "DSD_VAC";
    static final String CONCEPT_SCHEME = "CS_VAC";
    static final String FLOW_ID = "DF_SDG_VAC";
    static final String TOTAL = "_T";
    static final String UNKNOWN = "_U";

    /** The dimensions of the key, in key order (TIME_PERIOD is the time dimension, outside the key). */
    static final List<String> DIMENSIONS = List.of("FREQ", "SERIES", "REF_AREA", "SEX", "AGE");
    static final String TIME_PERIOD = "TIME_PERIOD";
    static final String OBS_VALUE = "OBS_VALUE";
    /** Observation-level attributes, in output order. */
    static final List<String> ATTRIBUTES = List.of("UNIT_MEASURE", "NATURE");

    private SdmxModel() {
    }

    record Code(String id, String name) {
    }

    record Codelist(String id, String name, List<Code> codes) {

        Codelist {
            codes = List.copyOf(codes);
        }

        boolean has(String code) {
            return codes.stream().anyMatch(c -> c.id().equals(code));
        }
    }

    /** A concept of the scheme: id, name and the codelist representing it (null for free values). */
    record Concept(String id, String name, String codelist) {
    }

    record Dataflow(String id, String name, String description) {

        public String reference() {
            return AGENCY + ":" + id + "(" + VERSION + ")";
        }

        public String urn() {
            return "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + reference();
        }
    }

    /** The whole structure as it stands now: codelists by id, concepts in order, dataflows. */
    record Structure(Map<String, Codelist> codelists, List<Concept> concepts, List<Dataflow> dataflows) {

        Structure {
            codelists = Map.copyOf(codelists);
            concepts = List.copyOf(concepts);
            dataflows = List.copyOf(dataflows);
        }

        Codelist codelistOf(String concept) {
            return concepts.stream().filter(c -> c.id().equals(concept)).findFirst()
                    .map(c -> codelists.get(c.codelist())).orElseThrow();
        }
    }

    /** One observation: the key (FREQ, SERIES, REF_AREA, SEX, AGE), TIME_PERIOD, OBS_VALUE and attributes (null when none). */
    record Observation(String freq, String series, String refArea, String sex, String age, String timePeriod,
            BigDecimal value, String unitMeasure, String nature) {

        List<String> key() {
            return List.of(freq, series, refArea, sex, age);
        }

        String attribute(String id) {
            return switch (id) {
                case "UNIT_MEASURE" -> unitMeasure;
                case "NATURE" -> nature;
                default -> null;
            };
        }
    }

    static String dsdUrn() {
        return "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=" + AGENCY + ":" + DSD_ID + "(" + VERSION + ")";
    }

    static String codelistUrn(String id) {
        return "urn:sdmx:org.sdmx.infomodel.codelist.Codelist=" + AGENCY + ":" + id + "(" + VERSION + ")";
    }

    static String conceptUrn(String id) {
        return "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=" + AGENCY + ":" + CONCEPT_SCHEME + "(" + VERSION + ")."
                + id;
    }
}
