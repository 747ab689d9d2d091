package co.aliada.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium for the dashboard tests; required under CI ({@code CI=true}), skipped elsewhere when absent. */
final class Chromium {

    static final File BINARY = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {
    }

    static void require() {
        boolean present = BINARY.canExecute() && DRIVER.canExecute();
        String missing = BINARY + " or " + DRIVER + " is missing; install them with: apt-get install chromium chromium-driver";
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(present, missing + " (CI=true requires the browser test)");
        }
        assumeTrue(present, missing);
    }

    /** The width of a phone's screen, on a fresh profile. */
    static ChromeDriver phone(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=390,800");
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build(), options);
    }
}
