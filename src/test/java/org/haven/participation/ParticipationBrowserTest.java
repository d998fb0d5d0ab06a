package org.haven.participation;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class ParticipationBrowserTest extends BrowserTest {

    @Test
    @DisplayName("record an engagement and see the derived count")
    void recordAnEngagementAndSeeTheDerivedCount() {
        login("mel");
        open("/participation");
        driver.findElement(By.id("new-engagement")).click();
        wait.until(ExpectedConditions.urlContains("/participation/new"));

        // Mongolia, 2004: no other test records engagements there, so the derived figures are this engagement's
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2004-05-10'", driver.findElement(By.id("date")));
        new Select(driver.findElement(By.id("activity"))).selectByValue("DEMO-01");
        new Select(driver.findElement(By.id("country"))).selectByValue("MNG");
        new Select(driver.findElement(By.id("purpose"))).selectByValue("CO_DESIGN");
        new Select(driver.findElement(By.id("modality"))).selectByValue("CHILD_LED");
        driver.findElement(By.id("children.F.Y10T14")).sendKeys("7");
        driver.findElement(By.id("children.M.Y10T14")).sendKeys("5");
        driver.findElement(By.id("children.U.Y15T17")).sendKeys("1");
        new Select(driver.findElement(By.id("childrenOnTheMove"))).selectByValue("YES");
        driver.findElement(By.id("informedConsent")).click();
        driver.findElement(By.id("focalPointNamed")).click();
        driver.findElement(By.id("dataMinimised")).click();
        driver.findElement(By.id("childFriendlyInformation")).click();
        driver.findElement(By.id("whatChildrenSaid")).sendKeys("Children wanted meetings after school.");
        driver.findElement(By.id("save-engagement")).click();
        wait.until(ExpectedConditions.urlMatches("/participation/\\d+$"));
        assertThat(driver.findElement(By.id("total-children")).getText()).isEqualTo("13");
        assertThat(driver.findElement(By.id("safeguarding")).getText()).doesNotContain(": No");

        open("/participation?country=MNG");
        String row = "#derived-shares tr[data-year='2004']";
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(row)));
        assertThat(driver.findElement(By.cssSelector(row + " .derived-children")).getText()).isEqualTo("13");
        assertThat(driver.findElement(By.cssSelector(row + " .derived-safe")).getText()).isEqualTo("1 of 1 (100.0%)");
        assertThat(driver.findElement(By.cssSelector(row + " .derived-loop")).getText()).isEqualTo("0 of 1 (0.0%)");
        assertThat(driver.findElement(By.cssSelector(
                "#derived-children tr[data-year='2004'][data-age='Y10T14'] td[data-sex='F']")).getText()).isEqualTo("7");
    }
}
