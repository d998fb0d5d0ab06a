package org.haven.exchange.sdmx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The SDG SDMX codelists Haven ships ({@code standards/sdmx-sdg/sdmx-sdg-codelists.csv}: CL_SEX, CL_AGE,
 * CL_UNIT_MEASURE, CL_NATURE, CL_SERIES...), read once from the classpath: codelist id -> code -> label, in file
 * order.
 */
final class SdmxCodes {

    static final String LOCATION = "standards/sdmx-sdg/sdmx-sdg-codelists.csv";

    private static final Map<String, Map<String, String>> LISTS = load();

    private SdmxCodes() {
    }

    /** The codes of a shipped codelist (empty when there is no such list). */
    static Map<String, String> of(String codelist) {
        return LISTS.getOrDefault(codelist, Map.of());
    }

    private static Map<String, Map<String, String>> load() {
        InputStream in = SdmxCodes.class.getClassLoader().getResourceAsStream(LOCATION);
        if (in == null) {
            throw new IllegalStateException("SDMX codelists not on the classpath: " + LOCATION);
        }
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.computeIfAbsent(row.get("codelist"), k -> new LinkedHashMap<>()).put(row.get("code"), row.get("label"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return Collections.unmodifiableMap(out);
    }
}
