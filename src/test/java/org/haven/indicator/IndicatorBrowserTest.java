package org.haven.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class IndicatorBrowserTest extends BrowserTest {

    @Test
    void browseIndicators() {
        login("viewer");
        open("/indicators");
        assertThat(driver.findElements(By.linkText("New indicator"))).isEmpty();
        driver.findElement(By.id("q")).sendKeys("16.2");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("q=16.2"));
        List<String> codes = driver.findElements(By.cssSelector("#indicator-table tbody td.code:first-child")).stream()
                .map(WebElement::getText).toList();
        assertThat(codes).contains("SDG-16.2.1", "SDG-16.2.2", "SDG-16.2.3").doesNotContain("JJ-1", "STR-01");
        WebElement row = driver.findElements(By.cssSelector("#indicator-table tbody tr")).stream()
                .filter(r -> r.getText().startsWith("SDG-16.2.2")).findFirst().orElseThrow();
        assertThat(row.getText()).contains("unverified");
        driver.findElement(By.partialLinkText("Proportion of children aged 1-17")).click();
        wait.until(ExpectedConditions.urlContains("/indicators/SDG-16.2.1"));
        assertThat(driver.findElement(By.id("series")).getText()).isEqualTo("VC_VAW_PHYPYV");
        String formula = driver.findElement(By.id("formula")).getText();
        assertThat(formula).contains("#{SV_VIOLENT_DISCIPLINE}", "#{SV_CHILDREN_1_14}", "[Children aged 1-14 who experienced");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("SDG-16.2", "Sex");
        assertThat(driver.findElements(By.linkText("Edit"))).isEmpty();
    }
}
