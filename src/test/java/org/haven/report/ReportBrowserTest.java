package org.haven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class ReportBrowserTest extends BrowserTest {

    @Test
    @DisplayName("generate a report from /reports, watch its progress, download it and find it kept")
    void generateWatchProgressAndDownload() {
        login("mel");
        open("/reports");
        new Select(driver.findElement(By.id("g-kind"))).selectByValue("ANNUAL");
        new Select(driver.findElement(By.id("g-year"))).selectByValue("2025");
        new Select(driver.findElement(By.id("g-format"))).selectByValue("PDF");
        driver.findElement(By.id("g-submit")).click();
        wait.until(ExpectedConditions.urlMatches("/reports/jobs/[0-9a-f-]+$"));
        // the progress bar is shown while htmx polls the job (it replaces the block every half second)
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-progress")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-state")));
        waitUpTo(Duration.ofSeconds(120)).until(d -> "DONE".equals(
                d.findElement(By.id("report-status")).getAttribute("data-state")));
        assertThat(driver.findElement(By.id("report-progress")).getAttribute("value")).isEqualTo("100");
        String href = driver.findElement(By.id("report-download")).getAttribute("href");

        // the browser fetches the kept file as the signed-in user: a PDF, named after the report
        @SuppressWarnings("unchecked")
        List<Object> response = (List<Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {
                  return r.arrayBuffer().then(function (b) {
                    var head = String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5)));
                    done([r.status, r.headers.get('content-type'), r.headers.get('content-disposition'), head]);
                  });
                }).catch(function (e) { done([0, String(e), '', '']); });""", href);
        assertThat(((Number) response.get(0)).intValue()).isEqualTo(200);
        assertThat(response.get(1)).isEqualTo("application/pdf");
        assertThat((String) response.get(2)).contains("haven-annual-report-2025.pdf");
        assertThat(response.get(3)).isEqualTo("%PDF-");

        open("/reports");
        assertThat(driver.findElement(By.id("kept-reports")).getText()).contains("Annual progress report 2025")
                .contains("mel").contains("stored values");

        // and the same report opens on screen, charts drawn by the dashboards' script
        new Select(driver.findElement(By.id("o-kind"))).selectByValue("ANNUAL");
        new Select(driver.findElement(By.id("o-year"))).selectByValue("2025");
        driver.findElement(By.id("o-submit")).click();
        wait.until(ExpectedConditions.urlContains("/reports/annual/2025"));
        waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("figure.chart[data-drawn='true']")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Annual progress report 2025");
    }
}
