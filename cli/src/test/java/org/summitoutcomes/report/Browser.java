package org.summitoutcomes.report;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The headless browser of the browser tests (Debian's chromium and chromium-driver). {@code SKIP_BROWSER_TESTS=1}
 * skips them; so does a missing browser, except under CI ({@code CI} set), where it is a failure.
 */
public final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    /** Skips the calling test (JUnit assumption) when browser tests are switched off or, outside CI, no browser is installed. */
    public static void assumeWanted() {
        Assumptions.assumeFalse("1".equals(System.getenv("SKIP_BROWSER_TESTS")), "browser tests skipped: SKIP_BROWSER_TESTS=1");
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        if (!installed && ci) throw new IllegalStateException("CI run without " + CHROMIUM + " and " + DRIVER + ": scripts/test installs them");
        Assumptions.assumeTrue(installed, "browser tests skipped: " + CHROMIUM + " or " + DRIVER + " is missing (scripts/test installs them)");
    }

    /** A headless chromium with a window of {@code width} × {@code height} CSS pixels. */
    public static ChromeDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString())).build();
        return new ChromeDriver(service, options);
    }
}
