package org.haven.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class ActivityListBrowserTest extends BrowserTest {

    @Test
    @DisplayName("filter and export the list")
    void filterAndExportTheList() throws Exception {
        login("viewer");
        open("/activities");
        driver.findElement(By.id("f-q")).sendKeys("campaign");
        // choosing a pillar submits the filter form (data-autosubmit)
        new Select(driver.findElement(By.id("f-pillar"))).selectByValue("AWR");
        wait.until(ExpectedConditions.urlContains("pillar=AWR"));
        assertThat(driver.getCurrentUrl()).contains("q=campaign");

        String table = driver.findElement(By.id("activities")).getText();
        assertThat(table).contains("DEMO-02").doesNotContain("DEMO-14").doesNotContain("DEMO-01");
        assertThat(driver.findElement(By.id("result-count")).getText()).matches("\\d+ activit(y|ies)");

        String href = driver.findElement(By.id("export-csv")).getAttribute("href");
        assertThat(href).contains("/activities/export.csv").contains("q=campaign").contains("pillar=AWR");

        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(rows).extracting(r -> r.get("code")).contains("DEMO-02").doesNotContain("DEMO-14");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("node_codes").split(";")).contains("AWR");
            assertThat((r.get("code") + r.get("title") + r.get("description") + r.get("partners")).toLowerCase())
                    .contains("campaign");
        });

        driver.findElement(By.cssSelector("a.chip")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("pillar=AWR")));
        assertThat(driver.getCurrentUrl()).contains("q=campaign");
    }
}
