package org.haven.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class FundingBrowserTest extends BrowserTest {

    private BigDecimal number(String id) {
        return new BigDecimal(driver.findElement(By.id(id)).getText().replace(",", "").trim());
    }

    private BigDecimal nauruFunded() {
        return driver.findElements(By.cssSelector("#gap-table-COUNTRY tr[data-code='NRU'] td")).stream().skip(2).findFirst()
                .map(td -> new BigDecimal(td.getText().replace(",", ""))).orElse(BigDecimal.ZERO);
    }

    @Test
    @DisplayName("record a pledge, its agreement and a receipt, and see the pipeline and the gap change")
    void pledgeAgreementReceipt() {
        login("programme");
        open("/funding");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pipeline-totals")));
        BigDecimal pledged = number("total-pledged");
        BigDecimal received = number("total-received");
        BigDecimal nauru = nauruFunded();

        driver.findElement(By.id("new-pledge")).click();
        wait.until(ExpectedConditions.urlContains("/funding/pledges/new"));
        new Select(driver.findElement(By.id("donor"))).selectByValue("DEMO-DONOR-BANK");
        driver.findElement(By.id("amount")).sendKeys("1000");
        new Select(driver.findElement(By.id("currency"))).selectByValue("USD");
        driver.findElement(By.id("save-pledge")).click();
        wait.until(ExpectedConditions.urlMatches("/funding/pledges$"));
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Pledge recorded.");

        open("/funding/agreements/new");
        String ref = "BR-" + UUID.randomUUID().toString().substring(0, 6);
        driver.findElement(By.id("reference")).sendKeys(ref);
        driver.findElement(By.id("title")).sendKeys("Browser agreement");
        new Select(driver.findElement(By.id("donor"))).selectByValue("DEMO-DONOR-BANK");
        driver.findElement(By.id("amount")).sendKeys("1000");
        new Select(driver.findElement(By.id("earmarks[0].kind"))).selectByValue("COUNTRY");
        driver.findElement(By.id("earmarks[0].code")).sendKeys("NRU");
        driver.findElement(By.id("save-agreement")).click();
        wait.until(ExpectedConditions.urlMatches("/funding/agreements/\\d+$"));
        assertThat(driver.findElement(By.id("agreement-title")).getText()).isEqualTo("Browser agreement");
        assertThat(driver.findElement(By.id("earmarks")).getText()).contains("NRU").contains("100.0%");

        driver.findElement(By.cssSelector("#receipts-add summary")).click();
        driver.findElement(By.id("receipts-amount")).sendKeys("400");
        driver.findElement(By.id("save-receipts")).click();
        wait.until(ExpectedConditions.textToBe(By.id("agreement-received"), "400.00 USD"));

        open("/funding");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pipeline-totals")));
        assertThat(number("total-pledged").subtract(pledged)).isEqualByComparingTo("1000");
        assertThat(number("total-received").subtract(received)).isEqualByComparingTo("400");
        assertThat(nauruFunded().subtract(nauru)).isEqualByComparingTo("400");
        assertThat(driver.findElement(By.id("pipeline-chart")).getAttribute("data-chart")).contains("received");
    }
}
