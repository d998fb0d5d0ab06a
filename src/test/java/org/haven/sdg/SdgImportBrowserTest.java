package org.haven.sdg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An MEL officer checks a UN SDG API download: the dry run lists the rejected row, then the rest is imported. */
class SdgImportBrowserTest extends BrowserTest {

    @Test
    void dryRunShowsTheRejectedRowThenTheOtherRowsAreImported() throws Exception {
        String year = String.valueOf(ThreadLocalRandom.current().nextInt(2031, 2100));
        Path file = Files.createTempFile("sdg-download", ".csv");
        Files.writeString(file, String.join("\n",
                "Goal,Target,Indicator,SeriesCode,SeriesDescription,GeoAreaCode,GeoAreaName,TimePeriod,Value,Time_Detail,"
                        + "Source,Nature,Units,[Sex],[Age]",
                "5,5.3,5.3.1,SP_DYN_MRBF18,Women married before 18,404,Kenya," + year + ",22.9,,DHS,C,PERCENT,FEMALE,20-24",
                "5,5.3,5.3.1,SP_DYN_MRBF18,Women married before 18,998,Nowhere," + year + ",30,,DHS,C,PERCENT,FEMALE,20-24",
                ""));
        login("mel");
        open("/");
        driver.findElement(By.cssSelector(".nav-group:nth-of-type(2) summary")).click();
        driver.findElement(By.linkText("SDG data import")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sdg-file"))).sendKeys(file.toString());
        driver.findElement(By.id("sdg-upload")).click();

        WebElement rejections = waitUpTo(Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sdg-rejections")));
        assertThat(driver.findElement(By.id("sdg-created")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.id("sdg-rejected")).getText()).isEqualTo("1");
        assertThat(rejections.findElement(By.cssSelector("tbody tr td:nth-child(2)")).getText()).isEqualTo("3");
        assertThat(rejections.getText()).contains("area 998 (Nowhere) is not an org unit in Haven");

        driver.findElement(By.id("sdg-skip")).click();
        driver.findElement(By.id("sdg-commit")).click();
        WebElement done = waitUpTo(Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sdg-committed")));
        assertThat(done.getText()).contains("1 new").contains("1 rejected rows skipped");

        open("/data/values?dataElement=SP_DYN_MRBF18&orgUnit=KEN&period=" + year);
        WebElement value = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.responsive tbody tr")));
        assertThat(value.getText()).contains("22.9").contains("UN SDG Global Database (UN SDG API)");
        assertThat(value.findElement(By.cssSelector(".badge.nature")).getText()).isEqualTo("C");
    }
}
