package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The data entry form in a browser: type and Tab saves, totals update, a pasted block saves, text is refused. */
class DataEntryBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private final String year = String.valueOf(ThreadLocalRandom.current().nextInt(2040, 2091));

    @Test
    void dataEntryForm() {
        login("mel");
        open("/data/entry?dataSet=SERVICES_YEARLY&orgUnit=KEN&period=" + year);
        WebElement first = cell(0, 0);
        assertThat(driver.findElement(By.cssSelector("label[for='" + first.getAttribute("id") + "']")).getAttribute("textContent"))
                .isEqualTo("Female, 0-4 years, Children reached by resilience and participation programmes");

        first.sendKeys("7", Keys.TAB);
        waitSaved(first);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo(cell(0, 1).getAttribute("id"));
        assertThat(total("row", "data-row", "0")).isEqualTo("7");
        assertThat(total("col", "data-col", "0")).isEqualTo("7");
        assertThat(stored("AGE_CHILD:Y0T4;SEX:F")).isEqualByComparingTo("7");

        WebElement pasteTarget = cell(1, 1);
        ((JavascriptExecutor) driver).executeScript("""
                const dt = new DataTransfer();
                dt.setData('text/plain', '1\\t2\\r\\n3\\t4\\r\\n');
                arguments[0].focus();
                arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
                """, pasteTarget);
        for (WebElement c : List.of(cell(1, 1), cell(1, 2), cell(2, 1), cell(2, 2))) {
            waitSaved(c);
        }
        assertThat(cell(2, 2).getAttribute("value")).isEqualTo("4");
        assertThat(stored("AGE_CHILD:Y5T9;SEX:M")).isEqualByComparingTo("1");
        assertThat(stored("AGE_CHILD:Y10T14;SEX:M")).isEqualByComparingTo("2");
        assertThat(stored("AGE_CHILD:Y5T9;SEX:U")).isEqualByComparingTo("3");
        assertThat(stored("AGE_CHILD:Y10T14;SEX:U")).isEqualByComparingTo("4");
        assertThat(total("row", "data-row", "1")).isEqualTo("3");
        assertThat(total("col", "data-col", "1")).isEqualTo("4");
        assertThat(total("grand", "data-total", "grand")).isEqualTo("17");

        WebElement bad = cell(0, 3);
        bad.sendKeys("abc", Keys.TAB);
        WebElement status = driver.findElement(By.id(bad.getAttribute("id") + "-status"));
        wait.until(ExpectedConditions.textToBePresentInElement(status, "not a number"));
        assertThat(bad.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(bad.getAttribute("class")).contains("invalid");
        assertThat(jdbc.sql("""
                        select count(*) from data_value where data_element_code = 'CHILDREN_PROGRAMMES'
                        and org_unit_code = 'KEN' and period = :p and combo = 'AGE_CHILD:Y15T17;SEX:F'""")
                .param("p", year).query(Integer.class).single()).isZero();

        // Enter moves down the column
        WebElement top = cell(0, 1);
        top.click();
        top.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo(cell(1, 1).getAttribute("id"));

        // Ctrl+Enter opens the comment and follow-up editor of the cell; saving it stores both with the value
        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement comment = driver.switchTo().activeElement();
        assertThat(comment.getAttribute("id")).isEqualTo(cell(1, 1).getAttribute("id") + "-comment");
        comment.sendKeys("Counted twice last year");
        WebElement note = comment.findElement(By.xpath("ancestor::details"));
        note.findElement(By.cssSelector("[data-role='followup']")).click();
        note.findElement(By.cssSelector("[data-role='save-note']")).click();
        wait.until(d -> Boolean.TRUE.equals(jdbc.sql("""
                        select count(*) from data_value where data_element_code = 'CHILDREN_PROGRAMMES' and org_unit_code = 'KEN'
                        and period = :p and combo = 'AGE_CHILD:Y5T9;SEX:M' and follow_up = true
                        and comment = 'Counted twice last year'""").param("p", year).query(Integer.class).single() == 1));
        assertThat(stored("AGE_CHILD:Y5T9;SEX:M")).isEqualByComparingTo("1");
    }

    private WebElement cell(int row, int col) {
        return driver.findElement(By.cssSelector(
                "table[data-element='CHILDREN_PROGRAMMES'] .cell[data-row='" + row + "'][data-col='" + col + "']"));
    }

    private String total(String kind, String attribute, String value) {
        String selector = "grand".equals(kind) ? "output[data-total='grand']"
                : "output[data-total='" + kind + "'][" + attribute + "='" + value + "']";
        return driver.findElement(By.cssSelector("table[data-element='CHILDREN_PROGRAMMES'] " + selector))
                .getAttribute("value");
    }

    private void waitSaved(WebElement cell) {
        WebElement status = driver.findElement(By.id(cell.getAttribute("id") + "-status"));
        wait.until(ExpectedConditions.textToBePresentInElement(status, "Saved"));
        assertThat(cell.getAttribute("class")).contains("saved");
    }

    private BigDecimal stored(String combo) {
        return jdbc.sql("""
                        select numeric_value from data_value where data_element_code = 'CHILDREN_PROGRAMMES'
                        and org_unit_code = 'KEN' and period = :p and combo = :c""")
                .param("p", year).param("c", combo).query(BigDecimal.class).single();
    }
}
