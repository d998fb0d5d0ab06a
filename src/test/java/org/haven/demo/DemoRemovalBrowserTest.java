package org.haven.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.haven.testsupport.BrowserTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * An administrator removes all demo data and the demo banner disappears. Runs on its own H2 database, since the
 * removal is for real and other test classes rely on the demo data.
 */
@TestPropertySource(properties = TestDatabase.H2_NAME + "=haven-demo-removal")
class DemoRemovalBrowserTest extends BrowserTest {

    @Test
    void adminRemovesAllDemoDataAndTheBannerDisappears() {
        login("admin");
        open("/activities");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("demo-banner"))).getText())
                .contains("This workspace contains demo data");
        driver.findElement(By.cssSelector("#demo-banner a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("demo-owners")));
        assertThat(driver.findElement(By.id("demo-owners")).getText()).contains("Demo data values")
                .contains("Demo Action Plan activities");

        driver.findElement(By.id("demo-confirm")).click();
        driver.findElement(By.id("demo-remove")).click();
        waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(By.id("demo-removed")));
        assertThat(driver.findElements(By.id("demo-banner"))).isEmpty();
        assertThat(driver.findElement(By.id("demo-none")).getText()).contains("no demo data");

        open("/activities");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
        assertThat(driver.findElements(By.id("demo-banner"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("[DEMO]");
    }
}
