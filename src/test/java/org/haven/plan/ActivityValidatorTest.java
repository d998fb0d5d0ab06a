package org.haven.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.haven.core.FieldProblem;
import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;
import org.haven.partner.PartnerDirectory;
import org.haven.partner.PartnerRef;
import org.haven.partner.PartnerType;
import org.haven.reference.Currency;
import org.haven.reference.CurrencyDirectory;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.haven.reference.OrgUnitType;
import org.junit.jupiter.api.Test;

class ActivityValidatorTest {

    private static final Map<String, FrameworkNode> NODES = Map.of(
            "SO1", node("SO1", NodeKind.STRATEGIC_OBJECTIVE, false),
            "AWR", node("AWR", NodeKind.PILLAR, false),
            "OLD", node("OLD", NodeKind.PILLAR, true),
            "VISION", node("VISION", NodeKind.VISION, false),
            "UNODC", node("UNODC", NodeKind.IMPLEMENTER, false));

    private static final Map<String, OrgUnit> UNITS = Map.of(
            "KEN", new OrgUnit("KEN", "Kenya", OrgUnitType.COUNTRY, 5, "014", "404", "001/002/202/014/KEN"),
            "002", new OrgUnit("002", "Africa", OrgUnitType.REGION, 2, "001", "002", "001/002"),
            "KE-01", new OrgUnit("KE-01", "Baringo", OrgUnitType.SUBNATIONAL, 6, "KEN", null, "001/002/202/014/KEN/KE-01"));

    private final ActivityValidator validator = new ActivityValidator(new FrameworkCatalog() {
        @Override
        public Optional<FrameworkNode> find(String code) {
            return Optional.ofNullable(NODES.get(code));
        }

        @Override
        public List<FrameworkNode> byKind(NodeKind kind) {
            return NODES.values().stream().filter(n -> n.kind() == kind).toList();
        }

        @Override
        public List<FrameworkNode> all() {
            return List.copyOf(NODES.values());
        }
    }, new OrgUnitDirectory() {
        @Override
        public Optional<OrgUnit> find(String code) {
            return Optional.ofNullable(UNITS.get(code));
        }

        @Override
        public boolean isCountry(String code) {
            return find(code).filter(u -> u.type() == OrgUnitType.COUNTRY).isPresent();
        }

        @Override
        public List<OrgUnit> countries() {
            return List.of(UNITS.get("KEN"));
        }

        @Override
        public List<OrgUnit> list(Integer level, String parentCode, OrgUnitType type) {
            return List.copyOf(UNITS.values());
        }

        @Override
        public List<OrgUnit> regions() {
            return List.of(UNITS.get("002"));
        }
    }, new CurrencyDirectory() {
        @Override
        public boolean exists(String code) {
            return "USD".equals(code) || "EUR".equals(code);
        }

        @Override
        public List<Currency> all() {
            return List.of(new Currency("USD", "US Dollar", 2), new Currency("EUR", "Euro", 2));
        }
    }, new PartnerDirectory() {
        @Override
        public Optional<PartnerRef> find(String code) {
            return "DEMO-NGO".equalsIgnoreCase(code)
                    ? Optional.of(new PartnerRef("DEMO-NGO", "NGO", PartnerType.NGO, null, null, null, true))
                    : Optional.empty();
        }

        @Override
        public List<PartnerRef> all() {
            return List.of();
        }

        @Override
        public List<PartnerRef> donors() {
            return List.of();
        }

        @Override
        public List<ActivityPartner> ofActivity(String activityCode) {
            return List.of();
        }
    });

    private static FrameworkNode node(String code, NodeKind kind, boolean retired) {
        return new FrameworkNode(1, code, kind, null, code + " title", null, null, 0, retired, 0);
    }

    private static ActivityInput valid() {
        return new ActivityInput("KEN-2025.01_a", "A title", null, "UNODC", null, List.of("SO1", "AWR"),
                List.of("KEN", "002"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "PLANNED",
                new BigDecimal("1000.00"), "USD", 2, "NONE", null, 10, false, null);
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }

    private static ActivityInput with(String field, Object value) {
        ActivityInput v = valid();
        return new ActivityInput(
                field.equals("code") ? (String) value : v.code(),
                field.equals("title") ? (String) value : v.title(), v.description(),
                field.equals("lead") ? (String) value : v.leadImplementer(),
                field.equals("partners") ? castList(value) : v.partners(),
                field.equals("nodes") ? List.of((String) value) : v.nodeCodes(),
                field.equals("areas") ? List.of((String) value) : v.areaCodes(),
                v.startDate(), field.equals("end") ? (LocalDate) value : v.endDate(),
                field.equals("status") ? (String) value : v.status(),
                field.equals("amount") ? (BigDecimal) value : v.budgetAmount(),
                field.equals("currency") ? (String) value : v.budgetCurrency(),
                field.equals("gender") ? (Integer) value : v.genderMarker(),
                field.equals("participation") ? (String) value : v.childParticipation(), null,
                field.equals("percent") ? (Integer) value : v.percentComplete(), false, null);
    }

    private List<String> problems(ActivityInput in) {
        return validator.check(in, false).stream().map(p -> p.field() + ": " + p.message()).toList();
    }

    @Test
    void aCompleteActivityIsValid() {
        assertThat(validator.check(valid(), false)).isEmpty();
    }

    @Test
    void codeIsRequiredUniqueAndLimitedToSafeCharacters() {
        assertThat(problems(with("code", " "))).containsExactly("code: code is required");
        assertThat(problems(with("code", "A B"))).singleElement().asString().startsWith("code: code must be");
        assertThat(problems(with("code", "a/b"))).singleElement().asString().startsWith("code: code must be");
        assertThat(validator.check(valid(), true)).extracting(FieldProblem::field).containsExactly("code");
    }

    @Test
    void partnersMustBeRegistered() {
        assertThat(validator.check(with("partners", List.of("demo-ngo")), false)).isEmpty();
        assertThat(validator.check(with("partners", List.of("DEMO-NGO", "NOBODY")), false))
                .containsExactly(new FieldProblem("partners", "unknown partner code NOBODY"));
    }

    @Test
    void titleIsRequired() {
        assertThat(problems(with("title", null))).containsExactly("title: title is required");
    }

    @Test
    void leadImplementerMustBeAnImplementerNode() {
        assertThat(problems(with("lead", "SO1"))).containsExactly("leadImplementer: unknown implementer SO1");
        assertThat(problems(with("lead", null))).containsExactly("leadImplementer: lead implementer is required");
    }

    @Test
    void nodesMustExistBeCurrentAndLinkable() {
        assertThat(problems(with("nodes", "XYZ"))).containsExactly("nodeCodes: unknown framework node XYZ");
        assertThat(problems(with("nodes", "OLD"))).singleElement().asString().contains("OLD is retired");
        assertThat(problems(with("nodes", "VISION"))).singleElement().asString().contains("VISION is a vision");
        assertThat(problems(with("nodes", "UNODC"))).singleElement().asString().contains("cannot be linked");
    }

    @Test
    void areasMustBeCountriesOrRegions() {
        assertThat(problems(with("areas", "QQQ"))).containsExactly("areaCodes: unknown country or region code QQQ");
        assertThat(problems(with("areas", "KE-01"))).containsExactly("areaCodes: unknown country or region code KE-01");
    }

    @Test
    void budgetNeedsANonNegativeAmountAndAKnownCurrency() {
        assertThat(problems(with("currency", "ZZZ"))).containsExactly("budgetCurrency: unknown currency ZZZ");
        assertThat(problems(with("currency", null))).containsExactly("budgetCurrency: a budget amount needs a currency");
        assertThat(problems(with("amount", new BigDecimal("-1")))).singleElement().asString()
                .startsWith("budgetAmount: budget amount must be 0 or more");
        assertThat(problems(with("amount", new BigDecimal("1.005")))).singleElement().asString().startsWith("budgetAmount:");
    }

    @Test
    void markersStatusParticipationPercentAndDatesAreChecked() {
        assertThat(problems(with("gender", 4))).singleElement().asString().startsWith("genderMarker:");
        assertThat(problems(with("gender", -1))).singleElement().asString().startsWith("genderMarker:");
        assertThat(problems(with("status", "DONE"))).singleElement().asString().startsWith("status: unknown status DONE");
        assertThat(problems(with("status", null))).containsExactly("status: status is required");
        assertThat(problems(with("participation", "FULL"))).singleElement().asString()
                .startsWith("childParticipation: unknown child participation level FULL");
        assertThat(problems(with("percent", 101))).singleElement().asString().startsWith("percentComplete:");
        assertThat(problems(with("end", LocalDate.of(2024, 12, 31)))).singleElement().asString()
                .startsWith("endDate: end date 2024-12-31 is before start date 2025-01-01");
    }

    @Test
    void progressUpdatesNeedAPastDateANarrativeAStatusAndAPercentUpTo100() {
        LocalDate today = LocalDate.of(2025, 6, 1);
        assertThat(validator.check(new ProgressInput(today, "Done", "COMPLETED", 100), today)).isEmpty();
        assertThat(validator.check(new ProgressInput(today.plusDays(1), " ", "FINISHED", 120), today))
                .extracting(FieldProblem::field)
                .containsExactly("reportDate", "narrative", "status", "percentComplete");
        assertThat(validator.check(new ProgressInput(null, "x", "ONGOING", null), today))
                .extracting(FieldProblem::message).containsExactly("report date is required");
    }

    @Test
    void filterParametersAreParsedAndCombinedIntoRequiredNodes() {
        org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
        params.add("node", "AWR");
        params.add("node", "CYB");
        params.add("pillar", "TA");
        params.add("sort", "budget");
        params.add("dir", "desc");
        ActivityFilter f = ActivityFilter.from(params);
        assertThat(f.requiredNodes()).containsExactly("AWR", "CYB", "TA");
        assertThat(f.sort()).isEqualTo(ActivitySort.BUDGET);
        assertThat(f.descending()).isTrue();
        assertThat(ActivitySort.parse("1; drop table activity")).isEqualTo(ActivitySort.CODE);
        assertThat(ActivityStore.likeEscape("50%_!")).isEqualTo("50!%!_!!");
    }
}
