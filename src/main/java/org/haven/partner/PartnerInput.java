package org.haven.partner;

/**
 * What a form or API caller sends to add or change a partner. Type, donor type and country are codes, checked by
 * {@link PartnerValidator} so errors name the field; {@code version} is required for changes. The code cannot change.
 */
record PartnerInput(String code, String name, String type, String donorType, String countryCode, String website,
        String iatiRef, String description, Boolean needsReview, Integer version) {

    static PartnerInput of(Partner p) {
        return new PartnerInput(p.code(), p.name(), p.type().name(), p.donorType() == null ? null : p.donorType().name(),
                p.countryCode(), p.website(), p.iatiRef(), p.description(), p.needsReview(), p.version());
    }
}
