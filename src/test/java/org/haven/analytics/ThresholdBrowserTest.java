package org.haven.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An MEL officer opens an indicator, follows its status thresholds link and sets them. */
class ThresholdBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void setAnIndicatorsStatusThresholds() {
        String ind = Fixtures.indicator(jdbc, "THB_IND", "COUNT", "#{AWARENESS_REACHED}", null, 1, "SUM", "SUM",
                "HIGHER_IS_BETTER", null);
        login("mel");
        open("/indicators/" + ind);
        driver.findElement(By.cssSelector("#status-thresholds-link a")).click();
        wait.until(ExpectedConditions.urlContains("/analytics/thresholds/" + ind));
        WebElement onTrack = driver.findElement(By.id("onTrack"));
        onTrack.clear();
        onTrack.sendKeys("85");
        WebElement atRisk = driver.findElement(By.id("atRisk"));
        atRisk.clear();
        atRisk.sendKeys("50");
        driver.findElement(By.cssSelector("#threshold-form button[type=submit]")).click();

        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("t-" + ind)));
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).contains("saved");
        assertThat(row.findElement(By.cssSelector(".on-track")).getText()).isEqualTo("85%");
        assertThat(row.findElement(By.cssSelector(".at-risk")).getText()).isEqualTo("50%");
    }
}
