package co.aliada.telegram;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import co.aliada.conversation.Outbound;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The outbox on H2 against the Bot API double: order, retries, limits, failures, restarts. */
class OutboxTests {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final BotApiDouble bot = new BotApiDouble();
    private final DriverManagerDataSource db = new DriverManagerDataSource(
            "jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(db);
    private final TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db));
    private final OutboxTable table = new OutboxTable(jdbc);
    private final TelegramSender sender = new TelegramSender(new OkHttpTelegramClient(BotApiDouble.TOKEN,
            new TelegramUrl("http", "127.0.0.1", Integer.parseInt(bot.baseUrl().replaceAll(".*:", "")), false)));
    private OutboxSender running;

    OutboxTests() {
        Flyway.configure().dataSource(db).load().migrate();
    }

    @AfterEach
    void close() {
        if (running != null) {
            running.stop();
        }
        bot.close();
    }

    /** Fast limits unless a test says otherwise; retries after 50 ms. */
    static OutboxProperties props(String... settings) {
        var values = new java.util.HashMap<String, String>();
        values.put("aliada.outbox.chat-per-second", "100");
        values.put("aliada.outbox.first-retry", "50ms");
        values.put("aliada.outbox.poll", "50ms");
        for (String setting : settings) {
            values.put("aliada.outbox." + setting.split("=")[0], setting.split("=")[1]);
        }
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("aliada.outbox", Bindable.of(OutboxProperties.class));
    }

    private OutboxSender start(OutboxProperties props) {
        running = new OutboxSender(table, sender, props);
        running.start();
        return running;
    }

    private void keep(Outbound... messages) {
        TelegramOutbox outbox = new TelegramOutbox(table, java.time.Clock.systemUTC(), () -> {
            if (running != null) {
                running.wake();
            }
        });
        tx.executeWithoutResult(status -> outbox.keep(List.of(messages)));
    }

    private static Outbound[] numbered(String chat, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> Outbound.text(chat, "m" + i)).toArray(Outbound[]::new);
    }

    private List<String> texts(long chatId) {
        return bot.sentTo(chatId).stream().map(BotApiDouble.Call::text).toList();
    }

    private List<String> statuses(String chat) {
        return jdbc.queryForList("select status from outbox_message where chat = ? order by id", String.class, chat);
    }

    @Test
    void aChatsMessagesGoOutInOrderAndAreMarkedSentOnlyAfterSuccess() {
        bot.failNext("sendMessage", 502, 2);
        keep(numbered("tg:7", 5));
        start(props());

        bot.until(() -> java.util.Optional.of(table.count(OutboxTable.SENT)).filter(n -> n == 5), WAIT);
        assertThat(texts(7)).containsExactly("m1", "m2", "m3", "m4", "m5");
        assertThat(bot.faultsAnswered()).isEqualTo(2);
        assertThat(jdbc.queryForList("select attempts from outbox_message order by id", Integer.class))
                .containsExactly(3, 1, 1, 1, 1);
        assertThat(jdbc.queryForList("select text from outbox_message", String.class)).containsOnly("");
    }

    /** On an embedded database the sender is alone: no claim is written, and each chat's order still holds. */
    @Test
    void aSenderAloneWritesNoClaimsAndKeepsEachChatsOrder() {
        bot.failNext("sendMessage", 502, 2);
        keep(numbered("tg:7", 5));
        keep(numbered("tg:8", 5));
        keep(numbered("tg:9", 5));
        running = new OutboxSender(table, sender, props(), "alone", false, chat -> { });
        running.start();

        bot.until(() -> java.util.Optional.of(table.count(OutboxTable.SENT)).filter(n -> n == 15), WAIT);
        for (long chat : new long[] {7, 8, 9}) {
            assertThat(texts(chat)).containsExactly("m1", "m2", "m3", "m4", "m5");
        }
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where claimed_by is not null", Integer.class))
                .isZero();
    }

    @Test
    void aRepliesSplittingStillAppliesAndOtherChannelsAreHandedBack() {
        TelegramOutbox outbox = new TelegramOutbox(table, java.time.Clock.systemUTC(), () -> { });
        List<Outbound> left = tx.execute(status -> outbox.keep(List.of(
                Outbound.text("tg:7", ("x".repeat(99) + "\n").repeat(60)), Outbound.text("web:abc", "hola"))));

        assertThat(left).extracting(Outbound::chat).containsExactly("web:abc");
        assertThat(table.count(OutboxTable.PENDING)).isEqualTo(2);
    }

    @Test
    void aRolledBackTransactionLeavesNothingToSend() {
        TelegramOutbox outbox = new TelegramOutbox(table, java.time.Clock.systemUTC(), () -> { });
        try {
            tx.executeWithoutResult(status -> {
                outbox.keep(List.of(Outbound.text("tg:7", "never")));
                throw new IllegalStateException("the turn failed after its replies were kept");
            });
        } catch (IllegalStateException expected) {
            // the point of the test
        }
        assertThat(table.count(OutboxTable.PENDING)).isZero();
    }

    @Test
    void tooManyRequestsMakesThatChatWaitRetryAfterWhileOtherChatsGoOn() {
        bot.refuse(7, 429);
        keep(Outbound.text("tg:7", "late"));
        start(props());
        bot.until(() -> java.util.Optional.of(bot.faultsAnswered()).filter(n -> n >= 1), WAIT);
        long refusedAt = bot.lastFaultNanos();
        bot.stopFailing();
        keep(Outbound.text("tg:8", "meanwhile"));

        bot.awaitSent(8, 1, WAIT);
        assertThat(bot.sentTo(7)).isEmpty();
        long retriedAt = bot.awaitSent(7, 1, WAIT).get(0).at();
        // the double said retry_after 1: the retry may not come sooner
        assertThat(retriedAt - refusedAt).isGreaterThanOrEqualTo(1_000_000_000L);
        assertThat(bot.faultsAnswered()).isEqualTo(1);
    }

    @Test
    void aBlockedChatOrABadRequestFailsOnceAndLaterMessagesStillGo() {
        bot.failNext("sendMessage", 400, 1);
        keep(numbered("tg:7", 3));
        bot.refuse(9, 403);
        keep(Outbound.text("tg:9", "blocked"));
        start(props());

        bot.awaitSent(7, 2, WAIT);
        assertThat(texts(7)).containsExactly("m2", "m3");
        bot.until(() -> java.util.Optional.of(table.count(OutboxTable.PENDING)).filter(n -> n == 0), WAIT);
        assertThat(statuses("tg:7")).containsExactly(OutboxTable.FAILED, OutboxTable.SENT, OutboxTable.SENT);
        assertThat(statuses("tg:9")).containsExactly(OutboxTable.FAILED);
        assertThat(bot.faultsAnswered()).isEqualTo(2);
    }

    @Test
    void unsentMessagesGoOutAfterARestartAndOnlyOnce() throws Exception {
        keep(numbered("tg:7", 4));
        start(props()).stop();
        running = null;
        int sentBefore = bot.sentTo(7).size();

        start(props());
        bot.awaitSent(7, 4, WAIT);
        bot.until(() -> java.util.Optional.of(table.count(OutboxTable.PENDING)).filter(n -> n == 0), WAIT);
        running.stop();
        start(props());

        assertThat(sentBefore).isLessThanOrEqualTo(4);
        await("nothing resent after the restart").during(Duration.ofMillis(300)).atMost(WAIT)
                .untilAsserted(() -> assertThat(texts(7)).containsExactly("m1", "m2", "m3", "m4"));
    }

    @Test
    void aChatGetsABurstThenOneMessageASecondAndAGroupTwentyAMinute() {
        RateLimits limits = new RateLimits(props("chat-per-second=1", "chat-burst=3"), 0);
        for (int i = 0; i < 3; i++) {
            assertThat(limits.waitFor(7, 0)).isZero();
            limits.take(7, 0);
        }
        assertThat(limits.waitFor(7, 0)).isEqualTo(1_000_000_000L);
        assertThat(limits.waitFor(8, 0)).isZero();
        assertThat(limits.waitFor(7, 1_000_000_000L)).isZero();

        RateLimits groups = new RateLimits(props("chat-per-second=100", "chat-burst=3", "group-per-minute=20"), 0);
        for (int i = 0; i < 3; i++) {
            groups.take(-100, 0);
        }
        assertThat(groups.waitFor(-100, 0)).isEqualTo(3_000_000_000L);
    }

    @Test
    void allChatsTogetherStayUnderTheGlobalRate() {
        RateLimits limits = new RateLimits(props("per-second=30"), 0);
        for (int chat = 1; chat <= 30; chat++) {
            limits.take(chat, 0);
        }
        assertThat(limits.globalAllows(0)).isFalse();
        assertThat(limits.waitFor(31, 0)).isGreaterThan(0);
        assertThat(limits.globalAllows(34_000_000L)).isTrue();
    }

    @Test
    void manyChatsToldToWaitAtOnceMakeEveryChatWait() {
        FloodWatch flood = new FloodWatch(3);
        flood.told("tg:1", Duration.ofSeconds(2), 0);
        flood.told("tg:1", Duration.ofSeconds(2), 1);
        flood.told("tg:2", Duration.ofSeconds(2), 2);
        assertThat(flood.pausedFor(3)).isZero();
        flood.told("tg:3", Duration.ofSeconds(2), 3);
        assertThat(flood.pausedFor(4)).isEqualTo(2_000_000_000L - 1);
    }

    @Test
    void backoffDoublesWithJitterUpToTheCap() {
        OutboxSender outbox = new OutboxSender(table, sender, props("first-retry=1s", "max-retry=10s"));
        assertThat(outbox.backoff(1)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(outbox.backoff(3)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(outbox.backoff(30)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }
}
