package org.haven.partner;

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
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Component;

/** Checks partners, contacts and agreements; lists every failing field. */
@Component
class PartnerValidator {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** What an agreement may cover: objectives and priority contexts with their aims. */
    static final Set<NodeKind> AGREEMENT_NODES = EnumSet.of(NodeKind.STRATEGIC_OBJECTIVE, NodeKind.OPERATIONAL_OBJECTIVE,
            NodeKind.PRIORITY_CONTEXT, NodeKind.CONTEXT_AIM);

    private final OrgUnitDirectory orgUnits;
    private final FrameworkCatalog framework;

    PartnerValidator(OrgUnitDirectory orgUnits, FrameworkCatalog framework) {
        this.orgUnits = orgUnits;
        this.framework = framework;
    }

    /** Problems of a partner; {@code codeTaken} and {@code iatiTaken} tell whether another partner uses them. */
    List<FieldProblem> check(PartnerInput in, boolean codeTaken, boolean iatiTaken) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(in.code())) {
            problems.add(new FieldProblem("code", "code is required"));
        } else if (!CODE.matcher(in.code()).matches()) {
            problems.add(new FieldProblem("code", "code must be 1 to 40 capital letters, digits, dots, underscores or "
                    + "hyphens, starting with a letter or digit: " + in.code()));
        } else if (codeTaken) {
            problems.add(new FieldProblem("code", "code " + in.code() + " is already used by another partner"));
        }
        if (blank(in.name())) {
            problems.add(new FieldProblem("name", "name is required"));
        } else {
            maxLength(problems, "name", in.name(), 300);
        }
        if (blank(in.type())) {
            problems.add(new FieldProblem("type", "type is required"));
        } else if (!isEnum(PartnerType.class, in.type())) {
            problems.add(new FieldProblem("type", "unknown partner type " + in.type() + " (" + names(PartnerType.values()) + ")"));
        }
        if (!blank(in.donorType()) && !isEnum(DonorType.class, in.donorType())) {
            problems.add(new FieldProblem("donorType", "unknown donor type " + in.donorType() + " (" + names(DonorType.values()) + ")"));
        }
        if (!blank(in.countryCode()) && !orgUnits.isCountry(in.countryCode())) {
            problems.add(new FieldProblem("countryCode", "unknown country code " + in.countryCode()));
        }
        if (!blank(in.website())) {
            maxLength(problems, "website", in.website(), 500);
            if (!in.website().matches("https?://\\S+")) {
                problems.add(new FieldProblem("website", "website must be an http or https address: " + in.website()));
            }
        }
        if (!blank(in.iatiRef())) {
            maxLength(problems, "iatiRef", in.iatiRef(), 100);
            if (iatiTaken) {
                problems.add(new FieldProblem("iatiRef", "IATI identifier " + in.iatiRef() + " is already used by another partner"));
            }
        }
        maxLength(problems, "description", in.description(), 4000);
        return problems;
    }

    List<FieldProblem> check(ContactInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(in.name())) {
            problems.add(new FieldProblem("name", "name is required"));
        } else {
            maxLength(problems, "name", in.name(), 200);
        }
        if (!blank(in.email())) {
            maxLength(problems, "email", in.email(), 200);
            if (!EMAIL.matcher(in.email()).matches()) {
                problems.add(new FieldProblem("email", "not an e-mail address: " + in.email()));
            }
        }
        maxLength(problems, "role", in.role(), 200);
        return problems;
    }

    List<FieldProblem> check(AgreementInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(in.title())) {
            problems.add(new FieldProblem("title", "title is required"));
        } else {
            maxLength(problems, "title", in.title(), 300);
        }
        if (in.startDate() == null) {
            problems.add(new FieldProblem("startDate", "start date is required"));
        } else if (in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            problems.add(new FieldProblem("endDate", "end date " + in.endDate() + " is before start date " + in.startDate()));
        }
        maxLength(problems, "scope", in.scope(), 4000);
        for (String code : in.nodeCodes()) {
            Optional<FrameworkNode> node = framework.find(code);
            if (node.isEmpty()) {
                problems.add(new FieldProblem("nodeCodes", "unknown framework node " + code));
            } else if (node.get().retired() || !AGREEMENT_NODES.contains(node.get().kind())) {
                problems.add(new FieldProblem("nodeCodes", "framework node " + code
                        + " is not a current objective or priority context"));
            }
        }
        return problems;
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
        try {
            Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", java.util.Arrays.stream(values).map(Enum::name).toList());
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
