package org.haven.user;

import java.util.List;
import java.util.Optional;

/**
 * The partners a user may belong to, as the partner registry offers them (implemented there, so user management
 * does not depend on the registry). PARTNER_REPORTER users belong to one of them.
 */
public interface PartnerChoices {

    /** A partner to choose: its code and name. */
    record Choice(String code, String name) {
    }

    /** Every partner, by name. */
    List<Choice> all();

    /** The code as the registry spells it, if such a partner exists (case-insensitive). */
    Optional<String> canonical(String code);
}
