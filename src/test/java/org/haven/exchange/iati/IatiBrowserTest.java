package org.haven.exchange.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class IatiBrowserTest extends BrowserTest {

    @Test
    @DisplayName("upload an IATI file, read what would be skipped, import it and see the activities listed")
    void checkThenImportAnIatiFile() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ref = "XM-BROWSER-" + suffix;
        Path file = Files.createTempFile("haven-iati-", ".xml");
        Files.writeString(file, IatiSamples.otherPublisher(ref, suffix, "Helplines " + suffix), StandardCharsets.UTF_8);

        login("mel");
        open("/exchange/iati");
        assertThat(driver.findElement(By.id("iati-export")).getAttribute("href")).endsWith("/api/v1/exchange/iati/activities.xml");
        driver.findElement(By.id("iati-file")).sendKeys(file.toString());
        driver.findElement(By.id("iati-check")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("iati-preview")));
        assertThat(driver.findElement(By.id("iati-counts")).getText()).contains("2 activities").contains("2 new");
        assertThat(driver.findElement(By.id("iati-skipped-totals")).getText()).contains("transaction").contains("result");
        assertThat(driver.findElement(By.id("iati-lines")).getText()).contains(ref + "-A-" + suffix);

        driver.findElement(By.id("iati-commit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("iati-committed")));
        assertThat(driver.findElement(By.id("iati-committed")).getText()).contains("2 new");
        assertThat(driver.findElement(By.id("iati-imported")).getText()).contains("Helplines " + suffix)
                .contains("Regional study").contains("KEN, UGA");
        Files.deleteIfExists(file);
    }
}
