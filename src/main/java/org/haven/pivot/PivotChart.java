package org.haven.pivot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of the chart drawn from a pivot table by static/js/pivot.js, as JSON for a data-chart attribute: one
 * category per data row, one series per data column (totals left out). The table stays the accessible equivalent.
 */
@Component
class PivotChart {

    private final JsonMapper json;

    PivotChart(JsonMapper json) {
        this.json = json;
    }

    String json(PivotTable table, PivotSelection.Chart kind) {
        List<String> categories = new ArrayList<>();
        List<Integer> dataRows = new ArrayList<>();
        for (int r = 0; r < table.body().size(); r++) {
            PivotTable.Row row = table.body().get(r);
            if (!row.total()) {
                categories.add(String.join(" / ", row.labels()));
                dataRows.add(r);
            }
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            if (!table.dataColumns().get(c)) {
                continue;
            }
            List<Double> data = new ArrayList<>();
            for (int r : dataRows) {
                data.add(table.body().get(r).cells().get(c).rounded());
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", String.join(" / ", table.columnLabels().get(c)));
            s.put("data", data);
            series.add(s);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
        out.put("title", table.title());
        out.put("categories", categories);
        out.put("series", series);
        return json.writeValueAsString(out);
    }
}
