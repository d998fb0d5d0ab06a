package org.haven.exchange.dhis2;

/**
 * A named DHIS2 instance whose identifiers Haven maps, usually one country's; {@code country} (ISO alpha-3, may be
 * null) limits its org unit mappings to that country and the units below it.
 */
record Dhis2Connection(String code, String name, String country, String baseUrl, boolean demo) {
}
