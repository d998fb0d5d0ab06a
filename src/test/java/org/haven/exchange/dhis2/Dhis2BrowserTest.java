package org.haven.exchange.dhis2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class Dhis2BrowserTest extends BrowserTest {

    private void addMapping(String kind, String dhis2Id, String havenCode) {
        new Select(driver.findElement(By.id("m-kind"))).selectByValue(kind);
        driver.findElement(By.id("m-dhis2Id")).sendKeys(dhis2Id);
        driver.findElement(By.id("m-havenCode")).sendKeys(havenCode);
        driver.findElement(By.id("add-mapping")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dhis2-flash"), "mapping was added"));
    }

    private void importFile(Path file) {
        driver.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("import-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-summary")));
    }

    @Test
    @DisplayName("add a connection and mappings, upload a data value set file and see the import summary")
    void addMappingsAndImport() throws Exception {
        login("mel");
        open("/exchange/dhis2");
        String code = "B" + UUID.randomUUID().toString().substring(0, 6);
        driver.findElement(By.id("add-connection-toggle")).click();
        driver.findElement(By.id("c-code")).sendKeys(code);
        driver.findElement(By.id("c-name")).sendKeys("Browser DHIS2");
        driver.findElement(By.id("c-country")).sendKeys("KEN");
        driver.findElement(By.id("add-connection")).click();
        wait.until(ExpectedConditions.urlContains("connection=" + code));
        assertThat(driver.findElement(By.id("mappings-heading")).getText()).contains(code);

        addMapping("DATA_ELEMENT", "bDeCare", "CAREGIVERS_SUPPORTED");
        addMapping("ORG_UNIT", "bOuKen", "KEN");
        addMapping("CATEGORY_OPTION_COMBO", "bCocF", "SEX:F");
        assertThat(driver.findElement(By.id("mappings")).getText()).contains("bDeCare").contains("CAREGIVERS_SUPPORTED")
                .contains("bOuKen").contains("bCocF").contains("SEX:F");

        int year = 1850 + ThreadLocalRandom.current().nextInt(40) + 60;
        Path file = Files.createTempFile("values", ".json");
        Files.writeString(file, """
                {"period":"%d","orgUnit":"bOuKen","dataValues":[
                 {"dataElement":"bDeCare","categoryOptionCombo":"bCocF","value":"42","comment":"from DHIS2"}]}"""
                .formatted(year), StandardCharsets.UTF_8);
        importFile(file);
        assertThat(driver.findElement(By.id("import-summary")).getAttribute("data-status")).isEqualTo("SUCCESS");
        assertThat(driver.findElement(By.id("count-imported")).getText()).isEqualTo("1");

        Path bad = Files.createTempFile("values", ".csv");
        Files.writeString(bad, "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value\n"
                + "bDeCare," + year + ",bOuKen,bCocF,,43\n" + "bDeNope," + year + ",bOuKen,bCocF,,44\n",
                StandardCharsets.UTF_8);
        importFile(bad);
        assertThat(driver.findElement(By.id("import-summary")).getAttribute("data-status")).isEqualTo("ERROR");
        assertThat(driver.findElement(By.id("summary-conflicts")).getText()).contains("bDeNope")
                .contains("dataValues[1].dataElement");
        Files.deleteIfExists(file);
        Files.deleteIfExists(bad);
    }
}
