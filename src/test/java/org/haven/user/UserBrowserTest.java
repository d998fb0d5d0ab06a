package org.haven.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class UserBrowserTest extends BrowserTest {

    @Test
    @DisplayName("log in")
    void logIn() {
        login("admin");
        WebElement nav = driver.findElement(By.cssSelector("nav .nav-links"));
        assertThat(nav.getText()).contains("Strategy", "Results", "Admin", "admin");
        driver.findElement(By.xpath("//nav//summary[normalize-space()='Admin']")).click();
        assertThat(nav.getText()).contains("Users", "Audit trail", "Org units");

        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("error"));
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                .contains("Wrong username or password");
    }

    @Test
    @DisplayName("admin creates a user")
    void adminCreatesAUser() {
        String username = "browser." + UUID.randomUUID().toString().substring(0, 8);
        login("admin");
        open("/admin/users");
        driver.findElement(By.linkText("New user")).click();
        wait.until(ExpectedConditions.urlContains("/admin/users/new"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("displayName")).sendKeys("Browser focal point");
        driver.findElement(By.id("email")).sendKeys("browser@example.org");
        driver.findElement(By.id("password")).sendKeys("browser-password-123");
        driver.findElement(By.id("role-COUNTRY_FOCAL_POINT")).click();
        new Select(driver.findElement(By.id("countries"))).selectByValue("KEN");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/admin/users$"));
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).contains(username);
        WebElement row = driver.findElement(By.xpath("//tr[td[normalize-space()='" + username + "']]"));
        assertThat(row.getText()).contains("Browser focal point", "Country focal point", "Kenya");
    }
}
