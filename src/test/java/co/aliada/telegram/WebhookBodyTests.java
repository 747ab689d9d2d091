package co.aliada.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 13: a 200 MB POST to the webhook, with no secret, is refused without being read. The body is
 * produced lazily and counted: the server must answer having taken a sliver of it, not all of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.mode=webhook", "aliada.telegram.webhook-secret=s3cret-42"})
@DirtiesContext
class WebhookBodyTests {

    static final long HUGE = 200L * 1024 * 1024;
    static final BotApiDouble bot = new BotApiDouble();
    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("aliada.telegram.token", () -> BotApiDouble.TOKEN);
        registry.add("aliada.telegram.base-url", bot::baseUrl);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:tg-body-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void aHugeBodyWithoutTheSecretIsRefusedUnread() throws Exception {
        AtomicLong produced = new AtomicLong();
        int status = send(null, produced, false);
        assertThat(status).isIn(401, 413, -1);
        assertThat(produced.get()).as("bytes the client managed to send").isLessThan(HUGE / 4);
    }

    @Test
    void aHugeBodyWithoutADeclaredLengthIsRefusedByTheSecretBeforeItIsRead() throws Exception {
        AtomicLong produced = new AtomicLong();
        int status = send(null, produced, true);
        assertThat(status).isIn(401, 413, -1);
        assertThat(produced.get()).isLessThan(HUGE / 4);
    }

    @Test
    void aHugeBodyWithTheSecretStillGets413() throws Exception {
        AtomicLong produced = new AtomicLong();
        assertThat(send("s3cret-42", produced, true)).as("413, or a closed connection while the client still sends").isIn(413, -1);
        assertThat(produced.get()).isLessThan(HUGE / 4);
    }

    private int send(String secret, AtomicLong produced, boolean chunked) throws Exception {
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(HUGE, produced));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(chunked ? body : HttpRequest.BodyPublishers.fromPublisher(body, HUGE));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException closed) {
            return -1; // the connection closed while the client was still sending: no answer seen
        }
    }

    /** {@code length} bytes of a JSON-ish filler, made only as they are read. */
    static final class Zeros extends InputStream {
        private final long length;
        private final AtomicLong produced;

        Zeros(long length, AtomicLong produced) {
            this.length = length;
            this.produced = produced;
        }

        @Override
        public int read() {
            if (produced.get() >= length) {
                return -1;
            }
            produced.incrementAndGet();
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long left = length - produced.get();
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) ' ');
            produced.addAndGet(n);
            return n;
        }
    }
}
