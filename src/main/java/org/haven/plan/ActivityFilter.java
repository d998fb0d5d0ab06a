package org.haven.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The filters of the Action Plan list, its exports and the API, as request parameters:
 * q, status, lead, so, oo, pillar, ta, context, aim, level, sdg, area, gender, participation, startFrom, endTo,
 * demo (true/false), node (repeatable: activities linked to ALL given codes), sort, dir (asc/desc).
 * The per-kind node filters (so .. sdg) are single node codes and combine with the node list.
 */
record ActivityFilter(String q, ActivityStatus status, String lead, String so, String oo, String pillar, String ta,
        String context, String aim, String level, String sdg, String area, Integer gender,
        ChildParticipation participation, LocalDate startFrom, LocalDate endTo, Boolean demo, List<String> nodes,
        ActivitySort sort, boolean descending) {

    static final List<String> KIND_PARAMS = List.of("so", "oo", "pillar", "ta", "context", "aim", "level", "sdg");

    static ActivityFilter none() {
        return from(new LinkedMultiValueMap<>());
    }

    /** Reads the filter from request parameters; a malformed value is a 400 naming the parameter. */
    static ActivityFilter from(MultiValueMap<String, String> params) {
        List<FieldProblem> problems = new ArrayList<>();
        ActivityStatus status = null;
        String s = one(params, "status");
        if (s != null) {
            try {
                status = ActivityStatus.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("status", "unknown status " + s));
            }
        }
        ChildParticipation participation = null;
        String p = one(params, "participation");
        if (p != null) {
            try {
                participation = ChildParticipation.valueOf(p.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("participation", "unknown child participation level " + p));
            }
        }
        Integer gender = null;
        String g = one(params, "gender");
        if (g != null) {
            try {
                gender = Integer.valueOf(g);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("gender", "gender marker must be 0, 1, 2 or 3: " + g));
            }
        }
        LocalDate from = date(params, "startFrom", problems);
        LocalDate to = date(params, "endTo", problems);
        String d = one(params, "demo");
        Boolean demo = d == null ? null : Boolean.valueOf("true".equalsIgnoreCase(d) || "on".equalsIgnoreCase(d));
        Set<String> nodes = new LinkedHashSet<>();
        List<String> given = params.get("node");
        if (given != null) {
            given.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).forEach(nodes::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ActivityFilter(one(params, "q"), status, one(params, "lead"), one(params, "so"), one(params, "oo"),
                one(params, "pillar"), one(params, "ta"), one(params, "context"), one(params, "aim"),
                one(params, "level"), one(params, "sdg"), one(params, "area"), gender, participation, from, to, demo,
                List.copyOf(nodes), ActivitySort.parse(one(params, "sort")), "desc".equalsIgnoreCase(one(params, "dir")));
    }

    /** Every node code an activity must be linked to: the node list plus the per-kind filters. */
    List<String> requiredNodes() {
        Set<String> all = new LinkedHashSet<>(nodes);
        for (String code : new String[] {so, oo, pillar, ta, context, aim, level, sdg}) {
            if (code != null) {
                all.add(code);
            }
        }
        return List.copyOf(all);
    }

    /** The filter as request parameters (without sort when it is the default), to build links that keep it. */
    MultiValueMap<String, String> toParams(boolean withSort) {
        MultiValueMap<String, String> m = new LinkedMultiValueMap<>();
        put(m, "q", q);
        put(m, "status", status == null ? null : status.name());
        put(m, "lead", lead);
        String[] kinds = {so, oo, pillar, ta, context, aim, level, sdg};
        for (int i = 0; i < kinds.length; i++) {
            put(m, KIND_PARAMS.get(i), kinds[i]);
        }
        put(m, "area", area);
        put(m, "gender", gender == null ? null : gender.toString());
        put(m, "participation", participation == null ? null : participation.name());
        put(m, "startFrom", startFrom == null ? null : startFrom.toString());
        put(m, "endTo", endTo == null ? null : endTo.toString());
        put(m, "demo", demo == null ? null : demo.toString());
        nodes.forEach(n -> m.add("node", n));
        if (withSort && (sort != ActivitySort.CODE || descending)) {
            m.add("sort", sort.param());
            m.add("dir", descending ? "desc" : "asc");
        }
        return m;
    }

    boolean isEmpty() {
        return toParams(false).isEmpty();
    }

    private static void put(MultiValueMap<String, String> m, String key, String value) {
        if (value != null) {
            m.add(key, value);
        }
    }

    private static LocalDate date(MultiValueMap<String, String> params, String name, List<FieldProblem> problems) {
        String v = one(params, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, name + " is not a date (YYYY-MM-DD): " + v));
            return null;
        }
    }

    private static String one(MultiValueMap<String, String> params, String name) {
        String v = params.getFirst(name);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
