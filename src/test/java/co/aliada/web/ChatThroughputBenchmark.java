package co.aliada.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Load driver for the local channel: many conversations at once through {@code POST /api/chat}, on
 * the real engine and an H2 file. Prints throughput and latency percentiles; asserts nothing about
 * time. Run with {@code ./mvnw -B -Pbench test -Dtest=ChatThroughputBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "aliada.telegram.token=")
class ChatThroughputBenchmark {

    private static final int CONVERSATIONS = 400;
    private static final int CLIENTS = 16;
    private static final List<String> JOURNEY = List.of(
            "{\"text\":\"/start\"}", "{\"button\":\"consent:yes\"}", "{\"button\":\"sector:agribusiness\"}",
            "{\"button\":\"size:small\"}", "{\"text\":\"Popayán\"}", "{\"button\":\"company:skip\"}",
            "{\"text\":\"/continuar\"}", "{\"text\":\"/ayuda\"}", "{\"text\":\"/continuar\"}", "{\"text\":\"hola\"}");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("aliada-bench");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("bench") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void measuresUpdatesPerSecondThroughTheLocalChannel() throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
        run(http, "warmup", 100);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CONVERSATIONS; c++) {
            String id = "bench-" + c;
            done.add(clients.submit(() -> {
                for (String body : JOURNEY) {
                    long t0 = System.nanoTime();
                    if (post(http, id, body) != 200) {
                        failures.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        Collections.sort(latencies);
        System.out.printf("local channel: %d updates in %.2f s = %.0f updates/s; p50 %.2f ms, p99 %.2f ms; failures %d%n",
                latencies.size(), seconds, latencies.size() / seconds,
                latencies.get(latencies.size() / 2) / 1e6, latencies.get((int) (latencies.size() * 0.99)) / 1e6,
                failures.get());
    }

    private void run(HttpClient http, String prefix, int conversations) {
        for (int c = 0; c < conversations; c++) {
            for (String body : JOURNEY) {
                post(http, prefix + c, body);
            }
        }
    }

    private int post(HttpClient http, String id, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat/" + id))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
