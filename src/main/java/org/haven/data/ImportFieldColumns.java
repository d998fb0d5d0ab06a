package org.haven.data;

/** Maps the field of a data-core {@link ItemProblem} ("orgUnit", "categories.SEX", ...) to the import column. */
final class ImportFieldColumns {

    private ImportFieldColumns() {
    }

    static String column(String field) {
        if (field == null) {
            return "";
        }
        if (field.startsWith("categories.")) {
            return field.substring("categories.".length());
        }
        return switch (field) {
            case "dataElement" -> ImportColumns.DATA_ELEMENT;
            case "orgUnit" -> ImportColumns.ORG_UNIT;
            case "period" -> ImportColumns.PERIOD;
            case "value" -> ImportColumns.VALUE;
            case "comment" -> ImportColumns.COMMENT;
            case "partner" -> ImportColumns.PARTNER;
            case "followUp" -> ImportColumns.FOLLOW_UP;
            default -> field;
        };
    }
}
