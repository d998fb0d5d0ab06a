package org.haven.exchange.dhis2;

/**
 * A request body refused as a whole before anything is read into Haven: {@code status} 400 (malformed, wrong
 * encoding, hostile XML), 413 (too large) or 415 (a media type that is not JSON, CSV or ADX).
 */
class Dhis2BodyException extends RuntimeException {

    private final int status;

    Dhis2BodyException(int status, String message) {
        super(message);
        this.status = status;
    }

    static Dhis2BodyException badRequest(String message) {
        return new Dhis2BodyException(400, message);
    }

    int status() {
        return status;
    }
}
