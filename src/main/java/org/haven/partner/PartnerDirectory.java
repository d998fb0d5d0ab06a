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
}
