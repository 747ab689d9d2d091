package co.aliada.telegram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhook mode: updates arrive by POST with the agreed secret; nothing long-polls. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.mode=webhook", "aliada.telegram.webhook-path=/hooks/tg", "aliada.telegram.webhook-secret=s3cret-42"})
@DirtiesContext
class TelegramWebhookTests {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final BotApiDouble bot = new BotApiDouble();
    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("aliada.telegram.token", () -> BotApiDouble.TOKEN);
        registry.add("aliada.telegram.base-url", bot::baseUrl);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:tg-hook-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    private int post(String secret, String body) throws Exception {
        return exchange(secret, body).statusCode();
    }

    private HttpResponse<String> exchange(String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hooks/tg"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void wrongOrMissingSecretIsRefusedAndChangesNothing() throws Exception {
        String start = UpdateJson.message(2001).text("/start").toJson(500);

        assertThat(post("wrong", start)).isEqualTo(401);
        assertThat(post(null, start)).isEqualTo(401);
        assertThat(post("", start)).isEqualTo(401);

        // The same update_id is still new: the refused requests were not recorded as handled.
        assertThat(post("s3cret-42", start)).isEqualTo(200);
        bot.awaitSentContaining(2001, 0, "Ley 1581", WAIT);
        assertThat(bot.sentTo(2001).stream().filter(call -> call.text().contains("Ley 1581"))).hasSize(1);
    }

    @Test
    void rightSecretIsHandledLikePolling() throws Exception {
        assertThat(post("s3cret-42", UpdateJson.message(2002).text("/start").toJson(600))).isEqualTo(200);
        bot.awaitSentContaining(2002, 0, "Ley 1581", WAIT);

        int sent = bot.sentTo(2002).size();
        int consentMessage = Integer.parseInt(bot.sentTo(2002).get(sent - 1).param("message_id"));
        assertThat(post("s3cret-42", UpdateJson.press(2002, consentMessage, "consent:yes").toJson(601))).isEqualTo(200);
        bot.awaitSentContaining(2002, sent, "1/4", WAIT);
        bot.await(call -> call.is("answerCallbackQuery"), WAIT);
    }

    @Test
    void answers200OnlyOnceTheUpdateAndItsRepliesAreCommitted() throws Exception {
        assertThat(post("s3cret-42", UpdateJson.message(2004).text("/start").toJson(800))).isEqualTo(200);

        // no waiting: Telegram may forget the update the moment it sees the 200
        assertThat(jdbc.queryForObject("select count(*) from processed_event where event_id = 'tg:800'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where chat = 'tg:2004'", Integer.class))
                .isPositive();
    }

    @Test
    void bodyThatIsNotAnUpdateIsABadRequest() throws Exception {
        assertThat(post("s3cret-42", "{not json")).isEqualTo(400);
    }

    /** The webhook's refusals had empty bodies, where every other endpoint answers {"error": "..."}. */
    @Test
    void refusalsSayWhatIsWrongInTheApisErrorShape() throws Exception {
        HttpResponse<String> unknown = exchange("wrong", UpdateJson.message(2005).text("/start").toJson(900));
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).contains("\"error\"").contains("X-Telegram-Bot-Api-Secret-Token").doesNotContain("s3cret");

        HttpResponse<String> broken = exchange("s3cret-42", "{\"update_id\":");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("\"error\"");
    }

    @Test
    void webhookModeDoesNotLongPoll() throws Exception {
        assertThat(post("s3cret-42", UpdateJson.message(2003).text("/start").toJson(700))).isEqualTo(200);
        bot.awaitSentContaining(2003, 0, "Ley 1581", WAIT);

        assertThat(bot.calls("getUpdates")).isEmpty();
        assertThat(bot.calls("deleteWebhook")).isEmpty();
    }
}
