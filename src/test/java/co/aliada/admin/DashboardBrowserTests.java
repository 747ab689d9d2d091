package co.aliada.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/** The dashboard in a real headless Chromium the size of a phone: charts render, filters change the numbers, CSV. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "aliada.admin.dashboard-password=s3cret-long-enough",
        "spring.datasource.url=jdbc:h2:mem:dashboard-browser-${random.uuid};DB_CLOSE_DELAY=-1"})
class DashboardBrowserTests {

    static boolean seeded;

    @LocalServerPort
    int port;
    ChromeDriver browser;
    Path profile;
    WebDriverWait wait;

    @BeforeAll
    static void requireChromium() {
        Chromium.require();
        seeded = false;
    }

    @Autowired
    void seed(JdbcTemplate jdbc) {
        if (!seeded) {
            SeededFigures.seed(jdbc);
            seeded = true;
        }
    }

    @BeforeEach
    void open() throws IOException {
        profile = Files.createTempDirectory("aliada-chromium");
        browser = Chromium.phone(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // Basic auth on every request the page makes (its chart images too), as a browser that was asked once
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:s3cret-long-enough".getBytes(StandardCharsets.UTF_8));
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", basic)));
    }

    @AfterEach
    void close() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(profile);
    }

    @Test
    void everyChartRendersAsAnImage() {
        browser.get("http://127.0.0.1:" + port + "/admin");

        List<WebElement> charts = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("section img")));
        assertThat(charts).hasSizeGreaterThanOrEqualTo(8);
        wait.until(driver -> charts.stream().allMatch(img -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript("return arguments[0].complete", img))));
        assertThat(charts).allSatisfy(img -> assertThat(((Number) browser.executeScript(
                "return arguments[0].naturalWidth", img)).intValue()).isEqualTo(FigureCharts.WIDTH));
        int viewport = ((Number) browser.executeScript("return document.documentElement.clientWidth")).intValue();
        assertThat(charts).allSatisfy(img -> assertThat(((Number) browser.executeScript(
                "return arguments[0].getBoundingClientRect().right", img)).intValue()).isLessThanOrEqualTo(viewport));
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue())
                .as("nothing wider than a phone's screen").isLessThanOrEqualTo(viewport);
    }

    @Test
    void aFilterChangesTheNumbersAndEmptyFiguresSaySinDatos() {
        browser.get("http://127.0.0.1:" + port + "/admin");
        assertThat(cell("sectors", "Agroindustria")).isEqualTo("2");
        assertThat(cell("levels", "Compromiso")).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("#figure-levels tbody tr:first-child td:nth-child(3)")).getText())
                .isEqualTo("33.3");

        new Select(browser.findElement(By.name("sector"))).selectByVisibleText("Agroindustria");
        browser.findElement(By.cssSelector("#filters button")).click();

        wait.until(ExpectedConditions.urlContains("sector=agribusiness"));
        assertThat(browser.findElement(By.cssSelector("#figure-levels tbody tr:first-child td:nth-child(3)")).getText())
                .isEqualTo("50");
        assertThat(browser.findElements(By.cssSelector("#figure-sectors tbody tr"))).hasSize(1);

        browser.executeScript("arguments[0].value = '2026-06-01'", browser.findElement(By.name("from")));
        browser.findElement(By.cssSelector("#filters button")).click();
        wait.until(ExpectedConditions.urlContains("from=2026-06-01"));
        assertThat(browser.findElement(By.cssSelector("#figure-drivers .empty")).getText()).isEqualTo("sin datos");
    }

    @Test
    void theCsvLinkDownloadsTheFiguresOfTheFilter() {
        browser.get("http://127.0.0.1:" + port + "/admin?sector=ict");
        String href = browser.findElement(By.id("csv")).getAttribute("href");
        assertThat(href).contains("csv").contains("sector=ict");

        String csv = (String) browser.executeAsyncScript(
                "fetch(arguments[0]).then(r => r.text()).then(arguments[arguments.length - 1])", href);

        assertThat(csv).contains("figura,concepto,columna,valor", "Empresas por sector (todas las que tienen perfil),TIC,Empresas,1")
                .doesNotContain("Agroindustria,Empresas");
    }

    private String cell(String figure, String label) {
        return browser.findElements(By.cssSelector("#figure-" + figure + " tbody tr")).stream()
                .filter(row -> row.findElement(By.cssSelector("td")).getText().equals(label)).findFirst()
                .orElseThrow().findElement(By.cssSelector("td:nth-child(2)")).getText();
    }
}
