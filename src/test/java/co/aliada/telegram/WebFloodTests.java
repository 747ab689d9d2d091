package co.aliada.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import co.aliada.AliadaApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, first row: anonymous web chats flooding the consultants' group. Forty web "visitors" each open
 * a case; the group gets a trickle (the hourly budget), and a Telegram user's case still goes out at once.
 */
class WebFloodTests {

    static final long GROUP = -100_555_000L;
    static final int WEB_CASES = 40;
    static final int BUDGET = 2;

    static BotApiDouble api;
    static ConfigurableApplicationContext app;
    static JdbcTemplate jdbc;
    static int port;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        api = new BotApiDouble();
        Path dir = Files.createTempDirectory("aliada-flood");
        app = new SpringApplicationBuilder(AliadaApplication.class).run("--server.port=0",
                "--aliada.telegram.token=" + BotApiDouble.TOKEN, "--aliada.telegram.base-url=" + api.baseUrl(),
                "--aliada.telegram.consultants-chat-id=" + GROUP, "--aliada.web.rate-limit=0",
                "--aliada.escalation.web-cases-per-hour=" + BUDGET, "--aliada.escalation.web-release-every=300ms",
                "--spring.datasource.url=jdbc:h2:mem:flood-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        jdbc = app.getBean(JdbcTemplate.class);
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        app.close();
        api.close();
    }

    @Test
    void webCasesReachTheGroupAsATrickleAndATelegramCaseStillGoesOutFirst() throws Exception {
        for (int i = 0; i < WEB_CASES; i++) {
            String id = "flood" + i;
            post(id, "{\"text\":\"/start\"}");
            post(id, "{\"button\":\"consent:yes\"}");
            post(id, "{\"text\":\"/asesor\"}");
            assertThat(post(id, "{\"text\":\"visitor" + i + "@example.com\"}")).isEqualTo(200);
        }
        assertThat(count("select count(*) from escalation_case where chat like 'web:flood%'"))
                .as("every web case is kept for the consultants").isEqualTo(WEB_CASES);

        Person ana = new Person(api, 6001, "es");
        ana.says("/start").awaitsButton("consent:");
        ana.taps("consent:yes").awaitsButton("");
        Person desk = new Person(api, GROUP, "es").listens();
        ana.says("/asesor").awaitsContaining("/bot");
        long anasCase = count("select max(id) from escalation_case where chat = 'tg:6001'");

        BotApiDouble.Call card = desk.awaits(call -> call.buttonData().contains("case:take:" + anasCase));
        List<BotApiDouble.Call> cardsBefore = api.sentTo(GROUP).stream()
                .filter(call -> call.at() <= card.at() && call.buttonData().stream().anyMatch(d -> d.startsWith("case:take:")))
                .toList();
        assertThat(cardsBefore.size() - 1).as("web cards the group saw before the Telegram case").isLessThanOrEqualTo(BUDGET);
        assertThat(api.sentTo(GROUP).stream().filter(call -> call.buttonData().stream().anyMatch(d -> d.startsWith("case:take:")))
                .count()).as("cards in the group: the Telegram one and at most the budget of web ones")
                .isLessThanOrEqualTo(BUDGET + 1);
        assertThat(count("select count(*) from outbox_message where chat = 'tg:" + GROUP + "' and status = 'HELD'"))
                .as("the other web cases wait, held").isGreaterThanOrEqualTo(2L * (WEB_CASES - BUDGET));
    }

    @Test
    void aWebCaseOpensOnlyOnceThePersonLeavesAWayToBeContacted() throws Exception {
        String id = "nocontact";
        post(id, "{\"text\":\"/start\"}");
        post(id, "{\"button\":\"consent:yes\"}");
        post(id, "{\"text\":\"/asesor\"}");
        assertThat(post(id, "{\"text\":\"no quiero dar datos\"}")).isEqualTo(200);
        assertThat(count("select count(*) from escalation_case where chat = 'web:nocontact'")).isZero();
    }

    private int post(String id, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/" + id))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
