package org.haven.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.data.ApprovalService;
import org.haven.data.DataValueService;
import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

class DashboardBrowserTest extends BrowserTest {

    @Autowired
    DataValueService values;

    @Autowired
    ApprovalService approvals;

    @BeforeAll
    void values() {
        DashboardFixtures.ensure(values, approvals);
    }

    private WebElement drawn(String chartId) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("figure#" + chartId + "[data-drawn='true'] .chart-canvas svg")));
    }

    @Test
    @DisplayName("overview, indicator page with its chart table, download, country profile")
    void fromTheOverviewToAnIndicatorAndACountry() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        login("viewer");
        open("/dashboards");
        driver.findElement(By.cssSelector("#tile-SO3 a[href='/dashboards/indicators/JJ-7']")).click();
        wait.until(ExpectedConditions.urlContains("/dashboards/indicators/JJ-7"));
        drawn("chart-trend");
        WebElement trend = driver.findElement(By.id("chart-trend"));
        WebElement table = trend.findElement(By.cssSelector("details.chart-table table"));
        assertThat(table.isDisplayed()).isFalse();
        WebElement summary = trend.findElement(By.cssSelector("details.chart-table summary"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", summary);
        summary.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOf(table));
        assertThat(table.findElement(By.tagName("caption")).getText()).contains("Separation from adults");
        trend.findElement(By.cssSelector("button[data-download='svg']")).click();
        wait.until(ExpectedConditions.attributeToBe(trend, "data-downloaded", "svg"));
        trend.findElement(By.cssSelector("button[data-download='png']")).click();
        wait.until(ExpectedConditions.attributeToBe(trend, "data-downloaded", "png"));

        WebElement map = drawn("chart-map").findElement(By.xpath("ancestor::figure"));
        map.findElement(By.cssSelector("details.chart-table summary")).click();
        map.findElement(By.cssSelector("a[href='/dashboards/countries/TKL']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Tokelau: country profile"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Polynesia").contains("JJ-7");
    }

    @Test
    @DisplayName("public view without login, on a phone: real SDG values on the map, a country profile")
    void publicPagesWithoutLogin() {
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(390, 900));
        open("/public");
        assertThat(driver.findElement(By.cssSelector("header a[href='/login']")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("form[action='/logout']"))).isEmpty();
        WebElement link = driver.findElement(By.cssSelector("a[href='/public/indicators/VC_IHR_PSRC']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", link);
        link.click();
        wait.until(ExpectedConditions.urlContains("/public/indicators/VC_IHR_PSRC"));
        WebElement map = drawn("chart-map").findElement(By.xpath("ancestor::figure"));
        assertThat(noHorizontalScroll()).isTrue();
        WebElement summary = map.findElement(By.cssSelector("details.chart-table summary"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", summary);
        summary.click();
        WebElement brazil = map.findElement(By.cssSelector("a[href='/public/countries/BRA']"));
        assertThat(map.findElement(By.cssSelector("details.chart-table")).getText()).contains("Country data");
        brazil.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Brazil: country profile"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("VC_IHR_PSRC");
        assertThat(noHorizontalScroll()).isTrue();
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    private boolean noHorizontalScroll() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
    }
}
