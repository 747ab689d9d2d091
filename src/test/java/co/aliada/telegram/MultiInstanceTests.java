package co.aliada.telegram;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the app (each a JVM of its own, with its web server, outbox sender and scheduler) on
 * one PostgreSQL, in webhook mode behind a "load balancer" that sends each update of a chat to one or
 * the other in turn, and to the survivor once one is killed (SIGKILL) in the middle of the run. Every
 * chat must get the reference journey's messages, in order, none missing; a message sent twice is
 * allowed only as the documented at-least-once window (the killed instance had sent it and died before
 * marking it; the survivor sends it again once its claim ran out) and is counted apart.
 */
class MultiInstanceTests {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final String SECRET = "s3cret-multi";
    static final int CHATS = 6;

    @TempDir
    Path dir;

    private final BotApiDouble bot = new BotApiDouble();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicInteger nextUpdate = new AtomicInteger(50_000);
    private final List<ChildApp> apps = new ArrayList<>();
    private final int[] ports = new int[2];
    private volatile boolean bKilled;
    private EmbeddedPostgres postgres;

    @AfterEach
    void stop() throws Exception {
        for (ChildApp app : apps) {
            app.kill();
        }
        bot.close();
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoInstancesLoseNoAnswerSendNoneTwiceAndKeepEachChatsOrderWhenOneIsKilled() throws Exception {
        postgres = EmbeddedPostgres.start();
        for (int i = 0; i < 2; i++) {
            ports[i] = freePort();
            apps.add(ChildApp.start(dir, dir.resolve("app-" + i + ".log"),
                    "--aliada.telegram.token=" + BotApiDouble.TOKEN, "--aliada.telegram.base-url=" + bot.baseUrl(),
                    "--aliada.telegram.mode=webhook", "--aliada.telegram.webhook-secret=" + SECRET,
                    "--server.port=" + ports[i], "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                    "--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                    "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--aliada.outbox.lease=3s", "--aliada.outbox.poll=100ms", "--aliada.outbox.per-second=1000",
                    "--aliada.outbox.chat-per-second=100", "--aliada.outbox.chat-burst=10",
                    "--aliada.privacy.sweep-cron=-"));
        }
        for (int port : ports) {
            await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> health(port) == 200);
        }
        JdbcTemplate db = new JdbcTemplate(postgres.getPostgresDatabase());
        List<Journey.Step> journey = Journey.steps();

        // the reference: one chat through the first instance alone, each input's replies complete before the next
        long reference = 9000;
        int[] expectedAfter = new int[journey.size()];
        for (int i = 0; i < journey.size(); i++) {
            assertThat(post(0, journey.get(i).toJson(bot, reference, nextUpdate.getAndIncrement()))).isEqualTo(200);
            await().atMost(WAIT).until(() -> pending(db, reference) == 0);
            expectedAfter[i] = bot.sentTo(reference).size();
        }
        List<String> expected = Journey.received(bot, reference);

        AtomicInteger inputsDone = new AtomicInteger();
        ExecutorService people = Executors.newFixedThreadPool(CHATS);
        List<Future<?>> runs = new ArrayList<>();
        for (int c = 0; c < CHATS; c++) {
            long chat = 9100 + c;
            runs.add(people.submit(() -> {
                for (int i = 0; i < journey.size(); i++) {
                    String update = journey.get(i).toJson(bot, chat, nextUpdate.getAndIncrement());
                    deliver(update, (int) ((i + chat) % 2));
                    inputsDone.incrementAndGet();
                    int want = expectedAfter[i];
                    bot.until(() -> Optional.of(Journey.withoutRepeats(Journey.received(bot, chat), expected).size())
                            .filter(n -> n >= want), WAIT);
                }
                return null;
            }));
        }
        // kill the second instance in the middle of the run
        await().atMost(WAIT).until(() -> inputsDone.get() >= CHATS * journey.size() * 2 / 5);
        bKilled = true;
        apps.get(1).kill();
        for (Future<?> run : runs) {
            run.get(3, TimeUnit.MINUTES);
        }
        people.shutdown();

        int repeats = 0;
        for (int c = 0; c < CHATS; c++) {
            long chat = 9100 + c;
            await().atMost(WAIT).until(() -> pending(db, chat) == 0);
            List<String> got = Journey.received(bot, chat);
            assertThat(Journey.withoutRepeats(got, expected)).as("chat %d: all, in order", chat).isEqualTo(expected);
            int chatRepeats = got.size() - expected.size();
            assertThat(chatRepeats).as("chat %d: only the at-least-once window repeats", chat).isLessThanOrEqualTo(1);
            repeats += chatRepeats;
            assertThat(db.queryForObject("select count(*) from selfcheck_result where chat = ?", Integer.class, "tg:" + chat))
                    .as("chat %d: each answer handled once", chat).isEqualTo(1);
        }
        assertThat(db.queryForObject("select count(*) from outbox_message where status <> 'SENT'", Integer.class)).isZero();
        assertThat(db.queryForObject("select count(distinct claimed_by) from outbox_message", Integer.class))
                .as("both instances sent").isEqualTo(2);
        System.out.printf("multi-instance: %d chats x %d inputs over 2 instances, one killed; window repeats %d%n",
                CHATS, journey.size(), repeats);
    }

    /** Like a load balancer with Telegram behind it: an update that was not answered 200 goes again, to the survivor. */
    private void deliver(String update, int preferred) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        int target = preferred;
        while (System.nanoTime() < end) {
            if (target == 1 && bKilled) {
                target = 0;
            }
            if (post(target, update) == 200) {
                return;
            }
            target = bKilled ? 0 : 1 - target;
        }
        throw new AssertionError("update never accepted: " + update);
    }

    private int post(int instance, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + ports[instance] + "/telegram/webhook"))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                    .header(TelegramWebhookController.SECRET_HEADER, SECRET)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private int health(int port) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int pending(JdbcTemplate db, long chat) {
        return db.queryForObject("select count(*) from outbox_message where chat = ? and status = 'PENDING'",
                Integer.class, "tg:" + chat);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
