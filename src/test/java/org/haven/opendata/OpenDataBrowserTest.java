package org.haven.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Anonymous visitors open the open-data page, find an indicator, open its metadata sheet and see the downloads. */
class OpenDataBrowserTest extends BrowserTest {

    @Test
    void anonymousVisitorOpensAnIndicatorSheetWithDownloads() {
        driver.manage().deleteAllCookies();
        open("/open-data");
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Open data");
        assertThat(driver.findElement(By.id("licence")).getText()).contains("CC BY 4.0");
        assertThat(driver.findElement(By.id("api")).getText()).contains("curl").contains("/api/v1/public/data?indicator=");

        // search for the homicide series imported from the SDG Global Database and open its sheet
        driver.findElement(By.id("q")).sendKeys("VC_IHR_PSRC");
        driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("q=VC_IHR_PSRC"));
        List<WebElement> links = driver.findElements(By.cssSelector("#indicator-list th a"));
        assertThat(links).isNotEmpty();
        String code = links.get(0).getText();
        links.get(0).click();
        wait.until(ExpectedConditions.urlContains("/open-data/indicators/" + code));

        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(code);
        String sheet = driver.findElement(By.id("metadata-sheet")).getText();
        assertThat(sheet).contains("Definition").contains("Unit").contains("Disaggregations").contains("Citation")
                .contains("UNODC and OSRSG-VAC, Haven open data, " + code);
        assertThat(driver.findElement(By.id("download-csv")).getAttribute("href"))
                .endsWith("/api/v1/public/data?indicator=" + code + "&format=csv");
        assertThat(driver.findElement(By.id("download-json")).getAttribute("href"))
                .endsWith("/api/v1/public/data?indicator=" + code + "&format=json");
        assertThat(driver.findElement(By.id("download-metadata")).getAttribute("href"))
                .endsWith("/api/v1/public/indicators/" + code);
        // World values of the published series: the chart is drawn (SVG) and its table lists the years
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#values-chart .chart-canvas svg")));
        assertThat(driver.findElements(By.cssSelector("#values-table tbody tr"))).isNotEmpty();

        // the metadata JSON behind the link is public too
        open("/api/v1/public/indicators/" + code);
        assertThat(driver.getPageSource()).contains("\"licence\"").contains("\"citation\"");
    }
}
