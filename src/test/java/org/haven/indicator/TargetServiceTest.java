package org.haven.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** SDG-16.2.1 is a percentage disaggregated by SEX; STR-05 a milestone with three stages. */
@HavenDbTest
class TargetServiceTest {

    static final String PCT = "SDG-16.2.1";

    @Autowired
    TargetService service;

    @Autowired
    TargetCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    String unit;

    @BeforeEach
    void freshUnit() {
        unit = TargetTestUnits.underKenya(jdbc);
    }

    static TargetInput baseline(String orgUnit, int year, String value) {
        return new TargetInput("BASELINE", orgUnit, String.valueOf(year), "", value, "Test survey " + year, null, null);
    }

    static TargetInput target(String orgUnit, int year, String value) {
        return new TargetInput("TARGET", orgUnit, String.valueOf(year), "", value, null, null, null);
    }

    static void assertField(Runnable action, String field, String messagePart) {
        assertThatThrownBy(action::run).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::field)
                        .contains(field))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).filteredOn(p -> p.field().equals(field))
                        .extracting(FieldProblem::message).anyMatch(m -> m.contains(messagePart)));
    }

    long rows(String orgUnit) {
        return jdbc.sql("select count(*) from indicator_target where org_unit_code = :o").param("o", orgUnit)
                .query(Long.class).single();
    }

    @Test
    @WithUserDetails("mel")
    void createsABaselineAndTargetsThatTheCatalogReturnsWithoutInterpolation() {
        IndicatorTarget b = service.create(PCT, baseline(unit, 2019, "62.5"));
        service.create(PCT, target(unit, 2025, "55"));
        service.create(PCT, target(unit, 2030, "40"));
        service.create(PCT, new TargetInput("TARGET", unit, "2030", " SEX : F ", "38", null, null, null));
        assertThat(b.kind()).isEqualTo(TargetKind.BASELINE);
        assertThat(b.value()).isEqualByComparingTo("62.5");
        assertThat(b.createdBy()).isEqualTo("mel");
        assertThat(catalog.baseline(PCT, unit, null)).get().extracting(IndicatorTarget::year).isEqualTo(2019);
        assertThat(catalog.target(PCT, unit, 2030, "")).get().extracting(IndicatorTarget::value)
                .isEqualTo(new BigDecimal("40"));
        assertThat(catalog.target(PCT, unit, 2030, "SEX:F")).get().extracting(IndicatorTarget::combo).isEqualTo("SEX:F");
        assertThat(catalog.target(PCT, unit, 2027, "")).as("no interpolation between 2025 and 2030").isEmpty();
        assertThat(catalog.forIndicator(PCT, unit)).extracting(t -> t.kind() + " " + t.year() + " " + t.combo())
                .containsExactly("BASELINE 2019 ", "TARGET 2025 ", "TARGET 2030 ", "TARGET 2030 SEX:F");
    }

    @Test
    @WithUserDetails("mel")
    void aSecondBaselineOrARepeatedTargetYearIsRefusedAndNothingChanges() {
        service.create(PCT, baseline(unit, 2019, "60"));
        service.create(PCT, target(unit, 2030, "40"));
        assertField(() -> service.create(PCT, baseline(unit, 2021, "58")), "year", "already exists (year 2019");
        assertField(() -> service.create(PCT, target(unit, 2030, "35")), "year", "already exists");
        assertThat(rows(unit)).isEqualTo(2);
        assertThat(catalog.baseline(PCT, unit, "")).get().extracting(IndicatorTarget::year).isEqualTo(2019);
    }

    @Test
    @WithUserDetails("mel")
    void theBaselineYearChangesThroughUpdate() {
        IndicatorTarget b = service.create(PCT, baseline(unit, 2019, "60"));
        IndicatorTarget moved = service.update(PCT, b.id(), new TargetInput("BASELINE", unit, "2021", "", "58",
                "Test survey 2021", null, b.version()));
        assertThat(moved.year()).isEqualTo(2021);
        assertThat(moved.version()).isEqualTo(b.version() + 1);
        assertThat(catalog.forIndicator(PCT, unit)).hasSize(1);
    }

    @Test
    @WithUserDetails("mel")
    void unknownOrgUnitIsNamed() {
        assertField(() -> service.create(PCT, target("XX-NOPE", 2030, "40")), "orgUnit", "unknown org unit XX-NOPE");
    }

    @Test
    @WithUserDetails("mel")
    void valuesOutsideTheTypeBoundsAreRefused() {
        assertField(() -> service.create(PCT, target(unit, 2030, "120")), "value", "percentage from 0 to 100");
        assertField(() -> service.create(PCT, target(unit, 2030, "-1")), "value", "0 to 100");
        assertField(() -> service.create("STR-05", target(unit, 2030, "3")), "value", "stage from 0 to 2");
        assertField(() -> service.create("STR-03", target(unit, 2030, "-5")), "value", "0 or more");
        assertField(() -> service.create(PCT, target(unit, 2030, "many")), "value", "a number");
        assertThat(service.create("STR-05", target(unit, 2030, "2")).value()).isEqualByComparingTo("2");
        assertThat(rows(unit)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("mel")
    void yearsOutsideTheirRangesAreRefused() {
        assertField(() -> service.create(PCT, target(unit, 2031, "40")), "year", "from 2023 to 2030");
        assertField(() -> service.create(PCT, target(unit, 2022, "40")), "year", "from 2023 to 2030");
        assertField(() -> service.create(PCT, baseline(unit, 1989, "40")), "year", "from 1990");
        assertField(() -> service.create(PCT, new TargetInput("BASELINE", unit, "2019", "", "40", " ", null, null)),
                "source", "required for a baseline");
        assertThat(rows(unit)).isZero();
    }

    @Test
    @WithUserDetails("mel")
    void combinationsMustUseTheIndicatorsCategoriesAndOptions() {
        assertField(() -> service.create(PCT, new TargetInput("TARGET", unit, "2030", "AGE_CHILD:Y0T4", "40", null, null, null)),
                "combo", "category AGE_CHILD does not disaggregate indicator SDG-16.2.1 (use SEX)");
        assertField(() -> service.create(PCT, new TargetInput("TARGET", unit, "2030", "SEX:Q", "40", null, null, null)),
                "combo", "unknown option Q of category SEX");
        assertField(() -> service.create(PCT, new TargetInput("TARGET", unit, "2030", "SEX", "40", null, null, null)),
                "combo", "not CATEGORY:OPTION");
        IndicatorTarget t = service.create("STR-03", new TargetInput("TARGET", unit, "2030", "SEX:F; PROFESSION:" + option("PROFESSION"),
                "40", null, null, null));
        assertThat(t.combo()).isEqualTo("PROFESSION:" + option("PROFESSION") + ";SEX:F");
    }

    String option(String category) {
        return jdbc.sql("select code from category_option where category_code = :c order by sort_order, code limit 1")
                .param("c", category).query(String.class).single();
    }

    @Test
    @WithUserDetails("focal.ken")
    void aFocalPointSetsTargetsOnlyInTheirCountries() {
        assertThat(service.create(PCT, target(unit, 2030, "40")).orgUnitCode()).isEqualTo(unit);
        assertThatThrownBy(() -> service.create(PCT, target("BRA", 2029, "40"))).isInstanceOf(AccessDeniedException.class);
        assertThat(catalog.target(PCT, "BRA", 2029, "")).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerMayNotSetTargets() {
        assertThatThrownBy(() -> service.create(PCT, target(unit, 2030, "40"))).isInstanceOf(AccessDeniedException.class);
        assertThat(rows(unit)).isZero();
    }

    @Test
    @WithUserDetails("mel")
    void everyChangeIsAuditedAndAStaleVersionIsAConflict() {
        IndicatorTarget t = service.create(PCT, target(unit, 2030, "40"));
        IndicatorTarget changed = service.update(PCT, t.id(), new TargetInput("TARGET", unit, "2030", "", "35", null, "revised", t.version()));
        assertThat(changed.value()).isEqualByComparingTo("35");
        assertThatThrownBy(() -> service.update(PCT, t.id(), new TargetInput("TARGET", unit, "2030", "", "30", null, null, t.version())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.delete(PCT, t.id(), t.version())).isInstanceOf(ConflictException.class);
        assertThat(catalog.target(PCT, unit, 2030, "")).get().extracting(IndicatorTarget::value).isEqualTo(new BigDecimal("35"));
        service.delete(PCT, t.id(), changed.version());
        assertThat(catalog.target(PCT, unit, 2030, "")).isEmpty();
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'indicator_target' and entity_id = :id order by id")
                .param("id", String.valueOf(t.id())).query(String.class).list()).containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(jdbc.sql("select actor from audit_event where entity_type = 'indicator_target' and entity_id = :id and action = 'CREATE'")
                .param("id", String.valueOf(t.id())).query(String.class).single()).isEqualTo("mel");
    }

    @Test
    void demoBaselinesAreLabelledIllustrative() {
        assertThat(catalog.baseline(PCT, "KEN", "")).get().satisfies(b -> {
            assertThat(b.source()).isEqualTo("Demo baseline (illustrative)");
            assertThat(b.note()).isEqualTo("demo");
        });
        assertThat(catalog.target(PCT, "001", 2030, null)).isPresent();
    }
}
