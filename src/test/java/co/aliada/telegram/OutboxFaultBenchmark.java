package co.aliada.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.aliada.AliadaApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Delivery under faults: the Bot API double answers 30 % of sends with 429 (retry_after 1) and 10 %
 * with 502 while 200 users go through consent, profile and the whole self-check at once, with the
 * outbox's default limits. Every user must get the reference user's messages: counts lost, duplicated
 * and out of order (per chat), and the time until the outbox is drained. Run:
 * {@code ./mvnw -B -Pbench test -Dtest=OutboxFaultBenchmark} ({@code -Dbench.users=…}); figures go to target/bench.
 */
class OutboxFaultBenchmark {

    static final int USERS = Integer.getInteger("bench.users", 200);

    @Test
    void nothingLostDuplicatedOrReorderedUnderFaults() throws Exception {
        BotApiDouble bot = new BotApiDouble();
        ConfigurableApplicationContext app = SpringApplication.run(AliadaApplication.class,
                "--aliada.telegram.token=" + BotApiDouble.TOKEN, "--aliada.telegram.base-url=" + bot.baseUrl(),
                "--server.port=0", "--logging.level.root=WARN", "--aliada.privacy.sweep-cron=-",
                "--spring.datasource.url=jdbc:h2:mem:outbox-bench;DB_CLOSE_DELAY=-1");
        try {
            bot.await(call -> call.is("deleteWebhook"), Duration.ofSeconds(60));
            List<Journey.Input> journey = Journey.inputs();
            int[] after = reference(bot, journey, 1);
            List<String> expected = Journey.received(bot, 1);
            bot.inject(new BotApiDouble.Faults(0.30, 1, 0.10, 7));
            long start = System.nanoTime();
            drive(bot, journey, after);
            JdbcTemplate db = app.getBean(JdbcTemplate.class);
            bot.until(() -> Optional.of(db.queryForObject("select count(*) from outbox_message where status = 'PENDING'",
                    Integer.class)).filter(n -> n == 0), Duration.ofMinutes(30));
            double drain = (System.nanoTime() - start) / 1e9;
            report(bot, expected, drain, db);
        } finally {
            app.close();
            bot.close();
        }
    }

    /** One user without faults: how many messages the chat has after each input. */
    private static int[] reference(BotApiDouble bot, List<Journey.Input> journey, long chat) throws InterruptedException {
        int[] after = new int[journey.size()];
        for (int i = 0; i < journey.size(); i++) {
            int update = journey.get(i).send(bot, chat);
            bot.until(() -> Optional.of(bot.confirmed(update)).filter(c -> c), Duration.ofSeconds(30));
            int before = -1;
            while (before != bot.sentCount(chat)) {
                before = bot.sentCount(chat);
                Thread.sleep(1500); // the outbox spaces a chat's messages to one a second after a burst
            }
            after[i] = bot.sentCount(chat);
        }
        return after;
    }

    /** Every user sends its next input once it has the replies to the previous one. */
    private static void drive(BotApiDouble bot, List<Journey.Input> journey, int[] after) throws InterruptedException {
        int[] next = new int[USERS];
        int done = 0;
        while (done < USERS) {
            done = 0;
            for (int u = 0; u < USERS; u++) {
                long chat = 100_000 + u;
                if (next[u] == journey.size()) {
                    done += bot.sentCount(chat) >= after[journey.size() - 1] ? 1 : 0;
                } else if (next[u] == 0 || bot.sentCount(chat) >= after[next[u] - 1]) {
                    journey.get(next[u]++).send(bot, chat);
                }
            }
            Thread.sleep(50);
        }
    }

    private static void report(BotApiDouble bot, List<String> expected, double drain, JdbcTemplate db) throws Exception {
        int lost = 0;
        int duplicated = 0;
        int outOfOrder = 0;
        int messages = 0;
        for (int u = 0; u < USERS; u++) {
            List<String> got = Journey.received(bot, 100_000 + u);
            messages += got.size();
            Map<String, Integer> balance = new HashMap<>();
            expected.forEach(m -> balance.merge(m, 1, Integer::sum));
            got.forEach(m -> balance.merge(m, -1, Integer::sum));
            for (int left : balance.values()) {
                lost += Math.max(0, left);
                duplicated += Math.max(0, -left);
            }
            List<String> firsts = new ArrayList<>(new java.util.LinkedHashSet<>(got));
            List<String> wanted = new ArrayList<>(new java.util.LinkedHashSet<>(expected));
            wanted.retainAll(firsts);
            outOfOrder += firsts.equals(wanted) ? 0 : 1;
        }
        String text = String.format("outbox under faults (30 %% 429 retry_after 1, 10 %% 502; default limits): %d users,"
                        + " %d messages each, %d delivered; lost %d, duplicated %d, chats out of order %d;"
                        + " faults answered %d; failed for good %d; drain %.1f s (%.1f messages/s)%n",
                USERS, expected.size(), messages, lost, duplicated, outOfOrder, bot.faultsAnswered(),
                db.queryForObject("select count(*) from outbox_message where status = 'FAILED'", Integer.class),
                drain, messages / drain);
        System.out.print(text);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/outbox.txt"), text);
    }
}
