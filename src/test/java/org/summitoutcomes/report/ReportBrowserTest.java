package org.summitoutcomes.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.model.Document;

/**
 * Opens the report from disk in Debian's headless chromium (scripts/test installs it when missing): the
 * overview draws its charts, filtering the relation table by a country changes the visible rows, and a
 * document page shows its highlights. Screenshots go to target/.
 */
class ReportBrowserTest {
    @TempDir Path dir;

    @Test
    void reportWorksInARealBrowser() throws Exception {
        Browser.assumeWanted();
        Document a = ReportSiteTest.predicted();
        Document b = new Document("second", a.metadata(), a.text(), List.of(), List.of(), a.mentions(),
                List.of(a.relations().get(1)), List.of());
        ReportSite.write(List.of(a, b), List.of(), null, dir);
        ChromeDriver driver = Browser.start(1400, 1600);
        try {
            driver.get(dir.resolve("index.html").toUri().toString());
            List<WebElement> charts = driver.findElements(By.cssSelector("#charts .chart svg"));
            assertEquals(5, charts.size());
            for (WebElement c : charts) assertTrue(c.getSize().getHeight() > 100, "chart is drawn");
            assertEquals(3, visibleRows(driver));
            new Select(driver.findElement(By.id("f-country"))).selectByValue("KAZ");
            assertEquals(1, visibleRows(driver), "only the agreement has KAZ as a party");
            new Select(driver.findElement(By.id("f-country"))).selectByValue("");
            assertEquals(3, visibleRows(driver));
            shot(driver, "report-overview.png");
            driver.get(dir.resolve("docs").resolve(ReportSite.fileName(a.id())).toUri().toString());
            List<WebElement> highlights = driver.findElements(By.cssSelector("#text span.ent"));
            assertEquals(a.mentions().size(), highlights.size());
            for (WebElement h : highlights) assertTrue(h.isDisplayed());
            assertTrue(driver.findElement(By.id("text")).getText().contains("<script>alert(1)</script>"), "hostile text shown as text");
            shot(driver, "report-document.png");
        } finally {
            driver.quit();
        }
    }

    private static long visibleRows(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("#relations tbody tr")).stream().filter(WebElement::isDisplayed).count();
    }

    private static void shot(ChromeDriver driver, String name) throws Exception {
        Path target = Fixtures.ROOT.resolve("target");
        Files.createDirectories(target);
        Files.write(target.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

}
