package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ImportBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private String element() {
        String code = "IMP_B" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        jdbc.sql("""
                insert into data_element (code, name, value_type, aggregation_org, aggregation_time, version, created_at, updated_at)
                values (:code, 'Import browser test element', 'INTEGER', 'SUM', 'SUM', 0, :now, :now)""")
                .param("code", code).param("now", OffsetDateTime.now()).update();
        jdbc.sql("insert into data_element_category (data_element_code, category_code, sort_order) values (:e, 'SEX', 0)")
                .param("e", code).update();
        return code;
    }

    private void upload(String csv) throws Exception {
        Path file = Files.createTempFile("haven-browser-import-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        open("/data/import");
        driver.findElement(By.id("import-file")).sendKeys(file.toString());
        driver.findElement(By.id("import-upload")).click();
    }

    private String finalState() {
        return waitUpTo(Duration.ofSeconds(30)).until(d -> {
            String state = d.findElement(By.id("import-status")).getDomAttribute("data-state");
            return state != null && !state.equals("CHECKING") && !state.equals("COMMITTING") ? state : null;
        });
    }

    @Test
    void importWithARejectedRow() throws Exception {
        String element = element();
        login("mel");
        upload("data_element,org_unit,period,SEX,value,comment\n"
                + element + ",KEN,2019,F,10,\n"
                + element + ",KEN,2019Q7,M,11,\n");
        assertThat(finalState()).isEqualTo("REJECTED");
        assertThat(driver.findElement(By.id("import-progress")).getDomAttribute("value")).isEqualTo("100");
        String rejected = driver.findElement(By.id("import-rejected")).getText();
        assertThat(rejected).contains("3", "period", "2019Q7");
        assertThat(driver.findElement(By.id("count-rejected")).getText()).isEqualTo("1");
        assertThat(driver.findElements(By.id("import-commit"))).isEmpty();

        upload("data_element,org_unit,period,SEX,value,comment\n"
                + element + ",KEN,2019,F,10,\n"
                + element + ",KEN,2019,M,11,\n");
        assertThat(finalState()).isEqualTo("CHECKED");
        assertThat(driver.findElement(By.id("count-created")).getText()).isEqualTo("2");
        WebElement checked = driver.findElement(By.id("import-status"));
        driver.findElement(By.id("import-commit")).click();
        // the commit posts and redirects: read the state only once the checked page is gone
        wait.until(ExpectedConditions.stalenessOf(checked));
        assertThat(finalState()).isEqualTo("COMMITTED");
        assertThat(driver.findElement(By.id("count-created")).getText()).isEqualTo("2");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("All rows were stored");
        assertThat(jdbc.sql("select count(*) from data_value where data_element_code = :e").param("e", element)
                .query(Integer.class).single()).isEqualTo(2);
    }
}
