package org.haven.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Turns a report's XHTML into a tagged PDF (PDF/UA: structure tree from the HTML elements, alternate text of images,
 * title and language) with the product's DejaVu Sans fonts embedded (subset), so it reads the same everywhere.
 */
@Component
class PdfMaker {

    static final String FONT = "DejaVu Sans";

    byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String path) {
        InputStream in = PdfMaker.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Font missing from the product: " + path);
        }
        return in;
    }
}
