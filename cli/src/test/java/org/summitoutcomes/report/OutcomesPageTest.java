package org.summitoutcomes.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.model.Document;

/** The outcomes page: one row per outcome across articles, a timeline on a time axis, a view per country; in jsoup and in a real browser. */
@Tag("unit")
class OutcomesPageTest {
    @TempDir Path dir;

    /** Two articles that report the same commitment, one of them also an agreement. */
    private static List<Document> twoArticles() {
        Document a = ReportSiteTest.predicted();
        Document b = new Document("second", a.metadata(), a.text(), List.of(), List.of(), a.mentions(), List.of(a.relations().get(1)), List.of());
        return List.of(a, b);
    }

    @Test
    void oneRowPerOutcomeWithCountsEvidenceAndCountries() throws IOException {
        ReportSite.write(twoArticles(), List.of(), null, dir);
        var page = Jsoup.parse(dir.resolve("outcomes.html").toFile());
        var rows = page.select("#outcomes tbody tr");
        assertEquals(2, rows.size(), "the shared commitment is one outcome");
        var shared = rows.stream().filter(r -> r.select("td").get(10).text().equals("2")).findFirst().orElseThrow();
        assertEquals(2, shared.select("a.evidence-link").size(), "one link per evidence sentence");
        assertTrue(shared.select("a.evidence-link").get(0).attr("href").startsWith("docs/"));
        assertEquals("establish a center", shared.select("mark").get(0).text(), "the object is marked in the evidence");
        assertEquals(1, page.select("#timeline svg").size());
        assertEquals(List.of("country-CHN", "country-KAZ"), page.select("#countries section").eachAttr("id"));
        assertTrue(page.select("header a[href=outcomes.html]").size() == 1, "the navigation links the page");
        assertTrue(page.select("script").stream().noneMatch(s -> s.data().contains("alert(1)")), "article text is escaped");
    }

    @Test
    void pageWorksInARealBrowser() throws Exception {
        ReportSite.write(twoArticles(), List.of(), null, dir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=1400,1600");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(dir.resolve("outcomes.html").toUri().toString());
            WebElement timeline = driver.findElement(By.cssSelector("#timeline svg"));
            assertTrue(timeline.getSize().getHeight() > 100, "the timeline is drawn");
            assertEquals(2, driver.findElements(By.cssSelector("#outcomes tbody tr")).stream().filter(WebElement::isDisplayed).count());
            assertEquals(2, driver.findElements(By.cssSelector("#countries section.country")).size());
            Path target = Fixtures.ROOT.resolve("target");
            Files.createDirectories(target);
            Files.write(target.resolve("report-outcomes.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.findElement(By.cssSelector("#countries a")).click();
            assertTrue(driver.getCurrentUrl().contains("#O"), "a country's outcome links to its row");
            driver.get(dir.resolve("outcomes.html").toUri().toString());
            driver.findElements(By.cssSelector("a.evidence-link")).get(0).click();
            assertTrue(driver.getCurrentUrl().contains("/docs/"), "evidence links open the article page");
            assertTrue(driver.findElements(By.cssSelector("#text span")).size() > 0, "the article page shows its highlighted text");
        } finally {
            driver.quit();
        }
    }
}
