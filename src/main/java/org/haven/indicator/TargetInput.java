package org.haven.indicator;

/**
 * A baseline or target as a form or the API submits it; text fields so every problem can be reported by field.
 * {@code kind} is BASELINE or TARGET; {@code combo} is "CATEGORY:OPTION;..." or blank for the total; {@code version}
 * is the version read (required to change a row).
 */
record TargetInput(String kind, String orgUnit, String year, String combo, String value, String source, String note,
        Integer version) {

    static TargetInput blank() {
        return new TargetInput("TARGET", "", "2030", "", "", "", "", null);
    }

    static TargetInput of(IndicatorTarget t) {
        return new TargetInput(t.kind().name(), t.orgUnitCode(), String.valueOf(t.year()), t.combo(),
                t.value().toPlainString(), t.source(), t.note(), t.version());
    }
}
