package org.haven.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The two file layouts the importer reads; an .xlsx file is a ZIP archive and starts with "PK". */
enum ImportFormat {
    CSV, XLSX;

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** By content: a ZIP signature means a workbook, anything else is read as CSV text. */
    static ImportFormat detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4 ? XLSX : CSV;
        }
    }

    static ImportFormat fromContentType(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(XLSX_TYPE) ? XLSX : CSV;
    }
}
