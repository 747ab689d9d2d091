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

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
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
    @org.springframework.beans.factory.annotation.Autowired
    ChatHistoryStore history;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.transaction.support.TransactionTemplate tx;
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
                "--user-data-dir=" + profile, "--window-size=390,844");
        // headless windows are at least 500 px wide: emulate the phone's 390 × 844 viewport itself
        options.setExperimentalOption("mobileEmulation", java.util.Map.of(
                "deviceMetrics", java.util.Map.of("width", 390, "height", 844, "pixelRatio", 1.0)));
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

    /** A 429 from the rate limit was shown as an English bubble ("too many messages at once…") and the tap was lost. */
    @Test
    void aMessageRefusedForSpeedIsSentAgainNotShownAsAnError() {
        browser.get("http://127.0.0.1:" + port + "/");
        WebElement accept = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-data='consent:yes']")));
        // the next POST is answered as the server's limit answers, once; the page must wait and send it again
        ((JavascriptExecutor) browser).executeScript("""
                var real = window.fetch, refused = false;
                window.fetch = function (url, init) {
                  if (!refused && init && init.method === 'POST') {
                    refused = true;
                    return Promise.resolve(new Response('{"error":"too many messages at once; wait a moment and try again"}',
                        {status: 429, headers: {'Retry-After': '1', 'Content-Type': 'application/json'}}));
                  }
                  return real.apply(this, arguments);
                };""");

        accept.click();

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("button[data-data^='sector:']"), 7));
        assertThat(browser.findElement(By.id("log")).getText()).doesNotContain("too many messages");
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
    void theConversationSurvivesAReloadWithOnlyTheLiveButtonsTappableAndNewConversationAsksFirst() {
        browser.get("http://127.0.0.1:" + port + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-data='consent:yes']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-data='sector:ict']")));
        int messages = browser.findElements(By.cssSelector(".msg")).size();

        browser.navigate().refresh();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-data='sector:ict']")));
        assertThat(browser.findElements(By.cssSelector(".msg"))).hasSize(messages);
        assertThat(browser.findElements(By.cssSelector(".msg.me"))).extracting(WebElement::getText)
                .endsWith(plain("consent.button.accept", Texts.language(
                        (String) ((JavascriptExecutor) browser).executeScript("return navigator.language"))));
        WebElement oldConsent = browser.findElement(By.cssSelector("button[data-data='consent:yes']"));
        assertThat(oldConsent.isEnabled()).as("an answered question's buttons are greyed out").isFalse();
        screenshot("reloaded");

        browser.findElement(By.id("new")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        screenshot("new-conversation-asks");
        browser.findElement(By.id("confirm-no")).click();
        assertThat(browser.findElements(By.cssSelector("button[data-data='sector:ict']"))).isNotEmpty();

        browser.findElement(By.id("new")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-data='consent:yes']")));
        assertThat(browser.findElements(By.cssSelector("button[data-data='sector:ict']"))).isEmpty();
    }

    @Test
    void thePagesOwnWordsFollowTheChatsLanguage() {
        browser.get("http://127.0.0.1:" + port + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-data='consent:yes']")));
        type("/idioma en");
        wait.until(ExpectedConditions.textToBe(By.id("send"), plain("web.send", Texts.ENGLISH)));
        assertThat(browser.findElement(By.id("new")).getText()).isEqualTo(plain("web.new", Texts.ENGLISH));
        assertThat(browser.findElement(By.id("text")).getAttribute("placeholder")).isEqualTo(plain("web.placeholder", Texts.ENGLISH));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("send"), plain("web.send", Texts.ENGLISH)));
        screenshot("english");
    }

    @Test
    void aConsultantsAnswerReachesTheOpenPageAndItsLinksAreSafeAnchors() {
        browser.get("http://127.0.0.1:" + port + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-data='consent:yes']")));
        String id = (String) ((JavascriptExecutor) browser).executeScript("return localStorage.getItem('aliada.conversation')");
        // what the consultants' group produces for a web user when a consultant replies to the case card
        tx.executeWithoutResult(status -> history.keep(Inbound.text("tg:-100", "reply"), "reply", List.of(Outbound.text(
                "web:" + id, "<b>Ana:</b> le dejo la página <a href=\"https://www.unicauca.edu.co\">Unicauca</a>")), false));

        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Unicauca")));
        assertThat(link.getAttribute("href")).isEqualTo("https://www.unicauca.edu.co/");
        assertThat(link.getAttribute("rel")).contains("noopener");
        assertThat(browser.findElement(By.id("log")).getText()).contains("Ana: le dejo la página");
        screenshot("consultant");
    }

    /** Saves what the test saw when {@code -Daliada.screenshots=<dir>} is given; for looking, not for asserting. */
    private void screenshot(String name) {
        String dir = System.getProperty("aliada.screenshots");
        if (dir == null) {
            return;
        }
        try {
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(Path.of(dir, name + ".png"), png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void type(String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("text")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("send")));
        input.sendKeys(text);
        browser.findElement(By.id("send")).click();
    }
}
