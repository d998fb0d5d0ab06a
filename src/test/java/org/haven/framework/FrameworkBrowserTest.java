package org.haven.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class FrameworkBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void browseTheFramework() {
        login("viewer");
        open("/framework");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Results framework");
        assertThat(driver.findElements(By.cssSelector("a[href$='/framework/nodes/new']"))).isEmpty();
        driver.findElement(By.cssSelector("#node-SO1 > a")).click();
        wait.until(ExpectedConditions.urlContains("/framework/nodes/SO1"));
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .contains("SO1", "Children and their environments are better protected from crime and violence");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Strategic objective", "Prevention",
                "Change history", "Strategy as published, November 2023");
    }

    /** A UNODC unit that has been in the framework since its publication, made for one test. */
    private String publishedUnit(String title, int sortOrder) {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        OffsetDateTime published = OffsetDateTime.of(2023, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        jdbc.sql("""
                insert into framework_node (code, kind, parent_code, title, sort_order, retired, version, created_at, updated_at)
                values (:code, 'IMPLEMENTER', 'UNODC', :title, :sort, false, 0, :at, :at)""")
                .param("code", code).param("title", title).param("sort", sortOrder).param("at", published).update();
        jdbc.sql("""
                insert into framework_node_history (code, kind, parent_code, title, sort_order, retired, valid_from, changed_by, change_note)
                values (:code, 'IMPLEMENTER', 'UNODC', :title, :sort, false, :at, 'system', 'test seed')""")
                .param("code", code).param("title", title).param("sort", sortOrder).param("at", published).update();
        return code;
    }

    @Test
    void aFrameworkEditVisibleInTheHistory() {
        // a node of the published framework, made for this test so the seed nodes other tests rely on stay unchanged
        String code = publishedUnit("Published unit title", 900);

        login("mel");
        open("/framework/nodes/" + code);
        driver.findElement(By.linkText("Edit title and description")).click();
        wait.until(ExpectedConditions.urlContains("/edit"));
        WebElement title = driver.findElement(By.id("title"));
        title.clear();
        title.sendKeys("Revised unit title");
        driver.findElement(By.id("note")).sendKeys("clearer wording");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "saved"));

        open("/framework/history?date=2023-11-01");
        WebElement row = driver.findElement(By.id("changed-" + code + "-title"));
        assertThat(row.getAttribute("class")).contains("diff-changed");
        assertThat(row.findElement(By.cssSelector("td.diff-removed")).getText()).isEqualTo("Published unit title");
        assertThat(row.findElement(By.cssSelector("td.diff-added")).getText()).isEqualTo("Revised unit title");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("clearer wording");
    }

    @Test
    void reorderButtonsMoveANodeAmongItsSiblings() {
        String first = publishedUnit("First test unit", 1000);
        String second = publishedUnit("Second test unit", 1001);
        login("mel");
        open("/framework");
        WebElement up = driver.findElement(By.cssSelector("#node-" + second + " button[aria-label='Move " + second + " up']"));
        up.click();
        wait.until(d -> d.findElements(By.cssSelector("#node-UNODC li")).stream().map(li -> li.getAttribute("id"))
                .toList().indexOf("node-" + second) < d.findElements(By.cssSelector("#node-UNODC li")).stream()
                .map(li -> li.getAttribute("id")).toList().indexOf("node-" + first));
        assertThat(jdbc.sql("select sort_order from framework_node where code = :c").param("c", second)
                .query(Integer.class).single()).isEqualTo(1000);
    }
}
