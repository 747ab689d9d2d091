package co.aliada.telegram;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL stops for a few seconds in the middle of a conversation (long polling): the update that
 * arrives meanwhile is neither answered with an apology nor confirmed to Telegram, health is DOWN, and
 * when the database is back the bot handles it by itself, once, and answers, and health is UP again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.outbox.chat-per-second=100", "aliada.outbox.chat-burst=10", "aliada.outbox.poll=100ms",
        "aliada.privacy.sweep-cron=-", "spring.datasource.hikari.connection-timeout=1000",
        "spring.datasource.hikari.validation-timeout=500"})
@DirtiesContext
class DatabaseOutageTests {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final BotApiDouble bot = new BotApiDouble();
    static final Path data = dataDirectory();
    static final int port = freePort();
    static EmbeddedPostgres postgres = startPostgres();

    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int serverPort;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("aliada.telegram.token", () -> BotApiDouble.TOKEN);
        registry.add("aliada.telegram.base-url", bot::baseUrl);
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + port + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() throws IOException {
        bot.close();
        postgres.close();
    }

    @Test
    void anUpdateMetWhileTheDatabaseIsAwayIsKeptUnconfirmedAndHandledOnceItIsBack() throws Exception {
        long chat = 7100;
        bot.sendText(chat, "/start");
        bot.awaitSentContaining(chat, 0, "Ley 1581", WAIT);
        assertThat(health()).isEqualTo(200);

        postgres.close();
        long before = System.nanoTime();
        int press = bot.press(chat, "consent:yes");
        await().atMost(WAIT).until(() -> health() == 503);
        // the press was handed to the app (it stopped the button's spinner) and is not confirmed
        bot.await(call -> call.is("answerCallbackQuery") && call.at() > before, WAIT);
        int sent = bot.sentTo(chat).size();
        assertThat(bot.confirmed(press)).isFalse();

        postgres = startPostgres();

        bot.awaitSentContaining(chat, sent, "1/4", WAIT);
        bot.until(() -> Optional.of(bot.confirmed(press)).filter(c -> c), WAIT);
        await().atMost(WAIT).until(() -> health() == 200);
        assertThat(bot.sentTo(chat)).extracting(BotApiDouble.Call::text)
                .filteredOn(text -> text.contains("1/4")).hasSize(1);
        assertThat(bot.sentTo(chat)).extracting(BotApiDouble.Call::text)
                .noneMatch(text -> text.contains("algo falló") || text.contains("something failed"));

        // and the conversation goes on
        int next = bot.sentTo(chat).size();
        bot.press(chat, "sector:ict");
        bot.awaitSent(chat, next + 1, WAIT);
    }

    private int health() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + "/actuator/health"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path dataDirectory() {
        try {
            return Files.createTempDirectory("aliada-outage-pg");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
