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
}
