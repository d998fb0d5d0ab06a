package org.haven.partner;

/** How a partner that funds the Strategy is classed in resource mobilization; a partner without one is no donor. */
public enum DonorType {
    TRADITIONAL, NON_TRADITIONAL, UN_DEVELOPMENT_COOPERATION, IFI, PUBLIC_PRIVATE
}
