package org.haven.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Makes report charts: the JSON block of the web page, or a PNG drawn by JFreeChart for the PDF. */
@Component
class ReportCharts {

    /** The dashboards' palette, so web and PDF charts look alike. */
    private static final Color[] COLORS = {new Color(0x005a9c), new Color(0xb3261e), new Color(0x1a7f37),
            new Color(0x8a5300), new Color(0x6b4fa0), new Color(0x00737a), new Color(0x4a5460)};
    private static final Color INK = new Color(0x1b1f24);
    private static final int WIDTH = 1000;

    private final JsonMapper json;

    ReportCharts(JsonMapper json) {
        this.json = json;
    }

    ReportChart chart(String id, String title, String alt, String unit, List<String> categories,
            List<ReportChart.Series> series, boolean forPdf) {
        ReportChart plain = new ReportChart(id, title, alt, unit, categories, series, null, null);
        if (forPdf) {
            return new ReportChart(id, title, alt, unit, categories, series, null, png(plain));
        }
        return new ReportChart(id, title, alt, unit, categories, series, json(plain), null);
    }

    /** The {@code ChartData} shape static/js/dashboard.js reads. */
    private String json(ReportChart c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "bar");
        data.put("file", c.id());
        data.put("unit", c.unit());
        data.put("categories", c.categories());
        List<Map<String, Object>> series = new ArrayList<>();
        for (ReportChart.Series s : c.series()) {
            List<String> tips = new ArrayList<>();
            for (int i = 0; i < s.values().size(); i++) {
                Double v = s.values().get(i);
                tips.add(s.name() + ", " + c.categories().get(i) + ": " + (v == null ? "–" : trim(v)));
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", s.name());
            one.put("role", "value");
            one.put("data", s.values());
            one.put("tips", tips);
            series.add(one);
        }
        data.put("series", series);
        data.put("points", List.of());
        return json.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    /** A horizontal bar chart as a PNG data URI, twice the printed size so it stays sharp. */
    private static String png(ReportChart c) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ReportChart.Series s : c.series()) {
            for (int i = 0; i < c.categories().size(); i++) {
                data.addValue(s.values().get(i), s.name(), c.categories().get(i));
            }
        }
        CategoryAxis categories = new CategoryAxis();
        NumberAxis values = new NumberAxis(c.unit());
        Font font = new Font("DejaVu Sans", Font.PLAIN, 20);
        categories.setTickLabelFont(font);
        categories.setTickLabelPaint(INK);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        values.setTickLabelFont(font);
        values.setLabelFont(font);
        values.setTickLabelPaint(INK);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.05);
        for (int i = 0; i < c.series().size(); i++) {
            bars.setSeriesPaint(i, COLORS[i % COLORS.length]);
        }
        CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xc8ccd1));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, font, plot, c.series().size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        int height = Math.max(220, 70 + c.categories().size() * Math.max(40, 26 * c.series().size() + 14)
                + (legend == null ? 0 : 40));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
