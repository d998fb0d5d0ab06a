package org.haven.exchange.sdmx;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an SDMX-CSV 2.0 file (also SDMX-CSV 1.0's DATAFLOW column) into rows keyed by upper-case column name, with
 * row numbers as a spreadsheet shows them (header = 1). The file must be UTF-8 (a BOM is allowed), at most
 * {@link #MAX_BYTES}, and have the dimension, TIME_PERIOD and OBS_VALUE columns; otherwise {@link Unreadable} says
 * why and nothing is read.
 */
final class SdmxCsvReader {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final List<String> REQUIRED = List.of("FREQ", "SERIES", "REF_AREA", "SEX", "AGE", SdmxModel.TIME_PERIOD,
            SdmxModel.OBS_VALUE);

    /** A row: its number in the file and its cells by upper-case column name (missing cells are empty). */
    record Row(long row, Map<String, String> cells) {

        String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.trim();
        }
    }

    /** The whole file cannot be read: the reason. */
    static final class Unreadable extends Exception {

        Unreadable(String message) {
            super(message);
        }
    }

    private SdmxCsvReader() {
    }

    static byte[] readLimited(InputStream in) throws IOException, Unreadable {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable("the file is larger than " + (MAX_BYTES / 1024 / 1024) + " MB");
        }
        return bytes;
    }

    static List<Row> read(byte[] bytes) throws Unreadable {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("the file is not UTF-8 text (SDMX-CSV is UTF-8): save it as UTF-8 and try again");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new Unreadable("the file is empty");
        }
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            Map<String, String> columns = new HashMap<>();
            for (String h : parser.getHeaderNames()) {
                columns.put(h.trim().toUpperCase(Locale.ROOT).replaceAll(":.*$", ""), h);
            }
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new Unreadable("missing column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                        + ": an SDMX-CSV file of " + SdmxStructures.FLOW.reference() + " has the columns "
                        + String.join(",", SdmxCsvWriter.header()));
            }
            for (CSVRecord r : parser) {
                Map<String, String> cells = new HashMap<>();
                columns.forEach((upper, original) -> cells.put(upper, r.isSet(original) ? r.get(original) : ""));
                rows.add(new Row(r.getRecordNumber() + 1, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new Unreadable("not readable as CSV: " + e.getMessage());
        }
        return rows;
    }
}
