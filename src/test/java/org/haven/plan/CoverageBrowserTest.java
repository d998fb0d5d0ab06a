package org.haven.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class CoverageBrowserTest extends BrowserTest {

    @Test
    @DisplayName("open a coverage matrix cell")
    void openACoverageMatrixCell() {
        login("viewer");
        open("/coverage");
        WebElement cell = driver.findElement(By.id("cell-AWR-CYB"));
        assertThat(cell.getAttribute("aria-label")).endsWith("in Awareness-raising and Cyberspace");
        cell.click();
        wait.until(ExpectedConditions.urlContains("/activities"));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/activities?node=AWR&node=CYB"));
    }

    @Test
    @DisplayName("coverage charts are drawn from the tables' data")
    void coverageChartsAreDrawn() {
        login("viewer");
        open("/coverage");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-pillar-context svg")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-objective-level svg")));
        assertThat(driver.findElement(By.id("chart-pillar-context")).getAttribute("aria-hidden")).isEqualTo("true");
    }
}
