package co.aliada.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code /actuator/prometheus} shows the app's own metrics, named {@code aliada_*}, with live values. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "spring.datasource.url=jdbc:h2:mem:metrics-${random.uuid};DB_CLOSE_DELAY=-1"})
class MetricsTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void exposesTurnsMatchesIntentsEscalationsReloadsBotApiErrorsAndTheOutbox() throws Exception {
        post("/api/match", "{\"text\": \"hola, buenas tardes\"}");
        post("/api/match", "{\"text\": \"quiero exportar café especial a Ecuador\"}");
        post("/api/chat/metrics-1", "{\"text\": \"hola\"}");
        jdbc.update("insert into escalation_case (chat, status, reason, lang, opened_at) values ('tg:9', 'OPEN', 'asked', 'es', ?)",
                Timestamp.from(Instant.now()));
        jdbc.update("insert into outbox_message (chat, method, text, status, attempts, next_at, created_at) "
                + "values ('tg:9', 'sendMessage', 'hola', 'PENDING', 0, ?, ?)",
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now().minusSeconds(3600)));

        String metrics = get("/actuator/prometheus");

        assertThat(metrics).contains("aliada_turns_seconds_count");
        assertThat(value(metrics, "aliada_matches_total\\{result=\"none\"\\}")).isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "aliada_matches_total\\{result=\"match\"\\}")).isGreaterThanOrEqualTo(1);
        assertThat(metrics).contains("aliada_intents_total{intent=\"greet\"}", "aliada_intent_fallbacks_total");
        assertThat(value(metrics, "aliada_escalations_total")).isEqualTo(1);
        assertThat(value(metrics, "aliada_escalations_open")).isEqualTo(1);
        assertThat(metrics).contains("aliada_content_reloads_total{outcome=\"accepted\"}",
                "aliada_content_reloads_total{outcome=\"refused\"}", "aliada_telegram_api_errors_total{code=\"429\"}");
        assertThat(value(metrics, "aliada_outbox_backlog")).isEqualTo(1);
        assertThat(value(metrics, "aliada_outbox_oldest_pending_seconds")).isGreaterThanOrEqualTo(3600);
        // Tomcat's own, bound by web/TomcatMetricsConfiguration rather than Spring Boot's binder
        assertThat(metrics).contains("tomcat_sessions_active_current_sessions", "tomcat_sessions_created_sessions_total",
                "tomcat_sessions_alive_max_seconds");
    }

    private static double value(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(metrics);
        assertThat(m.find()).as(name + " in\n" + metrics).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private void post(String path, String json) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
