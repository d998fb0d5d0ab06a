package org.haven.exchange.dhis2;

import java.time.OffsetDateTime;

/**
 * One mapping of a connection: the DHIS2 identifier (uid or code) and the Haven code it stands for;
 * {@code dataElement} (empty = any) narrows a category option combo mapping to one Haven data element.
 */
record Dhis2Mapping(long id, String connection, Dhis2MappingKind kind, String dhis2Id, String havenCode,
        String dataElement, boolean demo, OffsetDateTime createdAt, String createdBy) {
}
