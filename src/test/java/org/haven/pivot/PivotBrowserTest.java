package org.haven.pivot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.haven.data.DataValueService;
import org.haven.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Build a pivot in the browser, read its totals, save it as a favourite and find it on My dashboard. */
class PivotBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataValueService values;

    @Test
    void buildAPivotSeeItsTotalsSaveItAndOpenMyDashboard() {
        PivotFixtures data = PivotFixtures.create(jdbc, values);
        login("mel");
        open("/");
        driver.findElement(By.cssSelector("a[href='/pivot']"));

        open("/pivot");
        choose("dx", List.of(data.indicator()));
        choose("ou", List.of("KEN", "UGA"));
        choose("pe", List.of("2025"));
        new Select(driver.findElement(By.id("row1"))).selectByValue("ou");
        new Select(driver.findElement(By.id("col1"))).selectByValue("SEX");
        new Select(driver.findElement(By.id("chart"))).selectByValue("BAR");
        driver.findElement(By.id("pivot-update")).click();

        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pivot-table")));
        List<String> totalRow = table.findElements(By.cssSelector("tbody tr.total-row td")).stream()
                .map(WebElement::getText).toList();
        assertThat(totalRow).containsExactly("13.3", "20.0", "16.7");
        assertThat(table.findElement(By.cssSelector("tbody tr.total-row th")).getText()).isEqualTo("Total");
        // the chart is drawn (SVG) and its table stays as the accessible equivalent
        wait.until(d -> !d.findElements(By.cssSelector("#pivot-chart svg")).isEmpty());
        assertThat(driver.findElement(By.id("pivot-chart")).getDomAttribute("aria-hidden")).isEqualTo("true");

        // the table's scroll region is reachable with the keyboard
        WebElement region = driver.findElement(By.cssSelector(".pivot-scroll"));
        assertThat(region.getDomAttribute("tabindex")).isEqualTo("0");
        region.sendKeys(Keys.ARROW_RIGHT);

        String name = "Shares by sex " + UUID.randomUUID().toString().substring(0, 8);
        driver.findElement(By.id("fav-name")).sendKeys(name);
        new Select(driver.findElement(By.id("fav-kind"))).selectByValue("PIVOT");
        driver.findElement(By.id("favourite-save")).click();
        wait.until(ExpectedConditions.urlContains("/me/favourites"));
        assertThat(driver.findElement(By.id("favourites-mine")).getText()).contains(name);

        open("/me/dashboard");
        WebElement tile = waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".dashboard-tile"))
                .stream().filter(t -> t.getText().contains(name)).findFirst().orElse(null));
        assertThat(tile.findElements(By.cssSelector("tbody tr.total-row td")).stream().map(WebElement::getText))
                .containsExactly("13.3", "20.0", "16.7");
    }

    @Test
    void onAPhoneTheTableScrollsSidewaysInsideThePage() {
        PivotFixtures data = PivotFixtures.create(jdbc, values);
        login("viewer");
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(390, 844));
            // three data items by sex, each with its subtotal: nine columns, wider than the phone
            open("/pivot?dx=" + data.indicator() + "&dx=" + data.numerator() + "&dx=" + data.denominator()
                    + "&ou=KEN&ou=UGA&pe=2025&row=ou&col=dx&col=SEX&totals=ALL");
            WebElement region = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pivot-scroll")));
            JavascriptExecutor js = (JavascriptExecutor) driver;
            Long regionScroll = (Long) js.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;",
                    region);
            Long pageScroll = (Long) js.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(regionScroll).isPositive();
            assertThat(pageScroll).isLessThanOrEqualTo(0L);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private void choose(String id, List<String> values) {
        Select select = new Select(driver.findElement(By.id(id)));
        select.deselectAll();
        values.forEach(select::selectByValue);
    }
}
