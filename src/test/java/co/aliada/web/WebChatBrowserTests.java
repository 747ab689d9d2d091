package co.aliada.web;

import static co.aliada.conversation.TestTexts.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import co.aliada.conversation.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.slf4j.LoggerFactory;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/** The web chat page in a real headless Chromium; required under CI ({@code CI=true}), skipped elsewhere when absent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "spring.datasource.url=jdbc:h2:mem:chat-api;DB_CLOSE_DELAY=-1"})
class WebChatBrowserTests {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    @LocalServerPort
    int port;
    WebDriver browser;
    Path profile;
    WebDriverWait wait;

    /** Skips, or under CI fails, before Spring starts when Chromium is absent. */
    @BeforeAll
    static void requireChromium() {
        boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
        String missing = CHROMIUM + " or " + DRIVER + " is missing; install them with: "
                + "apt-get install chromium chromium-driver";
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(present, missing + " (CI=true requires the browser test)");
        }
        if (!present) {
            LoggerFactory.getLogger(WebChatBrowserTests.class).warn("Skipping the web chat browser test: {}", missing);
        }
        assumeTrue(present, missing);
    }

    /** A headless Chromium the size of a phone's screen, on a fresh profile. */
    static WebDriver phoneBrowser(Path profile) {
        requireChromium();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=390,800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @BeforeEach
    void open() throws IOException {
        profile = Files.createTempDirectory("aliada-chromium");
        browser = phoneBrowser(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void close() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(profile);
    }

    @Test
    void tappingThroughConsentShowsTheFirstProfileQuestionWithSectorButtons() {
        browser.get("http://127.0.0.1:" + port + "/");
        String lang = Texts.language((String) ((JavascriptExecutor) browser).executeScript("return navigator.language"));

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-data='consent:yes']"))).click();

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("button[data-data^='sector:']"), 7));
        List<WebElement> sectors = browser.findElements(By.cssSelector("button[data-data^='sector:']"));
        assertThat(sectors).extracting(WebElement::getText).startsWith(plain("sector.agribusiness", lang));
        assertThat(sectors).allSatisfy(button -> assertThat(button.isDisplayed()).isTrue());
        assertThat(browser.findElements(By.cssSelector(".msg.me"))).extracting(WebElement::getText)
                .containsExactly(plain("consent.button.accept", lang));
        assertThat(browser.findElements(By.cssSelector(".msg.bot"))).extracting(WebElement::getText)
                .contains(plain("profile.sector.question", lang));
        assertThat(browser.findElements(By.cssSelector(".msg.bot b"))).extracting(WebElement::getText)
                .contains("1/4");
    }

    @Test
    void whatAPersonTypesIsShownAsTextNeverAsMarkup() {
        browser.get("http://127.0.0.1:" + port + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-data='consent:yes']"))).click();
        for (String data : List.of("sector:ict", "size:micro")) {
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-data='" + data + "']"))).click();
        }
        type("Popayán");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-data='company:skip']")));
        type("<i>Acme</i><img src=x>");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "<i>Acme</i><img src=x>."));
        assertThat(browser.findElements(By.cssSelector("#log img"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#log i"))).extracting(WebElement::getText)
                .doesNotContain("Acme");
    }

    @Test
    void theConversationSurvivesAReloadAndNewConversationStartsAfresh() {
        browser.get("http://127.0.0.1:" + port + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-data='consent:yes']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-data='sector:ict']")));

        browser.navigate().refresh();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-data='sector:ict']")));
        assertThat(browser.findElements(By.cssSelector("button[data-data='consent:yes']"))).isEmpty();

        browser.findElement(By.id("new")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-data='consent:yes']")));
        assertThat(browser.findElements(By.cssSelector("button[data-data='sector:ict']"))).isEmpty();
    }

    private void type(String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("text")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("send")));
        input.sendKeys(text);
        browser.findElement(By.id("send")).click();
    }
}
