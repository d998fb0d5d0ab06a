package org.haven.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** JJ-12 has no demo targets, so the table for Kenya appears only once the target is set. */
class TargetBrowserTest extends BrowserTest {

    @Test
    void setATarget() {
        login("mel");
        open("/indicators/JJ-12");
        driver.findElement(By.linkText("See and set baselines and targets")).click();
        wait.until(ExpectedConditions.urlContains("/indicators/JJ-12/targets"));
        new Select(driver.findElement(By.id("kind"))).selectByValue("TARGET");
        new Select(driver.findElement(By.id("orgUnit"))).selectByValue("KEN");
        WebElement year = driver.findElement(By.id("year"));
        year.clear();
        year.sendKeys("2030");
        driver.findElement(By.id("value")).sendKeys("75");
        driver.findElement(By.cssSelector("#target-form button[type=submit]")).click();

        WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("targets-KEN")));
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).contains("saved");
        List<String> headers = table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
        List<WebElement> cells = table.findElements(By.cssSelector("tbody tr:first-child > *"));
        assertThat(cells.get(0).getText()).isEqualTo("Total");
        assertThat(cells.get(headers.indexOf("2030")).getText()).startsWith("75");
        assertThat(cells.get(headers.indexOf("2029")).getText()).isEmpty();
        // the chart is drawn from the section's data-chart attribute by static/js/targets.js
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ou-KEN ~ .target-chart svg")));
    }
}
