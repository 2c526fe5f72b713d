package org.summitoutcomes.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
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
@Tag("e2e")
class ReportBrowserTest {
    @TempDir Path dir;

    @Test
    void reportWorksInARealBrowser() throws Exception {
        Browser.assumeWanted();
        Document a = ReportSiteTest.predicted();
        Document b = new Document("second", a.metadata(), a.text(), List.of(), List.of(), a.mentions(),
                List.of(a.relations().get(1)), List.of());
        ReportSite.write(List.of(a, b), List.of(), null, dir);
        ChromeDriver driver = Browser.start(1366, 1600);
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
            // the relation table fits a 1,366-pixel screen: no horizontal scrolling
            assertTrue((Boolean) driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "page wider than the window: " + driver.executeScript("return document.documentElement.scrollWidth"));
            // sortable columns: by id, then reversed
            WebElement idHeader = driver.findElement(By.cssSelector("#relations th.c-id"));
            idHeader.click();
            assertEquals(List.of("R1", "R2", "R2"), column(driver, 1));
            assertEquals("ascending", idHeader.getAttribute("aria-sort"));
            idHeader.click();
            assertEquals(List.of("R2", "R2", "R1"), column(driver, 1));
            // date filter: only R1 has a date, 2025-06-17
            setDate(driver, "f-from", "2025-06-01");
            assertEquals(1, visibleRows(driver));
            setDate(driver, "f-to", "2025-06-10");
            assertEquals(0, visibleRows(driver));
            setDate(driver, "f-to", "");
            // download of the filtered rows as CSV (the blob is caught before the browser saves it)
            driver.executeScript("window.__csv = null; var orig = URL.createObjectURL;"
                    + "URL.createObjectURL = function (b) { b.text().then(function (t) { window.__csv = t; }); return orig(b); };");
            driver.findElement(By.id("download")).click();
            String csv = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                    .until(d -> (String) ((ChromeDriver) d).executeScript("return window.__csv"));
            List<String> lines = csv.lines().toList();
            assertEquals(2, lines.size(), csv);
            assertEquals("document,id,type,action,modality,parties,object,date,place,evidence", lines.get(0));
            assertTrue(lines.get(1).startsWith("d<1>,R1,AGREEMENT,sign,,CHN KAZ,Astana Declaration,2025-06-17,,\""), lines.get(1));
            assertTrue(lines.get(1).contains("\"\"><img"), "quotes doubled: " + lines.get(1));
            setDate(driver, "f-from", "");
            assertEquals(3, visibleRows(driver));
            shot(driver, "report-overview.png");
            driver.get(dir.resolve("docs").resolve(ReportSite.fileName(a.id())).toUri().toString());
            List<WebElement> highlights = driver.findElements(By.cssSelector("#text span.ent"));
            assertEquals(a.mentions().size(), highlights.size());
            for (WebElement h : highlights) assertTrue(h.isDisplayed());
            assertTrue(driver.findElement(By.id("text")).getText().contains("<script>alert(1)</script>"), "hostile text shown as text");
            // a record links to its sentence, which carries the record's id
            driver.findElement(By.cssSelector("#doc-relations tr#R2 a")).click();
            assertTrue(driver.getCurrentUrl().endsWith("#ev-R2"), driver.getCurrentUrl());
            WebElement target = driver.findElement(By.id("ev-R2"));
            assertEquals("R2", target.getAttribute("data-relations"));
            assertEquals("R2", target.getAttribute("data-label"));
            assertTrue(target.getText().contains("establish a center"));
            assertTrue((Boolean) driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "document page wider than the window");
            shot(driver, "report-document.png");
        } finally {
            driver.quit();
        }
    }

    private static List<String> column(ChromeDriver driver, int col) {
        return driver.findElements(By.cssSelector("#relations tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(r -> r.findElements(By.tagName("td")).get(col).getText()).toList();
    }

    private static void setDate(ChromeDriver driver, String id, String value) {
        driver.executeScript("var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + "e.dispatchEvent(new Event('change'));", id, value);
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
