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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

/**
 * What a turn costs against a stateless request of the same server. The server runs in a JVM of its own
 * ({@link ChildApp}); this JVM is only the load driver (and the Bot API double). Simulated users take
 * the journey (consent, profile, the whole self-check: 21 inputs) through {@code POST /api/chat/{id}} and,
 * in webhook mode, as Telegram updates; between those rounds the same clients send {@code POST /api/intent}.
 * Rounds alternate (intent, turns, intent, …) so that the machine's noise falls on both; the figure is
 * the ratio of the medians, turns/s ÷ intent requests/s, on H2 (the default file) and on PostgreSQL.
 * <p>
 * {@code ./mvnw -B -Pbench test -Dtest=TurnCostBenchmark -Dbench.users=100 -Dbench.clients=8 -Dbench.rounds=3}
 * ({@code -Dbench.databases=h2} or {@code postgresql} for one of them);
 * figures also go to {@code target/bench/turn-cost.txt}. Asserts nothing about time.
 */
class TurnCostBenchmark {

    static final int USERS = Integer.getInteger("bench.users", 100);
    static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    static final String SECRET = "bench-secret";
    static final List<String> INTENT_TEXTS = List.of("hola", "quiero hablar con una persona", "Popayán",
            "necesito vender en línea", "gracias", "borrar mis datos", "ayuda", "no entiendo");

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
    private final AtomicLong conversations = new AtomicLong();
    private final StringBuilder report = new StringBuilder();

    @Test
    void turnsAgainstStatelessRequests() throws Exception {
        line("turn cost: %d users a round, %d clients, %d rounds, %d cores, %s", USERS, CLIENTS, ROUNDS,
                Runtime.getRuntime().availableProcessors(), java.time.Instant.now());
        String databases = System.getProperty("bench.databases", "h2,postgresql");
        if (databases.contains("h2")) {
            measure("H2 file", List.of());
        }
        if (!databases.contains("postgresql")) {
            write();
            return;
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            measure("PostgreSQL", List.of(
                    "--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                    "--spring.datasource.username=postgres", "--spring.datasource.password="));
        }
        write();
    }

    private void write() throws IOException {
        Path out = Path.of("target", "bench", "turn-cost.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private void measure(String database, List<String> dbArgs) throws Exception {
        Path dir = Files.createTempDirectory("aliada-turn-cost");
        try (BotApiDouble bot = new BotApiDouble()) {
            int port = freePort();
            List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--logging.level.root=WARN",
                    "--aliada.web.rate-limit=0", "--aliada.telegram.token=" + BotApiDouble.TOKEN,
                    "--aliada.telegram.base-url=" + bot.baseUrl(), "--aliada.telegram.mode=webhook",
                    "--aliada.telegram.webhook-secret=" + SECRET, "--aliada.outbox.per-second=100000",
                    "--aliada.outbox.chat-per-second=1000", "--aliada.outbox.chat-burst=100",
                    "--aliada.privacy.sweep-cron=-"));
            args.addAll(dbArgs);
            long begin = System.nanoTime();
            ChildApp app = ChildApp.startAsDeployed(dir, dir.resolve("server.log"), args.toArray(String[]::new));
            try {
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> health(port) == 200);
                line("%s: start to ready %.1f s (as seen by the driver, JVM start included)", database,
                        (System.nanoTime() - begin) / 1e9);
                chatRound(port, Math.min(USERS, 50)); // warm-up
                intentRound(port, Math.min(USERS, 50) * 21);
                long heapBefore = heapAfterGc(port, app.pid());
                long conversationsBefore = conversations.get();
                List<Double> intents = new ArrayList<>();
                List<Double> chats = new ArrayList<>();
                List<Double> telegram = new ArrayList<>();
                for (int r = 0; r < ROUNDS; r++) {
                    intents.add(intentRound(port, USERS * 21));
                    chats.add(chatRound(port, USERS));
                    intents.add(intentRound(port, USERS * 21));
                    telegram.add(telegramRound(port, bot, USERS));
                    line("%s: round %d: intent %.0f, %.0f req/s; chat %.0f turns/s; Telegram %.0f updates/s", database,
                            r + 1, intents.get(2 * r), intents.get(2 * r + 1), chats.get(r), telegram.get(r));
                }
                long heapAfter = heapAfterGc(port, app.pid());
                long idle = conversations.get() - conversationsBefore;
                line("%s: heap after GC %.1f MB with %d conversations, %.1f MB with %d more: %.0f bytes an idle conversation",
                        database, heapBefore / 1e6, conversationsBefore, heapAfter / 1e6, idle,
                        (heapAfter - heapBefore) / (double) idle);
                line("%s: largest heap holders after the rounds (jcmd GC.class_histogram):%n%s", database,
                        histogram(app.pid(), 8));
                double intent = median(intents);
                line("%s: POST /api/intent %.0f req/s (rounds %s)", database, intent, rates(intents));
                line("%s: /api/chat journey %.0f turns/s (rounds %s), ratio %.2f", database, median(chats),
                        rates(chats), median(chats) / intent);
                line("%s: Telegram webhook journey %.0f updates/s (rounds %s), ratio %.2f", database, median(telegram),
                        rates(telegram), median(telegram) / intent);
            } finally {
                app.kill();
            }
        }
    }

    private double intentRound(int port, int requests) throws Exception {
        AtomicInteger next = new AtomicInteger();
        return drive(() -> {
            int i;
            int sent = 0;
            while ((i = next.getAndIncrement()) < requests) {
                post(port, "/api/intent", "{\"text\":\"" + INTENT_TEXTS.get(i % INTENT_TEXTS.size()) + "\"}", null);
                sent++;
            }
            return sent;
        });
    }

    private double chatRound(int port, int users) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Journey.Step> journey = Journey.steps();
        return drive(() -> {
            int sent = 0;
            while (next.getAndIncrement() < users) {
                String id = "bench-" + conversations.incrementAndGet();
                for (Journey.Step step : journey) {
                    String body = step.press() ? "{\"button\":\"" + step.value() + "\"}" : "{\"text\":\"" + step.value() + "\"}";
                    post(port, "/api/chat/" + id, body, null);
                    sent++;
                }
            }
            return sent;
        });
    }

    private double telegramRound(int port, BotApiDouble bot, int users) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger updateIds = new AtomicInteger((int) (conversations.get() * 100 + 1_000_000));
        List<Journey.Step> journey = Journey.steps();
        return drive(() -> {
            int sent = 0;
            while (next.getAndIncrement() < users) {
                long chat = 1_000_000 + conversations.incrementAndGet();
                for (Journey.Step step : journey) {
                    UpdateJson update = step.press() ? UpdateJson.press(chat, 1, step.value())
                            : UpdateJson.message(chat).text(step.value());
                    post(port, "/telegram/webhook", update.toJson(updateIds.incrementAndGet()), SECRET);
                    sent++;
                }
            }
            return sent;
        });
    }

    /** Runs the work on every client at once; returns requests a second. */
    private double drive(java.util.concurrent.Callable<Integer> work) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(clients.submit(work));
            }
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            clients.shutdown();
        }
    }

    private void post(int port, String path, String body, String secret) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(TelegramWebhookController.SECRET_HEADER, secret);
        }
        int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException(path + " answered " + status);
        }
    }

    /** The server's heap in use after a full collection (jcmd GC.run, then its own metrics). */
    private long heapAfterGc(int port, long pid) throws IOException, InterruptedException {
        Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor();
        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        return (long) metrics.lines().filter(l -> l.startsWith("jvm_memory_used_bytes{area=\"heap\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static String histogram(long pid, int rows) throws IOException, InterruptedException {
        Process histogram = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(histogram.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        histogram.waitFor();
        return String.join("\n", out.lines().skip(1).limit(rows + 2).toList());
    }

    private int health(int port) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String rates(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
        try {
            write(); // line by line, so that a run stopped early still leaves its figures
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
