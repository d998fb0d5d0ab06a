package org.haven.partner;

/** The Strategy's partner types. */
public enum PartnerType {
    MEMBER_STATE, UN_ENTITY, NGO, ACADEMIA, CHILDREN_ORGANISATION, PRIVATE_SECTOR, IFI
}
