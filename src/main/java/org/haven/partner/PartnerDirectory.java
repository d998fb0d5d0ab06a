package org.haven.partner;

import java.util.List;
import java.util.Optional;

/** Read access to the partner registry for other features (funding, exchange, reports). */
public interface PartnerDirectory {

    /** The partner with this code (case-insensitive), if any. */
    Optional<PartnerRef> find(String code);

    /** Every partner, by name. */
    List<PartnerRef> all();

    /** Partners with a donor type, by name. */
    List<PartnerRef> donors();

    /** Partners taking part in the activity with this code, with their role, by partner name. */
    List<ActivityPartner> ofActivity(String activityCode);

    /**
     * A partner's part in an activity; {@code role} is an IATI participating-org role name (FUNDING, IMPLEMENTING,
     * ACCOUNTABLE, EXTENDING).
     */
    record ActivityPartner(PartnerRef partner, String role) {
    }
}
