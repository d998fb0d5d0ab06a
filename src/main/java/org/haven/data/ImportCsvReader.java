package org.haven.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a UTF-8 CSV file record by record with Commons CSV (never the whole file in memory). A byte-order mark
 * is skipped; bytes that are not UTF-8 become U+FFFD, which the import reports at the exact row and column.
 */
final class ImportCsvReader {

    private ImportCsvReader() {
    }

    /** Returns the number of the last row read. */
    static int read(InputStream in, ImportCells sink) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        int last = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
            reader.mark(1);
            int first = reader.read();
            if (first != 0xFEFF && first != -1) {
                reader.reset();
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                for (CSVRecord rec : parser) {
                    last = (int) rec.getRecordNumber();
                    List<String> cells = new ArrayList<>(rec.size());
                    boolean blank = true;
                    for (String v : rec) {
                        cells.add(v);
                        blank &= v.isEmpty();
                    }
                    if (!blank) {
                        sink.row(last, cells);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw translate(e.getCause(), last);
        } catch (IOException e) {
            throw translate(e, last);
        }
        return last;
    }

    private static RuntimeException translate(IOException e, int lastRow) {
        // Commons CSV reports a broken quote or similar as an IOException of its own
        return new ImportFileException(lastRow + 1, "", "import.reason.malformed", lastRow + 1);
    }
}
