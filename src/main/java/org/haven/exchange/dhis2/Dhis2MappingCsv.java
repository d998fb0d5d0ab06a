package org.haven.exchange.dhis2;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.haven.core.InvalidInputException;

/** A mapping CSV: a header row kind, dhis2_id, haven_code[, data_element], then one mapping per row. */
final class Dhis2MappingCsv {

    private Dhis2MappingCsv() {
    }

    static List<Dhis2MappingInput> read(String text) {
        List<Dhis2MappingInput> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder()
                .setIgnoreEmptyLines(true).setTrim(true).get())) {
            Map<String, Integer> columns = null;
            for (CSVRecord r : parser) {
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < r.size(); i++) {
                        columns.put(r.get(i).toLowerCase(Locale.ROOT).replace("_", ""), i);
                    }
                    if (!columns.containsKey("kind") || !columns.containsKey("dhis2id")
                            || !columns.containsKey("havencode")) {
                        throw InvalidInputException.of("file", "the first row must name the columns kind, dhis2_id, "
                                + "haven_code and optionally data_element");
                    }
                    continue;
                }
                out.add(new Dhis2MappingInput(cell(r, columns, "kind"), cell(r, columns, "dhis2id"),
                        cell(r, columns, "havencode"), cell(r, columns, "dataelement")));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            if (e instanceof InvalidInputException i) {
                throw i;
            }
            throw InvalidInputException.of("file", "not readable CSV: " + e.getMessage());
        }
        return out;
    }

    private static String cell(CSVRecord r, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= r.size() ? "" : r.get(i);
    }
}
