package org.haven.comms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.core.FieldProblem;
import org.haven.comms.ProductInput.ReachInput;
import org.springframework.util.MultiValueMap;

/**
 * The product form as typed (strings), so a rejected form re-renders unchanged. Reach is the grid of cells
 * {@code reach.<AUDIENCE>.<SEX>}; a blank cell means none.
 */
record ProductForm(String title, String kind, String channel, String language, String date, String status,
        String orgUnit, String activity, String summary, String link, List<String> nodes, List<String> audiences,
        Map<String, String> reach, boolean demo, String version) {

    private static final Pattern ITEM = Pattern.compile("^reach\\[(\\d+)](\\..*)?$");

    ProductForm {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        reach = reach == null ? Map.of() : Map.copyOf(reach);
    }

    static String cell(String audience, String sex) {
        return "reach." + audience + "." + sex;
    }

    static ProductForm empty() {
        return new ProductForm(null, null, null, "en", null, ProductStatus.PLANNED.name(), "001", null, null, null,
                List.of(), List.of(), Map.of(), false, null);
    }

    static ProductForm of(CommsProduct p) {
        Map<String, String> reach = new LinkedHashMap<>();
        p.reach().forEach(r -> reach.put(cell(r.audience(), r.sex()), String.valueOf(r.people())));
        return new ProductForm(p.title(), p.kind().name(), p.channel().name(), p.language(), p.date().toString(),
                p.status().name(), p.orgUnit(), p.activityCode(), p.summary(), p.link(), List.copyOf(p.nodeCodes()),
                p.audiences(), reach, p.demo(), String.valueOf(p.version()));
    }

    static ProductForm from(MultiValueMap<String, String> p, List<String> audienceCodes) {
        Map<String, String> reach = new LinkedHashMap<>();
        for (String a : audienceCodes) {
            for (String s : Audiences.SEXES) {
                String v = p.getFirst(cell(a, s));
                if (v != null && !v.isBlank()) {
                    reach.put(cell(a, s), v.trim());
                }
            }
        }
        return new ProductForm(p.getFirst("title"), p.getFirst("kind"), p.getFirst("channel"), p.getFirst("language"),
                p.getFirst("date"), p.getFirst("status"), p.getFirst("orgUnit"), p.getFirst("activity"),
                p.getFirst("summary"), p.getFirst("link"), p.get("nodes"), p.get("audiences"), reach,
                "true".equalsIgnoreCase(p.getFirst("demo")), p.getFirst("version"));
    }

    public String people(String audience, String sex) {
        return reach.get(cell(audience, sex));
    }

    /** The typed input; reach cells that are not whole numbers are left out and reported in {@code problems}. */
    ProductInput toInput(List<String> audienceCodes, List<FieldProblem> problems) {
        List<ReachInput> items = new ArrayList<>();
        for (String cellKey : cells(audienceCodes)) {
            String[] parts = cellKey.split("\\.");
            try {
                items.add(new ReachInput(parts[1], parts[2], Integer.valueOf(reach.get(cellKey))));
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(cellKey, "people reached (" + parts[1] + ", " + parts[2]
                        + ") is not a whole number: " + reach.get(cellKey)));
            }
        }
        Integer v = null;
        if (version != null && !version.isBlank()) {
            try {
                v = Integer.valueOf(version.trim());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("version", "version is not a whole number"));
            }
        }
        return new ProductInput(title, kind, channel, language, date, status, orgUnit, activity, summary, link, nodes,
                audiences, items, demo, v);
    }

    /** Problems of the n-th reach item renamed to the grid cell they came from. */
    List<FieldProblem> onGrid(List<String> audienceCodes, List<FieldProblem> problems) {
        List<String> cells = cells(audienceCodes);
        return problems.stream().map(p -> {
            Matcher m = ITEM.matcher(p.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < cells.size()) {
                return new FieldProblem(cells.get(Integer.parseInt(m.group(1))), p.message());
            }
            return p;
        }).toList();
    }

    private List<String> cells(List<String> audienceCodes) {
        List<String> cells = new ArrayList<>();
        for (String a : audienceCodes) {
            for (String s : Audiences.SEXES) {
                if (reach.containsKey(cell(a, s))) {
                    cells.add(cell(a, s));
                }
            }
        }
        return cells;
    }
}
