package org.haven.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PartnerBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("create a partner, link it to an activity and see the activity on the partner's page")
    void createAPartnerLinkItToAnActivityAndSeeItOnThePartnerPage() {
        login("programme");
        open("/partners");
        driver.findElement(By.id("new-partner")).click();
        wait.until(ExpectedConditions.urlContains("/partners/new"));

        String code = "BROWSER-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String name = "Browser test alliance " + code.substring(8);
        driver.findElement(By.id("code")).sendKeys(code);
        driver.findElement(By.id("name")).sendKeys(name);
        new Select(driver.findElement(By.id("type"))).selectByValue("CHILDREN_ORGANISATION");
        new Select(driver.findElement(By.id("countryCode"))).selectByValue("SEN");
        driver.findElement(By.id("save-partner")).click();
        wait.until(ExpectedConditions.urlContains("/partners/" + code));
        assertThat(driver.findElement(By.id("partner-name")).getText()).isEqualTo(name);
        assertThat(driver.findElement(By.id("partner-facts")).getText()).contains("Senegal")
                .contains("Children and young people's organisation");

        long id = jdbc.sql("select id from activity where code = 'DEMO-03'").query(Long.class).single();
        open("/activities/" + id + "/edit");
        Select partners = new Select(driver.findElement(By.id("partners")));
        partners.selectByValue(code);
        driver.findElement(By.id("save-activity")).click();
        wait.until(ExpectedConditions.urlMatches("/activities/" + id + "$"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(name);

        driver.findElement(By.linkText(name)).click();
        wait.until(ExpectedConditions.urlContains("/partners/" + code));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Activities").contains("DEMO-03");
        driver.findElement(By.partialLinkText("DEMO-03")).click();
        wait.until(ExpectedConditions.urlMatches("/activities/" + id + "$"));
    }
}
