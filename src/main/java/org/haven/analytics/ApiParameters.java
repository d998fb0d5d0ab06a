package org.haven.analytics;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;

/**
 * Turns the parameters of {@code GET /api/v1/analytics} into an {@link AnalyticsQuery}: lists are separated by ','
 * or ';' (and parameters may repeat); the dimension columns follow the order in which dx, ou, pe and by first
 * appear in the query string; {@code filter} holds {@code node:CODE,CODE}, {@code partner:CODE} ('' or NONE for no
 * partner) and {@code approval:APPROVED|ANY} items separated by ';'.
 */
final class ApiParameters {

    private static final List<String> DIMENSIONS = List.of("dx", "ou", "pe", "by");

    private ApiParameters() {
    }

    static AnalyticsQuery query(Map<String, String[]> params, String queryString) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> dx = list(params.get("dx"));
        List<String> ou = list(params.get("ou"));
        List<String> pe = list(params.get("pe"));
        List<String> by = list(params.get("by"));
        Set<String> nodes = new LinkedHashSet<>();
        Set<String> partners = new LinkedHashSet<>();
        boolean approved = false;
        for (String item : items(params.get("filter"))) {
            int colon = item.indexOf(':');
            if (colon <= 0) {
                problems.add(new FieldProblem("filter", "'" + item + "' is not KEY:VALUE (node:SO1, partner:CODE, approval:APPROVED)"));
                continue;
            }
            String key = item.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            List<String> values = List.of(item.substring(colon + 1).split(",", -1));
            switch (key) {
                case "node", "nodes" -> values.stream().map(String::trim).filter(v -> !v.isEmpty()).forEach(nodes::add);
                case "partner", "partners" -> values.stream().map(String::trim)
                        .map(v -> v.equalsIgnoreCase("NONE") ? "" : v).forEach(partners::add);
                case "approval" -> {
                    String v = item.substring(colon + 1).trim().toUpperCase(Locale.ROOT);
                    if (v.equals("APPROVED")) {
                        approved = true;
                    } else if (!v.equals("ANY") && !v.equals("ALL")) {
                        problems.add(new FieldProblem("filter", "approval is APPROVED or ANY, not '" + v + "'"));
                    }
                }
                default -> problems.add(new FieldProblem("filter", "unknown filter '" + key
                        + "' (use node, partner or approval)"));
            }
        }
        ValueView view = ValueView.PERIOD;
        String viewText = single(params.get("view"));
        if (viewText != null) {
            try {
                view = ValueView.valueOf(viewText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("view", "'" + viewText + "' is not period, cumulative or latest"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> columns = new ArrayList<>();
        for (String name : order(queryString)) {
            if (name.equals("by")) {
                by.stream().filter(c -> !columns.contains(c)).forEach(columns::add);
            } else {
                columns.add(name);
            }
        }
        return AnalyticsQuery.of(dx, ou, pe).by(by).columns(columns).nodes(nodes).partners(partners)
                .approvedOnly(approved).view(view);
    }

    /** "json" (default), "csv" or "xlsx". */
    static String format(Map<String, String[]> params) {
        String f = single(params.get("format"));
        if (f == null || f.isBlank()) {
            return "json";
        }
        String format = f.trim().toLowerCase(Locale.ROOT);
        if (!List.of("json", "csv", "xlsx").contains(format)) {
            throw InvalidInputException.of("format", "'" + f + "' is not json, csv or xlsx");
        }
        return format;
    }

    /** dx, ou, pe and by in the order they first appear in the raw query string. */
    private static List<String> order(String queryString) {
        List<String> out = new ArrayList<>();
        if (queryString != null) {
            for (String part : queryString.split("&")) {
                int eq = part.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
                if (DIMENSIONS.contains(name) && !out.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static List<String> list(String[] values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split("[,;]")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
        }
        return out;
    }

    private static List<String> items(String[] values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(";")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
        }
        return out;
    }

    private static String single(String[] values) {
        return values == null || values.length == 0 ? null : values[values.length - 1];
    }
}
