package co.aliada.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13 at the web edge: bodies over 1 MB refused on every endpoint, a client faster than people gets
 * 429 with Retry-After while a quick person does not, security headers on every page, and a conversation
 * started from the page belongs to that browser while cookie-less API clients keep working by id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "aliada.web.rate-limit=60",
        "spring.datasource.url=jdbc:h2:mem:edge-${random.uuid};DB_CLOSE_DELAY=-1"})
class EdgeLimitsTests {

    @LocalServerPort
    int port;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void bodiesOverAMegabyteGet413OnEveryEndpoint() throws Exception {
        String big = "{\"text\":\"" + "a".repeat(1_100_000) + "\"}";
        for (String path : List.of("/api/chat/big1", "/api/match", "/api/intent", "/telegram/webhook", "/anything")) {
            HttpResponse<String> declared = send(post(path, HttpRequest.BodyPublishers.ofString(big)), null);
            assertThat(declared.statusCode()).as(path).isEqualTo(413);
        }
        // no Content-Length (chunked): cut off once past the limit
        HttpResponse<String> chunked = send(post("/api/match", HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))),
                null);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(send(post("/api/match", HttpRequest.BodyPublishers.ofString("{\"text\":\"registro INVIMA\"}")), null)
                .statusCode()).as("a normal body still passes").isEqualTo(200);
    }

    @Test
    void aClientFasterThanPeopleGets429WithRetryAfterAndAQuickPersonDoesNot() throws Exception {
        String id = "fast" + UUID.randomUUID().toString().substring(0, 8);
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 90; i++) {
            HttpResponse<String> r = send(post("/api/chat/" + id, HttpRequest.BodyPublishers.ofString("{\"text\":\"hola\"}")), null);
            statuses.add(r.statusCode());
            if (r.statusCode() == 429 && retryAfter == null) {
                retryAfter = r.headers().firstValue("Retry-After").orElse(null);
            }
        }
        assertThat(statuses.subList(0, 40)).as("forty quick taps in a row: a person is never held back").containsOnly(200);
        assertThat(statuses).contains(429);
        assertThat(retryAfter).isNotNull().matches("[1-9][0-9]*");
    }

    /**
     * Every open page polls its conversation every few seconds: 25 people of a workshop behind one address read about 375
     * times a minute, and polling shared the messages' limit (300 a minute an address), so they got 429s while writing.
     */
    @Test
    void aWorkshopBehindOneAddressCanReadItsConversationsBackWithoutLosingItsMessages() throws Exception {
        String prefix = "class" + UUID.randomUUID().toString().substring(0, 6) + "-";
        List<Integer> reads = new ArrayList<>();
        for (int round = 0; round < 16; round++) {
            for (int person = 0; person < 25; person++) {
                reads.add(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat/" + prefix + person)).GET(), null)
                        .statusCode());
            }
        }
        assertThat(reads).as("400 reads of 25 conversations").containsOnly(200);
        HttpResponse<String> message = send(post("/api/chat/" + prefix + "0", HttpRequest.BodyPublishers.ofString("{\"text\":\"hola\"}")), null);
        assertThat(message.statusCode()).as("a message after them").isEqualTo(200);
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndThePageRunsOnlyItsOwnScriptFiles() throws Exception {
        for (String path : List.of("/", "/api/catalog", "/no-such-page", "/actuator/health")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).GET(), null);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'", "script-src 'self';"));
        }
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/")).GET(), null);
        assertThat(page.body()).contains("<script src=\"chat.js\"").doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        HttpResponse<String> script = send(HttpRequest.newBuilder(uri("/chat.js")).GET(), null);
        assertThat(script.body()).contains("crypto.getRandomValues").doesNotContain("Math.random().toString");
    }

    @Test
    void aConversationStartedFromThePageBelongsToThatBrowser() throws Exception {
        String cookie = browserCookie();
        String other = browserCookie();
        String id = "c" + UUID.randomUUID().toString().replace("-", "");
        String start = "{\"text\":\"/start\"}";

        assertThat(send(post("/api/chat/" + id, HttpRequest.BodyPublishers.ofString(start)), cookie).statusCode()).isEqualTo(200);
        assertThat(send(post("/api/chat/" + id, HttpRequest.BodyPublishers.ofString(start)), cookie).statusCode()).isEqualTo(200);
        assertThat(send(post("/api/chat/" + id, HttpRequest.BodyPublishers.ofString(start)), other).statusCode())
                .as("another browser").isEqualTo(404);
        assertThat(send(post("/api/chat/" + id, HttpRequest.BodyPublishers.ofString(start)), null).statusCode())
                .as("a client without the cookie").isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(uri("/api/chat/" + id)).GET(), other).statusCode())
                .as("reading it from another browser").isEqualTo(404);
    }

    /** Before, the data export of a conversation bound to a browser downloaded without that browser's cookie. */
    @Test
    void aFileOfAConversationStartedFromThePageIsThatBrowsersToo() throws Exception {
        String cookie = browserCookie();
        String id = "c" + UUID.randomUUID().toString().replace("-", "");
        for (String input : new String[] {"{\"text\":\"/start\"}", "{\"button\":\"consent:yes\"}", "{\"button\":\"sector:ict\"}"}) {
            send(post("/api/chat/" + id, HttpRequest.BodyPublishers.ofString(input)), cookie);
        }
        String export = send(post("/api/chat/" + id, HttpRequest.BodyPublishers.ofString("{\"text\":\"/mis_datos\"}")), cookie).body();
        java.util.regex.Matcher document = java.util.regex.Pattern.compile("\"document\":\"(/api/media/[^\"]+)\"").matcher(export);
        assertThat(document.find()).as(export).isTrue();

        assertThat(send(HttpRequest.newBuilder(uri(document.group(1))).GET(), cookie).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri(document.group(1))).GET(), null).statusCode()).as("without the cookie").isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(uri(document.group(1))).GET(), browserCookie()).statusCode()).as("another browser")
                .isEqualTo(404);
    }

    @Test
    void aPlainClientWithoutCookiesKeepsUsingAnIdOfItsOwn() throws Exception {
        String id = "alice" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            assertThat(send(post("/api/chat/" + id, HttpRequest.BodyPublishers.ofString("{\"text\":\"/start\"}")), null)
                    .statusCode()).isEqualTo(200);
        }
        assertThat(send(HttpRequest.newBuilder(uri("/api/chat/" + id)).GET(), null).statusCode()).isNotEqualTo(404);
        assertThat(send(post("/api/chat/" + id, HttpRequest.BodyPublishers.ofString("{\"text\":\"/start\"}")), browserCookie())
                .statusCode()).as("a browser cannot take over an existing conversation").isEqualTo(200);
        assertThat(send(post("/api/chat/" + id, HttpRequest.BodyPublishers.ofString("{\"text\":\"/start\"}")), null)
                .statusCode()).isEqualTo(200);
    }

    private String browserCookie() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/")).GET(), null);
        String set = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(set).contains("HttpOnly", "SameSite=Strict");
        return set.substring(0, set.indexOf(';'));
    }

    private HttpRequest.Builder post(String path, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(body);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String cookie) throws Exception {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
