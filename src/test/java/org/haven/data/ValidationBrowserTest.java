package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

class ValidationBrowserTest extends BrowserTest {

    @Autowired
    DataValueService values;

    @BeforeAll
    void improvedScoresAboveProfessionalsTested() {
        values.write(List.of(
                new DataValueInput(new ValueKey("PROF_TRAINED_TESTED", "FSM", "2011Q2", Map.of(), null),
                        new BigDecimal("20"), null, false),
                new DataValueInput(new ValueKey("PROF_TRAINED_IMPROVED", "FSM", "2011Q2", Map.of(), null),
                        new BigDecimal("26"), null, false)), ValueSource.IMPORT);
    }

    @Test
    void runValidationListsTheViolationWithALinkToTheEntryForm() {
        login("mel");
        open("/data/validation");
        new Select(driver.findElement(By.id("dataSet"))).selectByValue("AWARENESS_QUARTERLY");
        new Select(driver.findElement(By.id("orgUnit"))).selectByValue("FSM");
        driver.findElement(By.id("from")).sendKeys("2011Q2");
        driver.findElement(By.cssSelector("#validation-form button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("violations")));
        WebElement row = driver.findElements(By.cssSelector("#violations tbody tr")).stream()
                .filter(r -> r.getText().contains("PROF_TRAINED_IMPROVED")).findFirst().orElseThrow();
        assertThat(row.getText()).contains("FSM", "2011Q2", "26", "<=", "20", "Error");
        String href = row.findElement(By.cssSelector("a.entry-link")).getAttribute("href");
        assertThat(href).contains("/data/entry?dataSet=AWARENESS_QUARTERLY&orgUnit=FSM&period=2011Q2");
    }
}
