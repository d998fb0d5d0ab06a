package org.haven.reference;

import java.util.List;
import java.util.Optional;

/** Looks up org units by code and walks the hierarchy. */
public interface OrgUnitDirectory {

    Optional<OrgUnit> find(String code);

    /** True when the code names a country or area (ISO 3166-1 alpha-3). */
    boolean isCountry(String code);

    /** Countries and areas, by name. */
    List<OrgUnit> countries();

    /** Units filtered by level (depth, World = 1) and/or direct parent; both optional. */
    default List<OrgUnit> list(Integer level, String parentCode) {
        return list(level, parentCode, null);
    }

    /** Units filtered by level, direct parent and/or type; all optional (null = any), in hierarchy order. */
    List<OrgUnit> list(Integer level, String parentCode, OrgUnitType type);

    /** World and every region and sub-region, in hierarchy order. */
    List<OrgUnit> regions();

    /** The ISO 3166-1 alpha-2 code of a country or area (e.g. "KE" for "KEN"), if it has one. */
    default Optional<String> iso2(String code) {
        return Optional.empty();
    }

    /** The country or area with this ISO 3166-1 alpha-2 code (case-insensitive), if any. */
    default Optional<OrgUnit> findByIso2(String iso2) {
        return Optional.empty();
    }
}
