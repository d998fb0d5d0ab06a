package org.haven.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.core.FieldProblem;
import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HavenDbTest
class IndicatorRegistryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryStore store;

    @Autowired
    AuditLog audit;

    @Autowired
    List<org.haven.framework.NodeLinkContributor> contributors;

    @Test
    void theShippedLibraryHoldsSdg1621WithItsSeries() {
        Indicator i = store.indicator("SDG-16.2.1").orElseThrow();
        assertThat(i.sdgSeriesCodes()).contains("VC_VAW_PHYPYV");
        assertThat(i.internationalCode()).isEqualTo("SDG 16.2.1");
        assertThat(i.responsibleOffice()).isEqualTo("UNICEF");
        assertThat(i.name()).startsWith("Proportion of children aged 1-17 years");
        assertThat(i.nodeCodes()).contains("SDG-16.2");
        assertThat(store.indicators()).extracting(Indicator::internationalCode).contains("SDG 16.2.2", "SDG 16.2.3",
                "SDG 16.1.1", "SDG 16.3.2", "SDG 5.2.1", "SDG 5.2.2", "SDG 5.3.1", "SDG 5.3.2", "SDG 8.7.1");
    }

    @Test
    void juvenileJusticeIndicatorsAreFormulasOverExistingElements() {
        Set<String> elements = store.elements().stream().map(DataElement::code).collect(Collectors.toSet());
        Indicator jj1 = store.indicator("JJ-1").orElseThrow();
        assertThat(jj1.type()).isEqualTo(IndicatorType.RATE);
        assertThat(jj1.multiplier()).isEqualByComparingTo("100000");
        assertThat(jj1.nodeCodes()).contains("SO3", "JUS");
        List<String> refs = FormulaParser.parse(jj1.numerator() + " / (" + jj1.denominator() + ")").elementRefs()
                .stream().map(Formula.ElementRef::element).toList();
        assertThat(refs).containsExactly("JJ_ARRESTED", "CHILD_POPULATION");
        assertThat(elements).containsAll(refs);
        List<Indicator> jj = store.indicators().stream().filter(i -> i.source() == IndicatorSource.JJ).toList();
        assertThat(jj).hasSize(15);
        assertThat(jj).filteredOn(Indicator::coreIndicator).extracting(Indicator::code)
                .containsExactlyInAnyOrder("JJ-2", "JJ-3", "JJ-9", "JJ-10");
        assertThat(store.indicator("JJ-14").orElseThrow().type()).isEqualTo(IndicatorType.YES_NO);
        assertThat(store.indicator("JJ-4").orElseThrow().type()).isEqualTo(IndicatorType.AVERAGE);
        assertThat(store.indicator("JJ-12").orElseThrow().unverified()).isTrue();
        assertThat(store.indicator("JJ-9").orElseThrow().unverified()).isFalse();
    }

    @Test
    void everyObjectiveAndKeyChangeIndicatorHasAnIndicator() {
        for (String node : List.of("SO1", "SO2", "SO3", "OO1", "OO2", "OO3", "OO4", "KCI-1", "KCI-2", "KCI-3")) {
            assertThat(store.linkedTo(node)).as(node).isNotEmpty();
        }
    }

    @Test
    void frameworkNodePagesListLinkedIndicators() {
        org.haven.framework.NodeLinkContributor links = contributors.stream()
                .filter(c -> c.sectionKey().equals("indicator.node.indicators")).findFirst().orElseThrow();
        assertThat(links.linkedTo("SDG-16.2")).extracting(org.haven.framework.NodeLinkContributor.NodeLink::href)
                .contains("/indicators/SDG-16.2.1", "/indicators/SDG-16.2.2");
        assertThat(links.linkedTo("SDG-16.2")).filteredOn(l -> l.href().endsWith("SDG-16.2.2"))
                .extracting(org.haven.framework.NodeLinkContributor.NodeLink::detail).containsExactly("Rate · SDG 16.2.2 · unverified");
        assertThat(links.linkedTo("NO-SUCH-NODE")).isEmpty();
    }

    @Test
    void aFormulaWithAnUnknownElementIsRejectedNamingTheFieldAndTheCode() throws Exception {
        Indicator before = store.indicator("STR-01").orElseThrow();
        IndicatorForm form = withNumerator(IndicatorForm.of(before), "#{NO_SUCH_ELEMENT} + #{AWARENESS_REACHED.SEX:X}");
        MvcResult result = mvc.perform(submit("/indicators/STR-01", form, "mel")).andExpect(status().isBadRequest()).andReturn();
        assertThat(problems(result)).contains(new FieldProblem("numerator", "unknown data element NO_SUCH_ELEMENT"),
                new FieldProblem("numerator", "unknown option X of category SEX"));
        assertThat(store.indicator("STR-01").orElseThrow()).isEqualTo(before);
    }

    @Test
    void indicatorReferenceCyclesAreRejected() throws Exception {
        String a = "CYC-A" + System.nanoTime();
        String b = "CYC-B" + System.nanoTime();
        mvc.perform(submit("/indicators", withNumerator(form(a), "#{JJ_ARRESTED}"), "mel")).andExpect(status().is3xxRedirection());
        mvc.perform(submit("/indicators", withNumerator(form(b), "I{" + a + "} * 2"), "admin")).andExpect(status().is3xxRedirection());
        IndicatorForm change = withNumerator(IndicatorForm.of(store.indicator(a).orElseThrow()), "I{" + b + "} + 1");
        MvcResult result = mvc.perform(submit("/indicators/" + a, change, "mel")).andExpect(status().isBadRequest()).andReturn();
        assertThat(problems(result)).contains(new FieldProblem("numerator",
                "indicator references form a cycle: " + a + " -> " + b + " -> " + a));
        assertThat(store.indicator(a).orElseThrow().numerator()).isEqualTo("#{JJ_ARRESTED}");
    }

    @Test
    void anUpdateIsAuditedAndAStaleVersionRefused() throws Exception {
        String code = "AUD-" + System.nanoTime();
        mvc.perform(submit("/indicators", form(code), "admin")).andExpect(status().is3xxRedirection());
        Indicator created = store.indicator(code).orElseThrow();
        IndicatorForm change = withNumerator(IndicatorForm.of(created), "#{JJ_ARRESTED.SEX:F}");
        mvc.perform(submit("/indicators/" + code, change, "mel")).andExpect(status().is3xxRedirection());
        List<AuditEvent> events = audit.find("indicator", code, 1, 10).items();
        assertThat(events).extracting(AuditEvent::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(events.get(0).actor()).isEqualTo("mel");
        assertThat(events.get(0).afterJson()).contains("#{JJ_ARRESTED.SEX:F}");
        mvc.perform(submit("/indicators/" + code, withNumerator(change, "#{JJ_DETAINED}"), "mel"))
                .andExpect(status().isConflict());
        assertThat(store.indicator(code).orElseThrow().numerator()).isEqualTo("#{JJ_ARRESTED.SEX:F}");
    }

    @Test
    void aViewerCannotEdit() throws Exception {
        Indicator before = store.indicator("STR-01").orElseThrow();
        mvc.perform(submit("/indicators/STR-01", withNumerator(IndicatorForm.of(before), "#{PROF_TRAINED}"), "viewer"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/indicators/STR-01/edit").with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/indicators/STR-01").with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk());
        assertThat(store.indicator("STR-01").orElseThrow()).isEqualTo(before);
    }

    @Test
    void dataElementChangesAreValidatedAndAudited() throws Exception {
        String code = "DE_" + System.nanoTime();
        mvc.perform(post("/dataelements").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD))
                .param("code", code).param("name", "Test element").param("valueType", "INTEGER")
                .param("aggregationOrg", "SUM").param("aggregationTime", "SUM").param("categories", "SEX, AGE_CHILD"))
                .andExpect(status().is3xxRedirection());
        assertThat(store.element(code).orElseThrow().categoryCodes()).containsExactly("SEX", "AGE_CHILD");
        MvcResult bad = mvc.perform(post("/dataelements/" + code).with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD))
                .param("code", code).param("name", "Test element").param("valueType", "INTEGER").param("version", "0")
                .param("aggregationOrg", "SUM").param("aggregationTime", "SUM").param("categories", "SEX, NO_SUCH"))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(problems(bad)).containsExactly(new FieldProblem("categories", "unknown category NO_SUCH"));
        mvc.perform(post("/dataelements/" + code).with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD))
                .param("code", code).param("name", "Renamed").param("valueType", "INTEGER").param("version", "0")
                .param("aggregationOrg", "SUM").param("aggregationTime", "LAST").param("categories", "AGE_CHILD"))
                .andExpect(status().is3xxRedirection());
        assertThat(store.element(code).orElseThrow().categoryCodes()).containsExactly("AGE_CHILD");
        assertThat(audit.find("data_element", code, 1, 10).items()).extracting(AuditEvent::action)
                .containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        MvcResult used = mvc.perform(post("/dataelements/JJ_ARRESTED").with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD))
                .param("name", "x").param("valueType", "INTEGER").param("aggregationOrg", "SUM").param("aggregationTime", "SUM"))
                .andExpect(status().isForbidden()).andReturn();
        assertThat(used.getResponse().getStatus()).isEqualTo(403);
    }

    private static IndicatorForm form(String code) {
        return new IndicatorForm(code, "Test indicator " + code, null, "COUNT", "children", "0", "HIGHER_IS_BETTER",
                "SUM", "SUM", null, "YEARLY", null, "#{JJ_ARRESTED}", null, null, null, null, null, false, false, null,
                List.of("SO3"), null);
    }

    private static IndicatorForm withNumerator(IndicatorForm f, String numerator) {
        return new IndicatorForm(f.code(), f.name(), f.definition(), f.type(), f.unit(), f.decimals(), f.direction(),
                f.aggregationOrg(), f.aggregationTime(), f.dataSource(), f.frequency(), f.responsibleOffice(), numerator,
                f.denominator(), f.multiplier(), f.milestoneStages(), f.internationalCode(), f.sdgSeriesCodes(),
                f.coreIndicator(), f.unverified(), f.sourceNote(), f.nodes(), f.version());
    }

    private static MockHttpServletRequestBuilder submit(String path, IndicatorForm f, String user) {
        MockHttpServletRequestBuilder r = post(path).with(httpBasic(user, TestDatabase.ADMIN_PASSWORD))
                .param("code", f.code()).param("name", f.name()).param("type", f.type()).param("decimals", f.decimals())
                .param("direction", f.direction()).param("aggregationOrg", f.aggregationOrg())
                .param("aggregationTime", f.aggregationTime()).param("frequency", f.frequency())
                .param("numerator", f.numerator());
        param(r, "definition", f.definition());
        param(r, "unit", f.unit());
        param(r, "dataSource", f.dataSource());
        param(r, "responsibleOffice", f.responsibleOffice());
        param(r, "denominator", f.denominator());
        param(r, "multiplier", f.multiplier());
        param(r, "milestoneStages", f.milestoneStages());
        param(r, "internationalCode", f.internationalCode());
        param(r, "sdgSeriesCodes", f.sdgSeriesCodes());
        param(r, "sourceNote", f.sourceNote());
        if (f.coreIndicator()) {
            r.param("coreIndicator", "true");
        }
        if (f.unverified()) {
            r.param("unverified", "true");
        }
        f.nodes().forEach(n -> r.param("nodes", n));
        if (f.version() != null) {
            r.param("version", String.valueOf(f.version()));
        }
        return r;
    }

    private static void param(MockHttpServletRequestBuilder r, String name, String value) {
        if (value != null) {
            r.param(name, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> problems(MvcResult result) {
        return (List<FieldProblem>) result.getModelAndView().getModel().get("problems");
    }
}
