package org.haven.reference;

/**
 * A node of the org-unit hierarchy. {@code code} is the ISO 3166-1 alpha-3 code for countries and areas, the
 * three-digit UN M49 code for World ("001") and regions ("002", "202", ...), and ISO 3166-2 for subnational units.
 * {@code level} is the depth below World (World = 1). {@code path} lists the codes from World down, separated by '/'.
 */
public record OrgUnit(String code, String name, OrgUnitType type, int level, String parentCode, String m49,
        String path) {
}
