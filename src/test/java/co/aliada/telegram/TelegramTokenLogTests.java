package co.aliada.telegram;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** When the Bot API answers errors, what the app and the Telegram library log never shows the token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class TelegramTokenLogTests {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final BotApiDouble bot = failing(new BotApiDouble());

    static BotApiDouble failing(BotApiDouble api) {
        api.fail("getMe", 401);
        api.fail("setMyCommands", 500);
        api.fail("getUpdates", 502);
        return api;
    }

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("aliada.telegram.token", () -> BotApiDouble.TOKEN);
        registry.add("aliada.telegram.base-url", bot::baseUrl);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:tg-log-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void failuresAreLoggedWithoutTheToken(CapturedOutput output) {
        bot.until(() -> Optional.of(bot.calls("getUpdates")).filter(calls -> calls.size() >= 2), WAIT);
        awaitLog(output, "GetUpdates");
        bot.stopFailing();
        bot.fail("sendMessage", 400); // a 5xx is retried quietly; a 400 fails for good and is logged
        bot.sendCommand(3001, "/start");
        bot.await(call -> call.is("sendMessage") && call.chatId() == 3001, WAIT);
        awaitLog(output, "failed for good");

        assertThat(output.getAll()).contains("getMe failed", "setMyCommands", "GetUpdates")
                .doesNotContain(BotApiDouble.TOKEN).doesNotContain("TEST/");
    }

    private static void awaitLog(CapturedOutput output, String fragment) {
        await("a log line with '" + fragment + "'").atMost(WAIT)
                .untilAsserted(() -> assertThat(output.getAll()).contains(fragment));
    }
}
