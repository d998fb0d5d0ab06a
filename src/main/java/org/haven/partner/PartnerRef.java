package org.haven.partner;

/**
 * A partner as other features see it: code, name, type, donor type ({@code null} when not a donor) and the country
 * it is based in ({@code null} for international organisations) and
 * its IATI organisation identifier ({@code null} when unknown). Contacts are never part of it.
 */
public record PartnerRef(String code, String name, PartnerType type, DonorType donorType, String countryCode,
        String iatiRef, boolean demo) {

    public boolean donor() {
        return donorType != null;
    }
}
