package org.haven.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.haven.core.FieldProblem;
import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;
import org.haven.partner.PartnerDirectory;
import org.haven.reference.CurrencyDirectory;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.haven.reference.OrgUnitType;
import org.springframework.stereotype.Component;

/** Checks an activity or progress update against the framework and reference data; lists every failing field. */
@Component
class ActivityValidator {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");

    /** Framework kinds an activity may link to. */
    static final Set<NodeKind> LINKABLE = EnumSet.of(NodeKind.STRATEGIC_OBJECTIVE, NodeKind.OPERATIONAL_OBJECTIVE,
            NodeKind.PILLAR, NodeKind.TA_SERVICE, NodeKind.PRIORITY_CONTEXT, NodeKind.CONTEXT_AIM,
            NodeKind.ECOLOGICAL_LEVEL, NodeKind.BENCHMARK, NodeKind.KEY_CHANGE_INDICATOR, NodeKind.SDG_GOAL,
            NodeKind.SDG_TARGET);

    private static final Set<OrgUnitType> AREA_TYPES = EnumSet.of(OrgUnitType.WORLD, OrgUnitType.REGION,
            OrgUnitType.SUBREGION, OrgUnitType.INTERMEDIATE_REGION, OrgUnitType.COUNTRY);

    private final FrameworkCatalog framework;
    private final OrgUnitDirectory orgUnits;
    private final CurrencyDirectory currencies;
    private final PartnerDirectory partners;

    ActivityValidator(FrameworkCatalog framework, OrgUnitDirectory orgUnits, CurrencyDirectory currencies,
            PartnerDirectory partners) {
        this.partners = partners;
        this.framework = framework;
        this.orgUnits = orgUnits;
        this.currencies = currencies;
    }

    /** Problems of the input; {@code codeTaken} tells whether another activity already uses the code. */
    List<FieldProblem> check(ActivityInput in, boolean codeTaken) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(in.code())) {
            problems.add(new FieldProblem("code", "code is required"));
        } else if (in.code().trim().length() > 40 || !CODE.matcher(in.code().trim()).matches()) {
            problems.add(new FieldProblem("code",
                    "code must be 1 to 40 letters, digits, dots, underscores or hyphens: " + in.code().trim()));
        } else if (codeTaken) {
            problems.add(new FieldProblem("code", "code " + in.code().trim() + " is already used by another activity"));
        }
        if (blank(in.title())) {
            problems.add(new FieldProblem("title", "title is required"));
        } else {
            maxLength(problems, "title", in.title(), 300);
        }
        maxLength(problems, "description", in.description(), 8000);
        for (String code : in.partners()) {
            if (partners.find(code).isEmpty()) {
                problems.add(new FieldProblem("partners", "unknown partner code " + code));
            }
        }
        maxLength(problems, "childParticipationNote", in.childParticipationNote(), 2000);
        checkLead(problems, in.leadImplementer());
        for (String code : in.nodeCodes()) {
            checkNode(problems, code);
        }
        for (String code : in.areaCodes()) {
            Optional<OrgUnit> unit = orgUnits.find(code);
            if (unit.isEmpty() || !AREA_TYPES.contains(unit.get().type())) {
                problems.add(new FieldProblem("areaCodes", "unknown country or region code " + code));
            }
        }
        if (in.startDate() != null && in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            problems.add(new FieldProblem("endDate", "end date " + in.endDate() + " is before start date " + in.startDate()));
        }
        if (blank(in.status())) {
            problems.add(new FieldProblem("status", "status is required"));
        } else {
            status(problems, "status", in.status());
        }
        checkBudget(problems, in.budgetAmount(), in.budgetCurrency());
        if (in.genderMarker() != null && (in.genderMarker() < 0 || in.genderMarker() > 3)) {
            problems.add(new FieldProblem("genderMarker", "gender marker must be 0, 1, 2 or 3: " + in.genderMarker()));
        }
        if (!blank(in.childParticipation())) {
            participation(problems, in.childParticipation());
        }
        percent(problems, in.percentComplete());
        return problems;
    }

    List<FieldProblem> check(ProgressInput in, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (in.reportDate() == null) {
            problems.add(new FieldProblem("reportDate", "report date is required"));
        } else if (in.reportDate().isAfter(today)) {
            problems.add(new FieldProblem("reportDate", "report date " + in.reportDate() + " is in the future"));
        }
        if (blank(in.narrative())) {
            problems.add(new FieldProblem("narrative", "narrative is required"));
        } else {
            maxLength(problems, "narrative", in.narrative(), 8000);
        }
        if (blank(in.status())) {
            problems.add(new FieldProblem("status", "status is required"));
        } else {
            status(problems, "status", in.status());
        }
        percent(problems, in.percentComplete());
        return problems;
    }

    private void checkLead(List<FieldProblem> problems, String lead) {
        if (blank(lead)) {
            problems.add(new FieldProblem("leadImplementer", "lead implementer is required"));
            return;
        }
        Optional<FrameworkNode> node = framework.find(lead.trim());
        if (node.isEmpty() || node.get().kind() != NodeKind.IMPLEMENTER || node.get().retired()) {
            problems.add(new FieldProblem("leadImplementer", "unknown implementer " + lead.trim()));
        }
    }

    private void checkNode(List<FieldProblem> problems, String code) {
        Optional<FrameworkNode> node = framework.find(code);
        if (node.isEmpty()) {
            problems.add(new FieldProblem("nodeCodes", "unknown framework node " + code));
        } else if (node.get().retired()) {
            problems.add(new FieldProblem("nodeCodes", "framework node " + code + " is retired and takes no new links"));
        } else if (!LINKABLE.contains(node.get().kind())) {
            problems.add(new FieldProblem("nodeCodes", "framework node " + code + " is a "
                    + node.get().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " and cannot be linked to an activity"));
        }
    }

    private void checkBudget(List<FieldProblem> problems, BigDecimal amount, String currency) {
        if (amount != null) {
            if (amount.signum() < 0) {
                problems.add(new FieldProblem("budgetAmount", "budget amount must be 0 or more: " + amount.toPlainString()));
            } else if (amount.scale() > 2 || amount.precision() - amount.scale() > 16) {
                problems.add(new FieldProblem("budgetAmount",
                        "budget amount must have at most 16 digits before and 2 after the decimal point: " + amount.toPlainString()));
            }
            if (blank(currency)) {
                problems.add(new FieldProblem("budgetCurrency", "a budget amount needs a currency"));
            }
        }
        if (!blank(currency) && !currencies.exists(currency.trim())) {
            problems.add(new FieldProblem("budgetCurrency", "unknown currency " + currency.trim()));
        }
    }

    private static void status(List<FieldProblem> problems, String field, String value) {
        try {
            ActivityStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "unknown status " + value.trim()
                    + " (PLANNED, ONGOING, COMPLETED, DELAYED or CANCELLED)"));
        }
    }

    private static void participation(List<FieldProblem> problems, String value) {
        try {
            ChildParticipation.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("childParticipation", "unknown child participation level " + value.trim()
                    + " (NONE, CONSULTATIVE, COLLABORATIVE or CHILD_LED)"));
        }
    }

    private static void percent(List<FieldProblem> problems, Integer percent) {
        if (percent != null && (percent < 0 || percent > 100)) {
            problems.add(new FieldProblem("percentComplete", "percent complete must be between 0 and 100: " + percent));
        }
    }

    private static void maxLength(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, field + " must be at most " + max + " characters"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
