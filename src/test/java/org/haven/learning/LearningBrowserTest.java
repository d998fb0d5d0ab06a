package org.haven.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class LearningBrowserTest extends BrowserTest {

    @Test
    @DisplayName("record an evaluation with a recommendation, set the management response, see it overdue and on the node's learning page")
    void recordEvaluationRecommendationResponseAndSeeItOverdueOnTheNodePage() {
        login("mel");
        open("/");
        driver.findElement(By.xpath("//summary[normalize-space()='Strategy']")).click();
        driver.findElement(By.linkText("Learning")).click();
        wait.until(ExpectedConditions.urlMatches("/learning$"));
        long overdueBefore = Long.parseLong(driver.findElement(By.id("count-overdue")).getText());

        driver.findElement(By.id("new-evaluation")).click();
        wait.until(ExpectedConditions.urlContains("/learning/evaluations/new"));
        String title = "Browser evaluation " + UUID.randomUUID().toString().substring(0, 6);
        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.id("evaluator")).sendKeys("Browser evaluation team");
        driver.findElement(By.id("scope")).sendKeys("Justice support in two pilot countries.");
        driver.findElement(By.id("reportUrl")).sendKeys("https://example.org/browser-report.pdf");
        new Select(driver.findElement(By.id("nodeCodes"))).selectByValue("JUS-5");
        new Select(driver.findElement(By.id("activityCodes"))).selectByValue("DEMO-05");
        driver.findElement(By.id("save-evaluation")).click();
        wait.until(ExpectedConditions.urlMatches("/learning/evaluations/\\d+$"));
        assertThat(driver.findElement(By.id("evaluation-title")).getText()).isEqualTo(title);
        assertThat(driver.findElement(By.id("report-link")).getAttribute("href"))
                .isEqualTo("https://example.org/browser-report.pdf");

        driver.findElement(By.id("add-recommendation")).click();
        wait.until(ExpectedConditions.urlContains("/recommendations/new"));
        driver.findElement(By.id("text")).sendKeys("Mentor the trained prosecutors for six months.");
        driver.findElement(By.id("save-recommendation")).click();
        wait.until(ExpectedConditions.urlMatches("/learning/evaluations/\\d+#recommendation-\\d+$"));
        WebElement table = driver.findElement(By.id("recommendations-table"));
        assertThat(table.getText()).contains("Mentor the trained prosecutors").contains("Awaiting response")
                .doesNotContain("Overdue");

        driver.findElement(By.cssSelector("#recommendations-table a[href*='/edit']")).click();
        wait.until(ExpectedConditions.urlContains("/learning/recommendations/"));
        new Select(driver.findElement(By.id("managementResponse"))).selectByValue("ACCEPTED");
        driver.findElement(By.id("owner")).sendKeys("Justice section");
        setDate(driver.findElement(By.id("dueDate")), LocalDate.now(ZoneOffset.UTC).minusDays(3));
        new Select(driver.findElement(By.id("followUpStatus"))).selectByValue("IN_PROGRESS");
        driver.findElement(By.id("save-recommendation")).click();
        wait.until(ExpectedConditions.urlMatches("/learning/evaluations/\\d+#recommendation-\\d+$"));
        table = driver.findElement(By.id("recommendations-table"));
        assertThat(table.getText()).contains("Accepted").contains("Justice section")
                .contains("In progress").contains("Overdue");

        open("/learning");
        assertThat(Long.parseLong(driver.findElement(By.id("count-overdue")).getText())).isEqualTo(overdueBefore + 1);
        assertThat(driver.findElement(By.id("overdue-recommendations")).getText()).contains(title);

        open("/framework/nodes/JUS");
        driver.findElement(By.linkText("Learning page of JUS")).click();
        wait.until(ExpectedConditions.urlContains("/learning/nodes/JUS"));
        assertThat(driver.findElement(By.id("scope-note")).getText()).contains("JUS-5");
        assertThat(driver.findElement(By.id("node-evaluations")).getText()).contains(title);
        WebElement recs = driver.findElement(By.id("node-recommendations"));
        assertThat(recs.getText()).contains("Mentor the trained prosecutors").contains("Overdue");
    }

    /** Date inputs take typed digits in the browser's locale order; setting the value is locale-proof. */
    private void setDate(WebElement input, LocalDate date) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, date.toString());
    }
}
