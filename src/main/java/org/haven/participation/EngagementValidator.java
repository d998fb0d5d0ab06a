package org.haven.participation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.plan.Activity;
import org.haven.plan.ActivityCatalog;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Component;

/** Checks an engagement input field by field; every problem names its field so forms and the API can show it. */
@Component
class EngagementValidator {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final int MAX_TEXT = 4000;
    static final int MAX_COUNT = 1_000_000;

    private final ActivityCatalog activities;
    private final OrgUnitDirectory orgUnits;
    private final Clock clock;

    EngagementValidator(ActivityCatalog activities, OrgUnitDirectory orgUnits) {
        this.activities = activities;
        this.orgUnits = orgUnits;
        this.clock = Clock.systemUTC();
    }

    /** The checked engagement; throws InvalidInputException listing every failing field. */
    ValidEngagement check(EngagementInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate date = date("date", in.date(), true, problems);
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(today))) {
            problems.add(new FieldProblem("date", "date must be between " + EARLIEST + " and today (" + today
                    + "): the ledger records engagements that took place"));
        }
        Activity activity = null;
        if (blank(in.activity())) {
            problems.add(new FieldProblem("activity", "activity is required: the Action Plan activity the engagement belongs to"));
        } else {
            Optional<Activity> found = activities.findByCode(in.activity());
            if (found.isEmpty()) {
                problems.add(new FieldProblem("activity", "no activity has the code " + in.activity().trim()));
            } else {
                activity = found.get();
            }
        }
        String country = blank(in.country()) ? null : in.country().trim().toUpperCase(Locale.ROOT);
        if (country == null) {
            problems.add(new FieldProblem("country", "country is required (ISO 3166-1 alpha-3 code, e.g. KEN)"));
        } else if (!orgUnits.isCountry(country)) {
            problems.add(new FieldProblem("country", country + " is not a country code (ISO 3166-1 alpha-3, e.g. KEN)"));
        }
        Purpose purpose = choice("purpose", in.purpose(), Purpose.class, true, problems);
        Modality modality = choice("modality", in.modality(), Modality.class, true, problems);
        Presence disabilities = choice("childrenWithDisabilities", in.childrenWithDisabilities(), Presence.class, false, problems);
        Presence onTheMove = choice("childrenOnTheMove", in.childrenOnTheMove(), Presence.class, false, problems);
        List<ChildCount> children = children(in.children(), problems);
        String said = text("whatChildrenSaid", in.whatChildrenSaid(), problems);
        String used = text("howViewsWereUsed", in.howViewsWereUsed(), problems);
        boolean loopClosed = Boolean.TRUE.equals(in.loopClosed());
        LocalDate feedback = date("feedbackDate", in.feedbackDate(), false, problems);
        if (loopClosed && feedback == null && !problems.stream().anyMatch(p -> p.field().equals("feedbackDate"))) {
            problems.add(new FieldProblem("feedbackDate", "give the date feedback went back to the children when the loop is closed"));
        } else if (!loopClosed && feedback != null) {
            problems.add(new FieldProblem("feedbackDate", "a feedback date is only given when the loop is closed"));
        } else if (loopClosed && feedback != null) {
            if (date != null && feedback.isBefore(date)) {
                problems.add(new FieldProblem("feedbackDate", "feedback cannot go back before the engagement (" + date + ")"));
            } else if (feedback.isAfter(today)) {
                problems.add(new FieldProblem("feedbackDate", "feedback date cannot be in the future"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Safeguarding safeguarding = in.safeguarding() == null ? new Safeguarding(false, false, false, false)
                : in.safeguarding().toSafeguarding();
        return new ValidEngagement(date, activity, country, purpose, modality, children,
                disabilities == null ? Presence.UNKNOWN : disabilities, onTheMove == null ? Presence.UNKNOWN : onTheMove,
                safeguarding, said, used, loopClosed, loopClosed ? feedback : null, Boolean.TRUE.equals(in.demo()));
    }

    private static List<ChildCount> children(List<EngagementInput.ChildCountInput> items, List<FieldProblem> problems) {
        Map<String, ChildCount> byCell = new LinkedHashMap<>();
        boolean itemProblems = false;
        for (int i = 0; i < items.size(); i++) {
            EngagementInput.ChildCountInput c = items.get(i);
            String field = "children[" + i + "]";
            String sex = blank(c.sex()) ? null : c.sex().trim().toUpperCase(Locale.ROOT);
            String age = blank(c.ageBand()) ? null : c.ageBand().trim().toUpperCase(Locale.ROOT);
            if (sex == null || !ChildBands.SEXES.contains(sex)) {
                problems.add(new FieldProblem(field + ".sex", "sex must be one of " + ChildBands.SEXES + " (U: other or unknown)"));
                itemProblems = true;
            }
            if (age == null || !ChildBands.AGES.contains(age)) {
                problems.add(new FieldProblem(field + ".ageBand", "age band must be one of " + ChildBands.AGES));
                itemProblems = true;
            }
            if (c.children() == null || c.children() < 0 || c.children() > MAX_COUNT) {
                problems.add(new FieldProblem(field + ".children", "the number of children must be a whole number from 0 to " + MAX_COUNT));
                itemProblems = true;
            }
            if (sex != null && age != null && byCell.containsKey(sex + "/" + age)) {
                problems.add(new FieldProblem(field, "sex " + sex + " and age band " + age + " are given twice"));
                itemProblems = true;
            }
            if (sex != null && age != null && c.children() != null) {
                byCell.put(sex + "/" + age, new ChildCount(sex, age, c.children()));
            }
        }
        List<ChildCount> nonZero = byCell.values().stream().filter(c -> c.children() > 0).toList();
        if (!itemProblems && nonZero.isEmpty()) {
            problems.add(new FieldProblem("children", "count at least one child by sex and age band (numbers only, never names)"));
        }
        return nonZero;
    }

    private static String text(String field, String value, List<FieldProblem> problems) {
        if (blank(value)) {
            return null;
        }
        String t = value.trim();
        if (t.length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "at most " + MAX_TEXT + " characters (" + t.length() + " given)"));
        }
        PersonalDataGuard.problem(t).ifPresent(p -> problems.add(new FieldProblem(field, p)));
        return t;
    }

    static LocalDate date(String field, String value, boolean required, List<FieldProblem> problems) {
        if (blank(value)) {
            if (required) {
                problems.add(new FieldProblem(field, field + " is required (YYYY-MM-DD)"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, field + " is not a date (YYYY-MM-DD): " + value.trim()));
            return null;
        }
    }

    static <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required,
            List<FieldProblem> problems) {
        if (blank(value)) {
            if (required) {
                problems.add(new FieldProblem(field, field + " is required: one of " + names(type)));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, value.trim() + " is not one of " + names(type)));
            return null;
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
