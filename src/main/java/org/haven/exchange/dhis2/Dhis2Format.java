package org.haven.exchange.dhis2;

import java.util.Locale;
import java.util.Optional;

/** The three exchange formats, with the media types DHIS2 clients send and accept for them. */
enum Dhis2Format {
    JSON("application/json", "json"), CSV("text/csv", "csv"), ADX("application/adx+xml", "adx");

    private final String mediaType;
    private final String extension;

    Dhis2Format(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    /** The format of a Content-Type (parameters ignored), if it is one of ours. */
    static Optional<Dhis2Format> ofContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String t = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "application/json" -> Optional.of(JSON);
            case "text/csv", "application/csv" -> Optional.of(CSV);
            case "application/adx+xml", "application/xml", "text/xml" -> Optional.of(ADX);
            default -> Optional.empty();
        };
    }

    /** The format named by a format parameter or file extension (json, csv, adx, xml). */
    static Optional<Dhis2Format> ofName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "json" -> Optional.of(JSON);
            case "csv" -> Optional.of(CSV);
            case "adx", "xml" -> Optional.of(ADX);
            default -> Optional.empty();
        };
    }
}
