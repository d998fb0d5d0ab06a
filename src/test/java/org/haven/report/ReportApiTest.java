package org.haven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.haven.analytics.Analytics;
import org.haven.analytics.AnalyticsQuery;
import org.haven.analytics.AnalyticsRow;
import org.haven.analytics.ValueView;
import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;
import org.haven.funding.FundingFacts;
import org.haven.indicator.IndicatorCatalog;
import org.haven.indicator.IndicatorCatalog.IndicatorSummary;
import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Reports: the annual report, country profile and child-friendly summary as real tagged PDFs whose text is extracted
 * with PDFBox; the kept report (background job, stored bytes, audit); access and bad input. Demo data is on.
 */
@HavenDbTest
class ReportApiTest {

    static final int YEAR = 2025;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Analytics analytics;

    @Autowired
    IndicatorCatalog indicators;

    @Autowired
    FrameworkCatalog framework;

    @Autowired
    ReportService reports;

    @Autowired
    FundingFacts funding;

    private static RequestPostProcessor as(String user) {
        return httpBasic(user, TestDatabase.ADMIN_PASSWORD);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isPositive();
            assertThat(doc.getDocumentCatalog().getMarkInfo()).as("tagged PDF").isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).as("structure tree").isNotNull();
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static int images(byte[] pdf) throws IOException {
        int n = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** An indicator linked to a strategic or operational objective with a world value in the year, as analytics has it. */
    private String[] knownValue() {
        List<String> objectives = framework.all().stream().filter(n -> n.kind() == NodeKind.STRATEGIC_OBJECTIVE
                || n.kind() == NodeKind.OPERATIONAL_OBJECTIVE).map(FrameworkNode::code).toList();
        for (IndicatorSummary i : indicators.all()) {
            if (i.nodeCodes().stream().noneMatch(objectives::contains)) {
                continue;
            }
            for (AnalyticsRow row : analytics.query(AnalyticsQuery.of(List.of(i.code()), List.of("001"),
                    List.of(String.valueOf(YEAR))).view(ValueView.LATEST)).rows()) {
                if (row.value() != null) {
                    NumberFormat f = NumberFormat.getNumberInstance(Locale.ENGLISH);
                    f.setMinimumFractionDigits(i.decimals());
                    f.setMaximumFractionDigits(i.decimals());
                    return new String[] {i.code(), f.format(row.value())};
                }
            }
        }
        throw new AssertionError("demo data has no world value of an objective's indicator in " + YEAR);
    }

    @Test
    void annualReportPdfIsTaggedReadableWithObjectivesChartsAndValues() throws Exception {
        String[] known = knownValue();
        long start = System.nanoTime();
        MvcResult result = mvc.perform(get("/api/v1/reports/annual/{year}.pdf", YEAR).with(as("admin"))
                        .locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn();
        long millis = (System.nanoTime() - start) / 1_000_000;
        byte[] pdf = result.getResponse().getContentAsByteArray();
        System.out.println("Annual report " + YEAR + " PDF: " + millis + " ms (first request), " + pdf.length + " bytes");
        String text = text(pdf);
        for (FrameworkNode so : framework.byKind(NodeKind.STRATEGIC_OBJECTIVE)) {
            assertThat(text).contains(so.code() + " " + so.label());
        }
        assertThat(text).contains("Annual progress report " + YEAR, "OO1", "Child participation", "Gender",
                "Funding", "Lessons learned", "Activity highlights");
        assertThat(text).as("indicator %s with its value %s", known[0], known[1]).contains(known[0]).contains(known[1]);
        assertThat(images(pdf)).as("charts as images").isGreaterThanOrEqualTo(3);
        assertThat(text).contains("Pledged", "Received");
        for (int i = 0; i < 3; i++) {
            GeneratedReport again = reports.generate(ReportRequest.of("ANNUAL", String.valueOf(YEAR), null, null, "PDF",
                    false), "admin", Locale.ENGLISH, Progress.NONE);
            System.out.println("Annual report " + YEAR + " PDF, run " + (i + 2) + ": " + again.millis() + " ms wall, "
                    + again.cpuMillis() + " ms CPU, " + again.content().length + " bytes");
        }
    }

    @Test
    void annualReportHtmlIsTheSameDocument() throws Exception {
        String[] known = knownValue();
        String html = mvc.perform(get("/api/v1/reports/annual/{year}.html", YEAR).with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "report-annual-" + YEAR + ".html"), html);
        assertThat(html).contains("<title>Annual progress report " + YEAR + "</title>", "SO1", known[0], known[1],
                "data:image/png;base64,");
        assertThat(html).as("the next target set (demo targets are for 2030) is named where the year has none")
                .contains("(2030: ");
    }

    @Test
    void countryProfilePdfNamesTheCountry() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/reports/country/{iso3}/{year}.pdf", "ken", YEAR).with(as("mel")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("Country profile: Kenya, " + YEAR, "Indicators", "Child participation");
        mvc.perform(get("/api/v1/reports/country/{iso3}/{year}.pdf", "XXX", YEAR).with(as("mel")))
                .andExpect(status().isNotFound());
    }

    @Test
    void donorReportShowsTheAgreementsFundsAndActivities() throws Exception {
        FundingFacts.Agreement a = funding.agreements().stream().filter(x -> !x.activityCodes().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("demo funding has no agreement naming an activity"));
        byte[] pdf = mvc.perform(get("/api/v1/reports/donor/{id}.pdf", a.id()).with(as("mel")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("Donor report: " + a.reference(), "Funded activities and their results",
                a.activityCodes().get(0));
        mvc.perform(get("/reports/donor/{id}", a.id()).with(as("viewer"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(a.reference())));
        mvc.perform(get("/api/v1/reports/donor/{id}.pdf", 987654321L).with(as("mel"))).andExpect(status().isNotFound());
    }

    @Test
    void childFriendlySummaryIsPicturesFirstPlainLanguage() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/reports/children/{year}.pdf", YEAR).with(as("programme")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("What we did together in " + YEAR, "children told us what they think",
                "Stopping violence before it happens", "Our three big goals");
        assertThat(images(pdf)).as("big pictures").isGreaterThanOrEqualTo(4);
        mvc.perform(get("/reports/children/{year}", YEAR).with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("class=\"big\"")));
    }

    @Test
    void generatedReportIsKeptWithItsDataNoteAndAudited() throws Exception {
        long before = jdbc.sql("select count(*) from report_kept").query(Long.class).single();
        MvcResult started = mvc.perform(post("/reports/generate").with(as("mel")).with(csrf())
                        .param("kind", "COUNTRY").param("year", String.valueOf(YEAR)).param("country", "KEN")
                        .param("format", "PDF"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = started.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/reports/jobs/");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String body;
        do {
            Thread.sleep(200);
            body = mvc.perform(get(location + "/status").with(as("mel"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
        } while (body.contains("data-state=\"RUNNING\"") && System.nanoTime() < deadline);
        assertThat(body).contains("data-state=\"DONE\"", "report-download");
        Long id = jdbc.sql("select max(id) from report_kept where generated_by = 'mel' and kind = 'COUNTRY'")
                .query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from report_kept").query(Long.class).single()).isEqualTo(before + 1);
        String note = jdbc.sql("select data_note from report_kept where id = :id").param("id", id).query(String.class).single();
        assertThat(note).contains("stored values");
        assertThat(jdbc.sql("select parameters from report_kept where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("country=KEN year=" + YEAR);
        byte[] pdf = mvc.perform(get("/reports/kept/{id}/file", id).with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "haven-country-profile-KEN-" + YEAR + ".pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("Kenya");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'report' and entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/reports").with(as("viewer"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("kept-" + id)));
    }

    @Test
    void partnerUsersAreRefusedAndBadInputIsNamed() throws Exception {
        mvc.perform(get("/api/v1/reports/annual/{year}.pdf", YEAR).with(as("partner"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports").with(as("partner"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/annual/{year}.pdf", "20x5").with(as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        long before = jdbc.sql("select count(*) from report_kept").query(Long.class).single();
        mvc.perform(post("/reports/generate").with(as("admin")).with(csrf()).param("kind", "NOPE"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from report_kept").query(Long.class).single()).isEqualTo(before);
    }
}
