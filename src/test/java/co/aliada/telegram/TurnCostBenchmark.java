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
 * ({@code -Dbench.databases=h2} or {@code postgresql} for one of them, {@code -Dbench.channels=chat} or
 * {@code telegram} for one journey). Each round also gives the CPU a request cost the server and the driver,
 * read from each process's own clock, which other load on the machine does not move the way it moves rates;
 * figures also go to {@code target/bench/turn-cost.txt}. Asserts nothing about time.
 */
class TurnCostBenchmark {

    static final int USERS = Integer.getInteger("bench.users", 100);
    static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    /** {@code chat}, {@code telegram} or both: the journeys measured beside the stateless requests. */
    static final String CHANNELS = System.getProperty("bench.channels", "chat,telegram");
    static final int WARM_UP_USERS = Math.min(USERS, 200);
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
            // -Dbench.server-args="--a=b --c=d": settings to compare, e.g. another spring.datasource.url
            args.addAll(List.of(System.getProperty("bench.server-args", "").trim().split("\\s+")).stream()
                    .filter(arg -> !arg.isEmpty()).toList());
            long begin = System.nanoTime();
            ChildApp app = ChildApp.startAsDeployed(dir, dir.resolve("server.log"), args.toArray(String[]::new));
            try {
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> health(port) == 200);
                line("%s: start to ready %.1f s (as seen by the driver, JVM start included)", database,
                        (System.nanoTime() - begin) / 1e9);
                // warm-up, so that the rounds measure compiled code: one of each round, not counted
                intentRound(port, app, WARM_UP_USERS * 21);
                chatRound(port, app, WARM_UP_USERS);
                telegramRound(port, app, WARM_UP_USERS);
                long heapBefore = heapAfterGc(port, app.pid());
                long conversationsBefore = conversations.get();
                List<Round> intents = new ArrayList<>();
                List<Round> chats = new ArrayList<>();
                List<Round> telegram = new ArrayList<>();
                for (int r = 0; r < ROUNDS; r++) {
                    intents.add(intentRound(port, app, USERS * 21));
                    if (CHANNELS.contains("chat")) {
                        chats.add(chatRound(port, app, USERS));
                    }
                    intents.add(intentRound(port, app, USERS * 21));
                    if (CHANNELS.contains("telegram")) {
                        telegram.add(telegramRound(port, app, USERS));
                    }
                    line("%s: round %d: intent %s, %s; chat %s; Telegram %s", database, r + 1, intents.get(2 * r),
                            intents.get(2 * r + 1), chats.isEmpty() ? "-" : chats.get(r), telegram.isEmpty() ? "-" : telegram.get(r));
                }
                long heapAfter = heapAfterGc(port, app.pid());
                long idle = conversations.get() - conversationsBefore;
                line("%s: heap after GC %.1f MB with %d conversations, %.1f MB with %d more: %.0f bytes an idle conversation",
                        database, heapBefore / 1e6, conversationsBefore, heapAfter / 1e6, idle,
                        (heapAfter - heapBefore) / (double) idle);
                line("%s: largest heap holders after the rounds (jcmd GC.class_histogram):%n%s", database,
                        histogram(app.pid(), 8));
                line("%s: POST /api/intent %.0f req/s (rounds %s), %.2f ms CPU a request (server %.2f + driver %.2f)",
                        database, median(intents, Round::perSecond), rates(intents), median(intents, Round::cpuPerRequest),
                        median(intents, Round::serverCpu), median(intents, Round::driverCpu));
                if (!chats.isEmpty()) {
                    report(database, "/api/chat journey", chats, intents);
                }
                if (!telegram.isEmpty()) {
                    report(database, "Telegram webhook journey (until every answer is sent)", telegram, intents);
                }
            } finally {
                app.kill();
            }
        }
    }

    /**
     * One round: requests a second, and the CPU time a request cost the server and the driver (both processes'
     * own CPU clocks, so other load on the machine does not count). When CPU is what limits, the ratio of the CPU
     * costs is the ratio the rates reach on an idle machine.
     */
    record Round(double perSecond, double serverCpu, double driverCpu) {
        double cpuPerRequest() {
            return serverCpu + driverCpu;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f/s (%.2f + %.2f ms CPU)", perSecond, serverCpu, driverCpu);
        }
    }

    private void report(String database, String what, List<Round> rounds, List<Round> intents) {
        double rate = median(rounds, Round::perSecond);
        double cpu = median(rounds, Round::cpuPerRequest);
        double server = median(rounds, Round::serverCpu);
        line("%s: %s %.0f turns/s (rounds %s), ratio %.2f; %.2f ms CPU a turn (server %.2f + driver %.2f),"
                        + " CPU ratio %.2f (server alone %.2f)", database, what, rate, rates(rounds),
                rate / median(intents, Round::perSecond), cpu, server, median(rounds, Round::driverCpu),
                median(intents, Round::cpuPerRequest) / cpu, median(intents, Round::serverCpu) / server);
    }

    private Round intentRound(int port, ChildApp app, int requests) throws Exception {
        AtomicInteger next = new AtomicInteger();
        return drive(app, () -> {
            int i;
            int sent = 0;
            while ((i = next.getAndIncrement()) < requests) {
                post(port, "/api/intent", "{\"text\":\"" + INTENT_TEXTS.get(i % INTENT_TEXTS.size()) + "\"}", null);
                sent++;
            }
            return sent;
        }, () -> { });
    }

    private Round chatRound(int port, ChildApp app, int users) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Journey.Step> journey = Journey.steps();
        return drive(app, () -> {
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
        }, () -> { });
    }

    /** Ends when the outbox is empty: the answers sent to the Bot API (charts drawn there) are part of the cost. */
    private Round telegramRound(int port, ChildApp app, int users) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger updateIds = new AtomicInteger((int) (conversations.get() * 100 + 1_000_000));
        List<Journey.Step> journey = Journey.steps();
        return drive(app, () -> {
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
        }, () -> await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50)).until(() -> backlog(port) == 0));
    }

    /** Runs the work on every client at once, then {@code settle}. */
    private Round drive(ChildApp app, java.util.concurrent.Callable<Integer> work, Runnable settle) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            long serverCpu = app.cpuNanos();
            long driverCpu = driverCpuNanos();
            long start = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(clients.submit(work));
            }
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get();
            }
            settle.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Round(total / seconds, (app.cpuNanos() - serverCpu) / 1e6 / total,
                    (driverCpuNanos() - driverCpu) / 1e6 / total);
        } finally {
            clients.shutdown();
        }
    }

    private static long driverCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private double backlog(int port) throws IOException, InterruptedException {
        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        return metrics.lines().filter(l -> l.startsWith("aliada_outbox_backlog"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
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

    private static double median(List<Round> rounds, java.util.function.ToDoubleFunction<Round> figure) {
        List<Double> sorted = rounds.stream().map(figure::applyAsDouble).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String rates(List<Round> rounds) {
        return rounds.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.perSecond())).toList().toString();
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
