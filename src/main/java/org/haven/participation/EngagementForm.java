package org.haven.participation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.core.FieldProblem;
import org.haven.participation.EngagementInput.ChildCountInput;
import org.haven.participation.EngagementInput.SafeguardingInput;
import org.springframework.util.MultiValueMap;

/**
 * The engagement form as typed (strings), so a rejected form re-renders unchanged. Counts are the grid cells
 * {@code children.<SEX>.<AGE>}; a blank cell means none.
 */
record EngagementForm(String date, String activity, String country, String purpose, String modality,
        Map<String, String> counts, String childrenWithDisabilities, String childrenOnTheMove, boolean informedConsent,
        boolean focalPointNamed, boolean dataMinimised, boolean childFriendlyInformation, String whatChildrenSaid,
        String howViewsWereUsed, boolean loopClosed, String feedbackDate, boolean demo, String version) {

    private static final Pattern ITEM = Pattern.compile("^children\\[(\\d+)](\\..*)?$");

    EngagementForm {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
    }

    static String cell(String sex, String age) {
        return "children." + sex + "." + age;
    }

    static EngagementForm empty(java.time.LocalDate today) {
        return new EngagementForm(today.toString(), null, null, null, null, Map.of(), Presence.UNKNOWN.name(),
                Presence.UNKNOWN.name(), false, false, false, false, null, null, false, null, false, null);
    }

    static EngagementForm of(Engagement e) {
        Map<String, String> counts = new LinkedHashMap<>();
        e.children().forEach(c -> counts.put(cell(c.sex(), c.ageBand()), String.valueOf(c.children())));
        Safeguarding s = e.safeguarding();
        return new EngagementForm(str(e.date()), e.activityCode(), e.country(), e.purpose().name(), e.modality().name(),
                counts, e.childrenWithDisabilities().name(), e.childrenOnTheMove().name(), s.informedConsent(),
                s.focalPointNamed(), s.dataMinimised(), s.childFriendlyInformation(), e.whatChildrenSaid(),
                e.howViewsWereUsed(), e.loopClosed(), str(e.feedbackDate()), e.demo(), String.valueOf(e.version()));
    }

    static EngagementForm from(MultiValueMap<String, String> p) {
        Map<String, String> counts = new LinkedHashMap<>();
        for (String age : ChildBands.AGES) {
            for (String sex : ChildBands.SEXES) {
                String v = p.getFirst(cell(sex, age));
                if (v != null && !v.isBlank()) {
                    counts.put(cell(sex, age), v.trim());
                }
            }
        }
        return new EngagementForm(p.getFirst("date"), p.getFirst("activity"), p.getFirst("country"),
                p.getFirst("purpose"), p.getFirst("modality"), counts, p.getFirst("childrenWithDisabilities"),
                p.getFirst("childrenOnTheMove"), checked(p, "informedConsent"), checked(p, "focalPointNamed"),
                checked(p, "dataMinimised"), checked(p, "childFriendlyInformation"), p.getFirst("whatChildrenSaid"),
                p.getFirst("howViewsWereUsed"), checked(p, "loopClosed"), p.getFirst("feedbackDate"),
                checked(p, "demo"), p.getFirst("version"));
    }

    public String count(String sex, String age) {
        return counts.get(cell(sex, age));
    }

    /** The typed input; grid cells that are not whole numbers are left out and reported in {@code problems}. */
    EngagementInput toInput(List<FieldProblem> problems) {
        List<ChildCountInput> children = new ArrayList<>();
        for (String age : ChildBands.AGES) {
            for (String sex : ChildBands.SEXES) {
                String v = counts.get(cell(sex, age));
                if (v == null) {
                    continue;
                }
                try {
                    children.add(new ChildCountInput(sex, age, Integer.valueOf(v)));
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem(cell(sex, age), "the number of children (" + sex + ", " + age
                            + ") is not a whole number: " + v));
                }
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
        return new EngagementInput(date, activity, country, purpose, modality, children, childrenWithDisabilities,
                childrenOnTheMove, new SafeguardingInput(informedConsent, focalPointNamed, dataMinimised,
                childFriendlyInformation), whatChildrenSaid, howViewsWereUsed, loopClosed, feedbackDate, demo, v);
    }

    /** Problems of the n-th count item ({@code children[n]...}) renamed to the grid cell they came from. */
    List<FieldProblem> onGrid(List<FieldProblem> problems) {
        List<String> cells = new ArrayList<>();
        for (String age : ChildBands.AGES) {
            for (String sex : ChildBands.SEXES) {
                if (counts.containsKey(cell(sex, age))) {
                    cells.add(cell(sex, age));
                }
            }
        }
        return problems.stream().map(p -> {
            Matcher m = ITEM.matcher(p.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < cells.size()) {
                return new FieldProblem(cells.get(Integer.parseInt(m.group(1))), p.message());
            }
            return p;
        }).toList();
    }

    private static boolean checked(MultiValueMap<String, String> p, String name) {
        return "true".equalsIgnoreCase(p.getFirst(name)) || "on".equalsIgnoreCase(p.getFirst(name));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
