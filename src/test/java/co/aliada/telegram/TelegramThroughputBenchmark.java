package co.aliada.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.aliada.AliadaApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start-to-ready of the whole app with Telegram on, and updates per second through the Telegram
 * adapter: the real TelegramBots client long-polls the Bot API double, the engine answers on H2,
 * the sender posts every reply back to the double. Run:
 * {@code ./mvnw -B -Pbench test -Dtest=TelegramThroughputBenchmark}; figures go to target/bench.
 */
class TelegramThroughputBenchmark {

    static final int CHATS = 200;
    static final int UPDATES_PER_CHAT = 10;
    static final int ROUNDS = 5;

    @Test
    void updatesPerSecondThroughTheAdapter() throws IOException {
        BotApiDouble bot = new BotApiDouble();
        long begin = System.nanoTime();
        ConfigurableApplicationContext app = SpringApplication.run(AliadaApplication.class,
                "--aliada.telegram.token=" + BotApiDouble.TOKEN, "--aliada.telegram.base-url=" + bot.baseUrl(),
                "--server.port=0", "--logging.level.root=WARN",
                // the adapter's own speed: Telegram's sending limits are the outbox benchmark's subject
                "--aliada.outbox.per-second=100000", "--aliada.outbox.chat-per-second=100000",
                "--spring.datasource.url=jdbc:h2:mem:tg-bench;DB_CLOSE_DELAY=-1");
        double readyMs = (System.nanoTime() - begin) / 1e6;
        bot.await(call -> call.is("deleteWebhook"), Duration.ofSeconds(60));
        List<Double> rates = new ArrayList<>();
        try {
            for (int round = 0; round <= ROUNDS; round++) {
                double rate = round(bot, round);
                if (round > 0) {
                    rates.add(rate); // round 0 warms up
                }
            }
        } finally {
            app.close();
            bot.close();
        }
        List<Double> sorted = rates.stream().sorted().toList();
        String report = String.format("start to ready (context, Telegram on): %.0f ms%n"
                        + "updates through the Telegram adapter: %d chats x %d updates, %d rounds; "
                        + "median %.0f updates/s, min %.0f, max %.0f%n",
                readyMs, CHATS, UPDATES_PER_CHAT, ROUNDS, sorted.get(sorted.size() / 2), sorted.get(0),
                sorted.get(sorted.size() - 1));
        System.out.print(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/telegram.txt"), report);
    }

    /** Every chat starts, then asks for help nine times: 2 + 9 replies a chat. */
    private static double round(BotApiDouble bot, int round) {
        int before = bot.count("sendMessage");
        long base = 10_000_000L * (round + 1);
        long start = System.nanoTime();
        for (int i = 0; i < UPDATES_PER_CHAT; i++) {
            for (int chat = 0; chat < CHATS; chat++) {
                bot.sendCommand(base + chat, i == 0 ? "/start" : "/ayuda");
            }
        }
        int expected = before + CHATS * (UPDATES_PER_CHAT + 1);
        bot.until(() -> Optional.of(bot.count("sendMessage")).filter(n -> n >= expected), Duration.ofMinutes(5));
        double seconds = (System.nanoTime() - start) / 1e9;
        return CHATS * UPDATES_PER_CHAT / seconds;
    }
}
