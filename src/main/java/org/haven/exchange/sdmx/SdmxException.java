package org.haven.exchange.sdmx;

/**
 * An SDMX REST error: HTTP status, SDMX error code (100 no results found, 140 syntax error, 150 semantic error, 406
 * not acceptable) and a message naming what was wrong. Rendered as an SDMX-ML 3.0 Error message.
 */
class SdmxException extends RuntimeException {

    private final int status;
    private final int code;

    SdmxException(int status, int code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static SdmxException notFound(String message) {
        return new SdmxException(404, 100, message);
    }

    static SdmxException syntax(String message) {
        return new SdmxException(400, 140, message);
    }

    int status() {
        return status;
    }

    int code() {
        return code;
    }
}
