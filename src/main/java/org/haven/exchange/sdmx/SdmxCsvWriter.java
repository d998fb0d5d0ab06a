package org.haven.exchange.sdmx;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.haven.exchange.sdmx.SdmxModel.Dataflow;
import org.haven.exchange.sdmx.SdmxModel.Observation;

/**
 * SDMX-CSV 2.0 (the CSV format of SDMX 3.0): STRUCTURE, STRUCTURE_ID, ACTION, the dimensions in key order,
 * TIME_PERIOD, OBS_VALUE and the attributes; one row per observation, action I (information).
 */
final class SdmxCsvWriter {

    static final String MEDIA_TYPE = "application/vnd.sdmx.data+csv;version=2.0.0";

    private SdmxCsvWriter() {
    }

    static List<String> header() {
        List<String> h = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
        h.addAll(SdmxModel.DIMENSIONS);
        h.add(SdmxModel.TIME_PERIOD);
        h.add(SdmxModel.OBS_VALUE);
        h.addAll(SdmxModel.ATTRIBUTES);
        return h;
    }

    static void write(Dataflow flow, List<Observation> observations, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        csv.printRecord(header());
        for (Observation o : observations) {
            List<String> row = new ArrayList<>(List.of("dataflow", flow.reference(), "I"));
            row.addAll(o.key());
            row.add(o.timePeriod());
            row.add(o.value().toPlainString());
            for (String a : SdmxModel.ATTRIBUTES) {
                String v = o.attribute(a);
                row.add(v == null ? "" : v);
            }
            csv.printRecord(row);
        }
        csv.flush();
    }
}
