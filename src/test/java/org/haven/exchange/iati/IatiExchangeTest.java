package org.haven.exchange.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.haven.core.SafeXml;
import org.haven.plan.Activity;
import org.haven.plan.ActivityCatalog;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.haven.reference.OrgUnitType;
import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** IATI export (schema-valid with the demo data), round trip, import report, re-import and hostile files. */
@HavenDbTest
class IatiExchangeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActivityCatalog activities;

    @Autowired
    OrgUnitDirectory orgUnits;

    @Autowired
    IatiSettings settings;

    @Autowired
    IatiPartnerSection partnerSection;

    private static RequestPostProcessor as(String user) {
        return httpBasic(user, TestDatabase.ADMIN_PASSWORD);
    }

    private byte[] export() throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/exchange/iati/activities.xml")).andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getContentType()).startsWith("application/xml");
        return r.getResponse().getContentAsByteArray();
    }

    private MvcResult importFile(byte[] body, boolean dryRun, String name) throws Exception {
        return mvc.perform(post("/api/v1/exchange/iati/import").param("dryRun", String.valueOf(dryRun))
                .param("name", name).with(as("mel")).contentType(MediaType.APPLICATION_XML).content(body)).andReturn();
    }

    private long rows() {
        return jdbc.sql("select count(*) from iati_activity").query(Long.class).single();
    }

    private long auditRows() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'iati_activity'").query(Long.class).single();
    }

    @Test
    @DisplayName("the export of the demo Action Plan is valid against the official IATI 2.03 schema, without login")
    void exportValidatesAgainstTheOfficialSchema() throws Exception {
        byte[] xml = export();
        List<String> problems = SafeXml.validate(SafeXml.schema("standards/iati/iati-activities-schema.xsd"),
                new ByteArrayInputStream(xml));
        assertThat(problems).isEmpty();
        java.nio.file.Files.write(java.nio.file.Path.of("target", "iati-export.xml"), xml);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<iati-activities version=\"2.03\" generated-datetime=")
                .contains("<iati-identifier>" + settings.reportingOrgRef() + "-DEMO-01</iati-identifier>")
                .contains("<recipient-country code=\"KE\" percentage=\"100\">")
                .contains("<sector vocabulary=\"1\" code=\"16062\"")
                .contains("<policy-marker vocabulary=\"1\" code=\"1\" significance=\"1\"></policy-marker>")
                .contains("<budget type=\"1\" status=\"1\"><period-start iso-date=\"2024-01-15\">")
                .contains("<result type=\"2\"").contains("<baseline year=").contains("<target value=")
                // transactions from the demo funding register: commitments, incoming funds and expenditure
                .contains("<transaction><transaction-type code=\"11\">")
                .contains("<transaction><transaction-type code=\"1\">")
                .contains("<transaction><transaction-type code=\"4\">");
        assertThat(activities.all()).isNotEmpty().allSatisfy(a ->
                assertThat(text).contains("<iati-identifier>" + settings.reportingOrgRef() + "-" + a.code() + "</iati-identifier>"));
    }

    @Test
    @DisplayName("export, then import: the same titles, dates, budgets, countries, regions and statuses")
    void roundTrip() throws Exception {
        MvcResult r = importFile(export(), false, "haven-iati-activities.xml");
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode report = JSON.readTree(r.getResponse().getContentAsString());
        assertThat(report.get("activities").asInt()).isEqualTo(activities.all().size());
        for (Activity a : activities.all()) {
            String id = settings.reportingOrgRef() + "-" + a.code();
            var row = jdbc.sql("select * from iati_activity where iati_identifier = :id").param("id", id)
                    .query((rs, n) -> new Object[] {rs.getString("title"), rs.getObject("start_date", java.time.LocalDate.class),
                            rs.getObject("end_date", java.time.LocalDate.class), rs.getBigDecimal("budget_total"),
                            rs.getString("budget_currency"), rs.getString("countries"), rs.getString("regions"),
                            rs.getString("status_code")}).single();
            assertThat(row[0]).as(id).isEqualTo(a.title());
            assertThat(row[1]).as(id).isEqualTo(a.startDate());
            assertThat(row[2]).as(id).isEqualTo(a.endDate());
            if (a.budgetAmount() == null) {
                assertThat(row[3]).as(id).isNull();
            } else {
                assertThat(((BigDecimal) row[3]).compareTo(a.budgetAmount())).as(id).isZero();
                assertThat(row[4]).as(id).isEqualTo(a.budgetCurrency());
            }
            List<String> countries = new ArrayList<>();
            List<String> regions = new ArrayList<>();
            for (String code : a.areaCodes()) {
                Optional<OrgUnit> unit = orgUnits.find(code);
                while (unit.isPresent() && unit.get().type() == OrgUnitType.SUBNATIONAL) {
                    unit = orgUnits.find(unit.get().parentCode());
                }
                unit.ifPresent(u -> (u.type() == OrgUnitType.COUNTRY ? countries : regions).add(u.code()));
            }
            assertThat(split((String) row[5])).as(id).containsExactlyInAnyOrderElementsOf(countries.stream().distinct().toList());
            assertThat(split((String) row[6])).as(id).containsExactlyInAnyOrderElementsOf(regions.stream().distinct().toList());
            assertThat(row[7]).as(id).isEqualTo(IatiCodes.activityStatus(a.status()));
        }
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }

    @Test
    @DisplayName("a dry run reports per activity what is skipped and writes nothing; the import maps what fits, "
            + "matches the partner by IATI identifier and a re-import updates by iati-identifier")
    void skippedElementsReportImportAndReimport() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ref = "XM-TEST-" + suffix;
        String partner = "IATI-" + suffix;
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                insert into partner (code, name, partner_type, iati_ref, demo, version, created_at, created_by, updated_at, updated_by)
                values (:code, 'Other publisher', 'NGO', :ref, false, 0, :now, 'test', :now, 'test')""")
                .param("code", partner).param("ref", ref).param("now", now).update();
        byte[] file = IatiSamples.otherPublisher(ref, suffix, "Child helplines").getBytes(StandardCharsets.UTF_8);
        long before = rows();

        MvcResult dry = importFile(file, true, "other.xml");
        assertThat(dry.getResponse().getStatus()).as(dry.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(rows()).isEqualTo(before);
        JsonNode report = JSON.readTree(dry.getResponse().getContentAsString());
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("created").asInt()).isEqualTo(2);
        JsonNode skipped = report.get("lines").get(0).get("skipped");
        assertThat(skipped.get("transaction").asInt()).isEqualTo(2);
        assertThat(skipped.get("result").asInt()).isEqualTo(1);
        assertThat(skipped.get("location").asInt()).isEqualTo(1);
        assertThat(skipped.get("policy-marker").asInt()).isEqualTo(1);
        assertThat(skipped.get("participating-org").asInt()).isEqualTo(1);
        assertThat(skipped.get("sector (vocabulary 99)").asInt()).isEqualTo(1);
        assertThat(skipped.get("recipient-region (vocabulary 1)").asInt()).isEqualTo(1);
        assertThat(skipped.get("budget (currency USD)").asInt()).isEqualTo(1);
        assertThat(report.get("lines").get(1).get("skipped").isEmpty()).isTrue();
        assertThat(report.get("skippedTotals").get("transaction").asInt()).isEqualTo(2);

        MvcResult done = importFile(file, false, "other.xml");
        assertThat(done.getResponse().getStatus()).isEqualTo(200);
        assertThat(rows()).isEqualTo(before + 2);
        ImportedActivity a = jdbc.sql("select * from iati_activity where iati_identifier = :id")
                .param("id", ref + "-A-" + suffix).query((rs, n) -> new ImportedActivity(rs.getString("iati_identifier"),
                        rs.getString("title"), rs.getString("description"), rs.getString("reporting_org_ref"),
                        rs.getString("reporting_org_name"), rs.getString("partner_code"), rs.getString("status_code"),
                        rs.getObject("start_date", java.time.LocalDate.class), rs.getObject("end_date", java.time.LocalDate.class),
                        split(rs.getString("countries")), split(rs.getString("regions")), split(rs.getString("sectors")),
                        rs.getBigDecimal("budget_total"), rs.getString("budget_currency"))).single();
        assertThat(a.title()).isEqualTo("Child helplines");
        assertThat(a.description()).isEqualTo("Child helplines in East Africa.");
        assertThat(a.reportingOrgName()).isEqualTo("Other publisher");
        assertThat(a.partnerCode()).isEqualTo(partner);
        assertThat(a.statusCode()).isEqualTo("2");
        assertThat(a.startDate()).hasToString("2024-02-01");
        assertThat(a.endDate()).hasToString("2026-12-31");
        assertThat(a.countries()).containsExactly("KEN", "UGA");
        assertThat(a.regions()).isEmpty();
        assertThat(a.sectors()).containsExactly("15160", "151");
        assertThat(a.budgetTotal()).isEqualByComparingTo("220000.50");
        assertThat(a.budgetCurrency()).isEqualTo("EUR");
        assertThat(jdbc.sql("select regions from iati_activity where iati_identifier = :id")
                .param("id", ref + "-B-" + suffix).query(String.class).single()).isEqualTo("002");
        assertThat(partnerSection.items(partner)).extracting(i -> i.label()).contains("Child helplines", "Regional study");

        byte[] renamed = IatiSamples.otherPublisher(ref, suffix, "Child helplines, phase 2").getBytes(StandardCharsets.UTF_8);
        JsonNode again = JSON.readTree(importFile(renamed, false, "other-v2.xml").getResponse().getContentAsString());
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isEqualTo(2);
        assertThat(rows()).isEqualTo(before + 2);
        assertThat(jdbc.sql("select title from iati_activity where iati_identifier = :id").param("id", ref + "-A-" + suffix)
                .query(String.class).single()).isEqualTo("Child helplines, phase 2");
    }

    @Test
    @DisplayName("external entities, entity expansion, malformed XML, a wrong encoding, a huge file, unknown codes, "
            + "a non-IATI root: 400 naming the problem, nothing written")
    void hostileAndBadFilesAreRefusedAndChangeNothing() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE iati-activities [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <iati-activities version="2.03"><iati-activity><iati-identifier>&x;</iati-identifier></iati-activity></iati-activities>""";
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <iati-activities version="2.03"><iati-activity><iati-identifier>&lol3;</iati-identifier></iati-activity></iati-activities>""";
        String malformed = "<iati-activities version=\"2.03\"><iati-activity></iati-activities>";
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><iati-activities version=\"2.03\"><iati-activity>"
                + "<iati-identifier>X-" + suffix + "</iati-identifier><title><narrative>Caf\u00e9</narrative></title>"
                + "</iati-activity></iati-activities>").getBytes(StandardCharsets.ISO_8859_1);
        String unknownCountry = IatiSamples.otherPublisher("XM-BAD-" + suffix, suffix, "Good one")
                .replace("<recipient-region code=\"002\" vocabulary=\"2\"/>", "<recipient-country code=\"ZZ\"/>");
        String notIati = "<?xml version=\"1.0\"?><activities/>";
        byte[] huge = new byte[(int) settings.maxImportBytes() + 1];
        Arrays.fill(huge, (byte) ' ');

        long before = rows();
        long audited = auditRows();
        record Case(byte[] body, String expected) {
        }
        List<Case> cases = List.of(new Case(xxe.getBytes(StandardCharsets.UTF_8), "DOCTYPE"),
                new Case(laughs.getBytes(StandardCharsets.UTF_8), "DOCTYPE"),
                new Case(malformed.getBytes(StandardCharsets.UTF_8), "line 1"),
                new Case(latin1, "line 1"),
                new Case(unknownCountry.getBytes(StandardCharsets.UTF_8),
                        "activity 2 (XM-BAD-" + suffix + "-B-" + suffix + "): recipient-country"),
                new Case(notIati.getBytes(StandardCharsets.UTF_8), "not an IATI activity file"),
                new Case(huge, "larger than"));
        for (Case c : cases) {
            MvcResult r = importFile(c.body(), false, "bad.xml");
            String body = r.getResponse().getContentAsString();
            assertThat(r.getResponse().getStatus()).as(body).isEqualTo(400);
            assertThat(body).contains(c.expected());
        }
        assertThat(rows()).isEqualTo(before);
        assertThat(auditRows()).isEqualTo(audited);
        assertThat(jdbc.sql("select count(*) from iati_activity where iati_identifier like :p")
                .param("p", "XM-BAD-" + suffix + "%").query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("the import page shows a refused file's problem (400) and writes nothing")
    void importPageShowsWhyAFileIsRefused() throws Exception {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>";
        long before = rows();
        MvcResult r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/exchange/iati")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "evil.xml", "application/xml",
                        xxe.getBytes(StandardCharsets.UTF_8)))
                .with(as("mel")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(r.getResponse().getContentAsString()).contains("id=\"iati-problems\"")
                .contains("XML with a DOCTYPE (DTDs, entities) is refused").doesNotContain("id=\"iati-commit\"");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    @DisplayName("only staff import; the import page needs a login")
    void importNeedsStaff() throws Exception {
        byte[] file = IatiSamples.otherPublisher("XM-V", "v", "t").getBytes(StandardCharsets.UTF_8);
        mvc.perform(post("/api/v1/exchange/iati/import").with(as("viewer")).content(file)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/exchange/iati/import").content(file))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(401, 403));
        mvc.perform(get("/exchange/iati")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/exchange/iati").with(as("programme"))).andExpect(status().isOk());
    }
}
