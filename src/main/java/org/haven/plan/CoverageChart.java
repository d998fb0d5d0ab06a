package org.haven.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.haven.framework.FrameworkNode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of the optional ECharts picture drawn above each table by static/js/coverage.js, as JSON for a data-chart
 * attribute. The table stays the accessible source of truth; the picture repeats it for sighted mouse users.
 */
@Component
class CoverageChart {

    private final JsonMapper json;
    private final MessageSource messages;

    CoverageChart(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    String json(CoverageTable table, Locale locale) {
        CoverageMatrix m = table.matrix();
        List<List<String>> labels = table.cells().stream()
                .map(row -> row.stream().map(cell -> messages.getMessage("coverage.cell.label",
                        new Object[] {cell.count(), cell.row().label(), cell.column().label()}, locale)).toList())
                .toList();
        List<List<Integer>> heat = table.cells().stream()
                .map(row -> row.stream().map(CoverageTable.Cell::heat).toList()).toList();
        List<List<String>> hrefs = table.cells().stream()
                .map(row -> row.stream().map(CoverageTable.Cell::href).toList()).toList();
        return json.writeValueAsString(Map.of(
                "rows", axis(m.rows()),
                "columns", axis(m.columns()),
                "cells", m.cells(),
                "heat", heat,
                "labels", labels,
                "hrefs", hrefs));
    }

    private static List<String> axis(List<FrameworkNode> nodes) {
        return nodes.stream().map(n -> n.code() + " " + n.label()).toList();
    }
}
