package org.haven.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class ActivityEditBrowserTest extends BrowserTest {

    @Test
    @DisplayName("create and edit an activity with a progress update")
    void createAndEditAnActivityWithAProgressUpdate() {
        login("programme");
        open("/activities");
        driver.findElement(By.linkText("New activity")).click();
        wait.until(ExpectedConditions.urlContains("/activities/new"));

        String code = "BROWSER-" + UUID.randomUUID().toString().substring(0, 6);
        driver.findElement(By.id("code")).sendKeys(code);
        driver.findElement(By.id("title")).sendKeys("Browser-made activity");
        new Select(driver.findElement(By.id("leadImplementer"))).selectByValue("UNODC");
        Select nodes = new Select(driver.findElement(By.id("nodeCodes")));
        nodes.selectByValue("SO1");
        nodes.selectByValue("AWR");
        new Select(driver.findElement(By.id("areaCodes"))).selectByValue("KEN");
        driver.findElement(By.id("budgetAmount")).sendKeys("2500");
        new Select(driver.findElement(By.id("budgetCurrency"))).selectByValue("EUR");
        driver.findElement(By.id("save-activity")).click();
        wait.until(ExpectedConditions.urlMatches("/activities/\\d+$"));
        assertThat(driver.findElement(By.id("activity-title")).getText()).isEqualTo("Browser-made activity");
        assertThat(driver.findElement(By.id("activity-areas")).getText()).contains("Kenya");

        driver.findElement(By.id("edit-activity")).click();
        wait.until(ExpectedConditions.urlContains("/edit"));
        WebElement title = driver.findElement(By.id("title"));
        title.clear();
        title.sendKeys("Browser-edited activity");
        driver.findElement(By.id("save-activity")).click();
        wait.until(ExpectedConditions.urlMatches("/activities/\\d+$"));
        assertThat(driver.findElement(By.id("activity-title")).getText()).isEqualTo("Browser-edited activity");

        new Select(driver.findElement(By.id("progress-status"))).selectByValue("ONGOING");
        WebElement percent = driver.findElement(By.id("percentComplete"));
        percent.clear();
        percent.sendKeys("35");
        driver.findElement(By.id("narrative")).sendKeys("Inception workshop held with partners.");
        driver.findElement(By.cssSelector("#progress-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("progress-history")));
        String history = driver.findElement(By.id("progress-history")).getText();
        assertThat(history).contains("Inception workshop held with partners.").contains("35%").contains("Ongoing");
        assertThat(driver.findElement(By.id("activity-status")).getText()).isEqualTo("Ongoing");
    }
}
