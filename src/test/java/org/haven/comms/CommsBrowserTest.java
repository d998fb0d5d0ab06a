package org.haven.comms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class CommsBrowserTest extends BrowserTest {

    @Test
    @DisplayName("create a communication product and see it in the calendar")
    void createAProductAndSeeItInTheCalendar() {
        login("programme");
        open("/communications");
        driver.findElement(By.id("new-product")).click();
        wait.until(ExpectedConditions.urlContains("/communications/new"));

        String title = "Launch event " + UUID.randomUUID().toString().substring(0, 6);
        driver.findElement(By.id("title")).sendKeys(title);
        new Select(driver.findElement(By.id("kind"))).selectByValue("EVENT");
        new Select(driver.findElement(By.id("channel"))).selectByValue("IN_PERSON");
        new Select(driver.findElement(By.id("language"))).selectByValue("fr");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2018-03-14'", driver.findElement(By.id("date")));
        new Select(driver.findElement(By.id("status"))).selectByValue("DELIVERED");
        new Select(driver.findElement(By.id("orgUnit"))).selectByValue("SEN");
        new Select(driver.findElement(By.id("nodes"))).selectByValue("OO1");
        driver.findElement(By.id("audience-MEMBER_STATES")).click();
        driver.findElement(By.id("audience-CHILDREN")).click();
        driver.findElement(By.id("reach.MEMBER_STATES.U")).sendKeys("40");
        driver.findElement(By.id("reach.CHILDREN.F")).sendKeys("12");
        driver.findElement(By.id("save-product")).click();
        wait.until(ExpectedConditions.urlMatches("/communications/\\d+$"));
        assertThat(driver.findElement(By.id("product-title")).getText()).isEqualTo(title);
        assertThat(driver.findElement(By.id("product-total-reach")).getText()).isEqualTo("52");

        open("/communications/calendar?month=2018-03");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendar")));
        assertThat(driver.findElement(By.cssSelector("#calendar td[data-date='2018-03-14']")).getText()).contains(title);
        assertThat(driver.findElement(By.id("month-list")).getText()).contains("Wednesday 14 March 2018").contains(title);
        driver.findElement(By.id("next-month")).click();
        wait.until(ExpectedConditions.urlContains("month=2018-04"));
        assertThat(driver.findElement(By.id("calendar")).getText()).doesNotContain(title);
    }
}
