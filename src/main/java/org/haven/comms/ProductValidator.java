package org.haven.comms;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;
import org.haven.plan.Activity;
import org.haven.plan.ActivityCatalog;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Component;

/** Checks a product input field by field; every problem names its field so forms and the API can show it. */
@Component
class ProductValidator {

    /** The framework nodes a product may serve: objectives, priority contexts and their aims. */
    static final Set<NodeKind> LINKABLE = EnumSet.of(NodeKind.STRATEGIC_OBJECTIVE, NodeKind.OPERATIONAL_OBJECTIVE,
            NodeKind.PRIORITY_CONTEXT, NodeKind.CONTEXT_AIM);
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final int MAX_PEOPLE = 1_000_000_000;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final ActivityCatalog activities;
    private final OrgUnitDirectory orgUnits;
    private final FrameworkCatalog framework;
    private final Audiences audiences;
    private final Clock clock = Clock.systemUTC();

    ProductValidator(ActivityCatalog activities, OrgUnitDirectory orgUnits, FrameworkCatalog framework,
            Audiences audiences) {
        this.activities = activities;
        this.orgUnits = orgUnits;
        this.framework = framework;
        this.audiences = audiences;
    }

    ValidProduct check(ProductInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = blank(in.title()) ? null : in.title().trim();
        if (title == null) {
            problems.add(new FieldProblem("title", "title is required"));
        } else if (title.length() > 300) {
            problems.add(new FieldProblem("title", "title has at most 300 characters"));
        }
        ProductKind kind = choice("kind", in.kind(), ProductKind.class, problems);
        Channel channel = choice("channel", in.channel(), Channel.class, problems);
        ProductStatus status = choice("status", in.status(), ProductStatus.class, problems);
        String language = blank(in.language()) ? null : in.language().trim().toLowerCase(Locale.ROOT);
        if (language == null) {
            problems.add(new FieldProblem("language", "language is required (ISO 639-1 code, e.g. en, fr, es)"));
        } else if (!LANGUAGES.contains(language)) {
            problems.add(new FieldProblem("language", language + " is not an ISO 639-1 language code (e.g. en, fr, es, ar)"));
        }
        LocalDate date = date(in.date(), problems);
        if (date != null && status == ProductStatus.DELIVERED && date.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("date", "a delivered product cannot be dated in the future; plan it instead"));
        }
        String orgUnit = blank(in.orgUnit()) ? null : in.orgUnit().trim().toUpperCase(Locale.ROOT);
        if (orgUnit == null) {
            problems.add(new FieldProblem("orgUnit", "org unit is required: World (001), a region or a country"));
        } else if (orgUnits.find(orgUnit).isEmpty()) {
            problems.add(new FieldProblem("orgUnit", orgUnit + " is not an org unit code (001 World, 002 Africa, KEN ...)"));
        }
        Activity activity = null;
        if (!blank(in.activity())) {
            Optional<Activity> found = activities.findByCode(in.activity());
            if (found.isEmpty()) {
                problems.add(new FieldProblem("activity", "no activity has the code " + in.activity().trim()));
            } else {
                activity = found.get();
            }
        }
        String summary = blank(in.summary()) ? null : in.summary().trim();
        if (summary != null && summary.length() > 2000) {
            problems.add(new FieldProblem("summary", "summary has at most 2000 characters"));
        }
        String link = blank(in.link()) ? null : in.link().trim();
        if (link != null && !isWebLink(link)) {
            problems.add(new FieldProblem("link", "link must be a web address starting with https:// or http://"));
        }
        List<String> nodes = nodes(in.nodes(), problems);
        List<String> targets = audiences(in.audiences(), problems);
        List<Reach> reach = reach(in.reach(), targets, status, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ValidProduct(title, kind, channel, language, date, status, orgUnit, activity, summary, link, nodes,
                targets, reach, Boolean.TRUE.equals(in.demo()));
    }

    private List<String> nodes(List<String> codes, List<FieldProblem> problems) {
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            Optional<FrameworkNode> node = framework.find(code.toUpperCase(Locale.ROOT));
            if (node.isEmpty()) {
                problems.add(new FieldProblem("nodes", code + " is not a framework node code"));
            } else if (!LINKABLE.contains(node.get().kind()) || node.get().retired()) {
                problems.add(new FieldProblem("nodes", code + " is not an objective, priority context or context aim "
                        + "that takes links"));
            } else {
                out.add(node.get().code());
            }
        }
        return out;
    }

    private List<String> audiences(List<String> codes, List<FieldProblem> problems) {
        List<String> known = audiences.codes();
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            String c = code.toUpperCase(Locale.ROOT);
            if (!known.contains(c)) {
                problems.add(new FieldProblem("audiences", code + " is not one of the Strategy's audiences " + known));
            } else {
                out.add(c);
            }
        }
        if (codes.isEmpty()) {
            problems.add(new FieldProblem("audiences", "choose at least one audience"));
        }
        return out;
    }

    private static List<Reach> reach(List<ProductInput.ReachInput> items, List<String> targets, ProductStatus status,
            List<FieldProblem> problems) {
        Map<String, Reach> byCell = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ProductInput.ReachInput r = items.get(i);
            String field = "reach[" + i + "]";
            String audience = blank(r.audience()) ? null : r.audience().trim().toUpperCase(Locale.ROOT);
            String sex = blank(r.sex()) ? "U" : r.sex().trim().toUpperCase(Locale.ROOT);
            if (audience == null || !targets.contains(audience)) {
                problems.add(new FieldProblem(field + ".audience", "reach is given for " + audience
                        + ", which is not among the product's audiences"));
            }
            if (!Audiences.SEXES.contains(sex)) {
                problems.add(new FieldProblem(field + ".sex", "sex must be one of " + Audiences.SEXES + " (U: not known)"));
            }
            if (r.people() == null || r.people() < 0 || r.people() > MAX_PEOPLE) {
                problems.add(new FieldProblem(field + ".people", "people reached must be a whole number from 0 to " + MAX_PEOPLE));
            } else if (audience != null && byCell.containsKey(audience + "/" + sex)) {
                problems.add(new FieldProblem(field, "reach of " + audience + " and sex " + sex + " is given twice"));
            } else if (audience != null) {
                byCell.put(audience + "/" + sex, new Reach(audience, sex, r.people()));
            }
        }
        List<Reach> nonZero = byCell.values().stream().filter(r -> r.people() > 0).toList();
        if (!nonZero.isEmpty() && status != null && status != ProductStatus.DELIVERED) {
            problems.add(new FieldProblem("reach", "reach is recorded once a product is delivered (status DELIVERED)"));
        }
        return nonZero;
    }

    private static LocalDate date(String value, List<FieldProblem> problems) {
        if (blank(value)) {
            problems.add(new FieldProblem("date", "date is required (YYYY-MM-DD)"));
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.trim());
            if (d.isBefore(EARLIEST) || d.getYear() > 2100) {
                problems.add(new FieldProblem("date", "date must be between " + EARLIEST + " and 2100-12-31"));
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("date", "date is not a date (YYYY-MM-DD): " + value.trim()));
            return null;
        }
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = URI.create(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && link.length() <= 1000;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static <E extends Enum<E>> E choice(String field, String value, Class<E> type, List<FieldProblem> problems) {
        String names = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        if (blank(value)) {
            problems.add(new FieldProblem(field, field + " is required: one of " + names));
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, value.trim() + " is not one of " + names));
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
