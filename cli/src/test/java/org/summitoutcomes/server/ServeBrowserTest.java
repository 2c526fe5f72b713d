package org.summitoutcomes.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.SummitOutcomes;
import org.summitoutcomes.report.Browser;

/**
 * The warm server's page in headless chromium: paste an article, submit, and the record comes back
 * highlighted (entities by type, the signed treaty's evidence marked with its record id and linked from its
 * row). Screenshot: target/serve-page.png.
 */
@Tag("e2e")
class ServeBrowserTest {
    @Test
    void pastedArticleComesBackHighlighted() throws Exception {
        Browser.assumeWanted();
        try (ExtractServer server = ExtractServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new ServerLimits(64 * 1024, Duration.ofSeconds(60), 1, 2), Extractor.of(SummitOutcomes.defaultPipeline()))) {
            ChromeDriver driver = Browser.start(1366, 900);
            try {
                driver.get("http://127.0.0.1:" + server.port() + "/");
                assertFalse(driver.findElement(By.id("result")).isDisplayed(), "no result before a submit");
                driver.findElement(By.id("article")).sendKeys(ExtractServerTest.ARTICLE + "<script>alert(1)</script>\n");
                driver.findElement(By.id("go")).click();
                new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> d.findElement(By.id("result")).isDisplayed());
                List<WebElement> leaders = driver.findElements(By.cssSelector("#text span.ent.t-LEADER"));
                assertEquals(2, leaders.size(), "both presidents highlighted");
                assertTrue(leaders.get(0).getText().contains("Xi Jinping"), driver.findElement(By.id("text")).getAttribute("innerHTML"));
                List<WebElement> rows = driver.findElements(By.cssSelector("#doc-relations tbody tr"));
                WebElement signed = rows.stream().filter(r -> r.getText().contains("sign")).findFirst().orElseThrow();
                assertTrue(signed.getText().contains("CHN KAZ"), signed.getText());
                String id = signed.getAttribute("id");
                WebElement evidence = driver.findElement(By.id("ev-" + id));
                assertTrue(evidence.getAttribute("data-relations").contains(id), "the evidence carries its record id");
                String all = String.join("", driver.findElements(By.cssSelector("span.ev[data-relations~='" + id + "']")).stream()
                        .map(e -> e.getAttribute("textContent")).toList());
                assertTrue(all.contains("signed a treaty of permanent good-neighborliness"), all);
                assertEquals("#ev-" + id, signed.findElement(By.cssSelector("a")).getAttribute("hash"));
                assertTrue(driver.findElement(By.id("text")).getText().contains("<script>alert(1)</script>"), "pasted markup shown as text");
                Path target = Fixtures.ROOT.resolve("target");
                Files.createDirectories(target);
                Files.write(target.resolve("serve-page.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            } finally {
                driver.quit();
            }
        }
    }
}
