package org.haven.exchange.dhis2;

/** A mapping to add, as sent by the API, the page form or one row of a mapping CSV. */
record Dhis2MappingInput(String kind, String dhis2Id, String havenCode, String dataElement) {
}
