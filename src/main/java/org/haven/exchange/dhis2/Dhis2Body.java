package org.haven.exchange.dhis2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/** Reads an uploaded body with a size limit and decodes text strictly (no silent replacement characters). */
final class Dhis2Body {

    private Dhis2Body() {
    }

    /** At most {@code limit} bytes of the stream; 413 when there are more. */
    static byte[] read(InputStream in, long limit) {
        try (in) {
            byte[] bytes = in.readNBytes(Math.toIntExact(Math.min(limit, Integer.MAX_VALUE - 8)) + 1);
            if (bytes.length > limit) {
                throw tooLarge(limit);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dhis2BodyException tooLarge(long limit) {
        return new Dhis2BodyException(413, "The body is larger than the limit of " + limit / (1024 * 1024)
                + " MB: split the data value set (e.g. one org unit or period per request)");
    }

    /**
     * The text of a JSON or CSV body in the charset of the Content-Type (UTF-8 when none is named), a leading BOM
     * dropped; 400 naming the byte offset when the bytes are not valid in that charset.
     */
    static String text(byte[] bytes, String contentType) {
        Charset charset = charset(contentType);
        try {
            String s = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw Dhis2BodyException.badRequest("The body is not valid " + charset.name() + " text (" + e.getMessage()
                    + " near byte " + firstBad(bytes, charset) + "): send UTF-8, or name the charset in the "
                    + "Content-Type");
        }
    }

    private static Charset charset(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.trim();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    String name = p.substring("charset=".length()).replace("\"", "").trim();
                    try {
                        return Charset.forName(name);
                    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                        throw Dhis2BodyException.badRequest("Unknown charset '" + name + "' in the Content-Type");
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static int firstBad(byte[] bytes, Charset charset) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }
}
