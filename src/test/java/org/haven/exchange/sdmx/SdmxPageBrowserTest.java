package org.haven.exchange.sdmx;

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

/** An MEL officer finds the dataflow, checks an SDMX-CSV file (one row rejected), then imports a clean one. */
class SdmxPageBrowserTest extends BrowserTest {

    @Test
    void checkShowsTheRejectedRowThenTheCleanFileIsImported() throws Exception {
        String year = String.valueOf(ThreadLocalRandom.current().nextInt(1960, 1999));
        String good = SdmxApiTest.FLOW + "A,VC_IHR_PSRC,894,F,_T," + year + ",3.25,PER_100000_POP,E";
        Path withError = Files.createTempFile("sdmx-check", ".csv");
        Files.writeString(withError, String.join("\n", SdmxApiTest.HEADER, good,
                SdmxApiTest.FLOW + "A,VC_IHR_PSRC,998,F,_T," + year + ",4,PER_100000_POP,E", ""));
        Path clean = Files.createTempFile("sdmx-import", ".csv");
        Files.writeString(clean, String.join("\n", SdmxApiTest.HEADER, good, ""));

        login("mel");
        open("/exchange/sdmx");
        WebElement flows = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sdmx-flows")));
        assertThat(flows.getText()).contains("HAVEN:DF_SDG_VAC(1.0)");
        assertThat(flows.findElement(By.cssSelector("a.sdmx-csv")).getAttribute("href"))
                .endsWith("/sdmx/data/DF_SDG_VAC/all?format=csv");

        driver.findElement(By.id("sdmx-file")).sendKeys(withError.toString());
        driver.findElement(By.id("sdmx-check")).click();
        WebElement rejections = waitUpTo(Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sdmx-rejections")));
        assertThat(driver.findElement(By.id("sdmx-created")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.id("sdmx-rejected")).getText()).isEqualTo("1");
        assertThat(rejections.findElement(By.cssSelector("tbody tr td:nth-child(1)")).getText()).isEqualTo("3");
        assertThat(rejections.getText()).contains("REF_AREA '998' is not the UN M49 code of an org unit in Haven");
        assertThat(driver.findElement(By.id("sdmx-unknown")).getText()).contains("REF_AREA 998");

        driver.findElement(By.id("sdmx-file")).sendKeys(clean.toString());
        driver.findElement(By.id("sdmx-commit")).click();
        WebElement done = waitUpTo(Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sdmx-result-heading")));
        assertThat(done.getText()).contains("Imported").contains("1 new");
    }
}
