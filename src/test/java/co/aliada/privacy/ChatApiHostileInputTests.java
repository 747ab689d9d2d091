package co.aliada.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile and odd requests to {@code POST /api/chat/{id}}: every one answers 200 with safe replies or
 * 400 with {@code {"error"}}, never 500. Inputs come from a seeded generator, so a failure repeats.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "spring.datasource.url=jdbc:h2:mem:hostile-${random.uuid};DB_CLOSE_DELAY=-1"})
class ChatApiHostileInputTests {

    static final int REQUESTS = 400;
    static int tried;
    static int serverErrors;
    static int containerRefusals;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Random random = new Random(1581);

    @LocalServerPort int port;

    @Test
    void randomHostileRequestsAnswer200WithSafeRepliesOr400NeverAServerError() throws Exception {
        List<String> ids = List.of("fuzz-a", "fuzz-b", "fuzz-c", "x".repeat(60));
        for (int i = 0; i < REQUESTS; i++) {
            boolean junk = random.nextInt(20) == 0;
            String id = junk ? junkId() : ids.get(random.nextInt(ids.size()));
            HttpResponse<String> response = post(id, body());
            if (junk && refusedByTheServletContainer(response)) {
                continue;
            }
            check(response, "request " + i + " to " + id);
        }
    }

    @Test
    void malformedBodiesAndIdsAnswer400WithAnError() throws Exception {
        for (String body : List.of("", "null", "[]", "\"text\"", "{", "{\"text\": {}}", "{\"text\": null}",
                "{\"button\": \"\", \"text\": null}", "{\"text\": [1,2]}", "\u0000",
                // a number or a boolean is not a text: refused as /api/intent and /api/match refuse it, not coerced to "5"
                "{\"text\": 5}", "{\"text\": true}", "{\"button\": 5}", "{\"button\": false, \"text\": \"hola\"}")) {
            HttpResponse<String> response = post("fuzz-d", body);
            check(response, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
        }
        for (String id : List.of("x".repeat(61), "a%20b", "%3Cscript%3E", "%C3%B1", "..%2F..")) {
            HttpResponse<String> response = post(id, "{\"text\": \"hola\"}");
            if (!refusedByTheServletContainer(response)) {
                check(response, id);
                assertThat(response.statusCode()).as(id).isIn(400, 404);
            }
        }
    }

    @Test
    void loneSurrogatesAndNulsEscapedInJsonAreAnsweredAndEchoedSafely() throws Exception {
        String id = "fuzz-surrogates";
        for (String body : List.of("{\"text\": \"/start\"}", "{\"button\": \"consent:yes\"}", "{\"button\": \"sector:ict\"}",
                "{\"button\": \"size:small\"}", "{\"text\": \"Popay\\u00e1n\"}",
                "{\"text\": \"\\ud83d<script>\\u0000 & \\udc00Caf\\u00e9\"}", "{\"text\": \"/\\ud800\\u0000\"}",
                "{\"text\": \"/mis_datos\"}", "{\"button\": \"\\udfff\"}", "{\"text\": \"/borrar_datos si\"}")) {
            HttpResponse<String> response = post(id, body);
            check(response, body);
            assertThat(response.statusCode()).as(body).isEqualTo(200);
        }
    }

    /** Tomcat refuses some URLs (an encoded slash or NUL) with its own HTML 400 before the API sees them. */
    private static boolean refusedByTheServletContainer(HttpResponse<String> response) {
        boolean refused = response.statusCode() == 400
                && response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
        if (refused) {
            tried++;
            containerRefusals++;
        }
        return refused;
    }

    private void check(HttpResponse<String> response, String what) {
        tried++;
        if (response.statusCode() >= 500) {
            serverErrors++;
        }
        assertThat(response.statusCode()).as("%s: %s", what, response.body()).isIn(200, 400, 404);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as("%s answered %d %s", what, response.statusCode(), response.body()).startsWith("application/json");
        JsonNode json = JSON.readTree(response.body());
        if (response.statusCode() != 200) {
            assertThat(json.path("error").isString()).as(what).isTrue();
            return;
        }
        assertThat(json.isArray() && !json.isEmpty()).as("%s gets a reply", what).isTrue();
        for (JsonNode reply : json.values()) {
            assertThat(HostileInput.unsafe(reply.path("html").asString())).as(what).isNull();
        }
    }

    private String body() {
        String value = switch (random.nextInt(7)) {
            case 0 -> pick(HostileInput.MARKUP);
            case 1 -> pick(HostileInput.LUCENE);
            case 2 -> randomText(random.nextInt(40));
            case 3 -> randomText(10).repeat(1000);
            case 4 -> "/" + pick(HostileInput.COMMANDS) + (random.nextBoolean() ? "" : " " + randomText(12));
            case 5 -> pick(HostileInput.FORGED_BUTTONS);
            default -> pick(List.of("Popayán", "hola", "consent:yes", "sector:ict", "size:small", ""));
        };
        String field = random.nextInt(3) == 0 ? "button" : "text";
        String lang = random.nextInt(5) == 0 ? ", \"lang\": " + JSON.writeValueAsString(randomText(8)) : "";
        return "{\"" + field + "\": " + JSON.writeValueAsString(value) + lang + "}";
    }

    /** Any UTF-16 code units, lone surrogates and control characters included. */
    private String randomText(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(switch (random.nextInt(4)) {
                case 0 -> (char) random.nextInt(0x20);
                case 1 -> (char) (0xd800 + random.nextInt(0x800));
                case 2 -> (char) (0x20 + random.nextInt(0x60));
                default -> (char) random.nextInt(0x10000);
            });
        }
        return text.toString();
    }

    private String junkId() {
        return URLEncoder.encode(randomText(1 + random.nextInt(70)), StandardCharsets.UTF_8);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private HttpResponse<String> post(String id, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat/" + id))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void report() {
        System.out.printf("hostile input (REST /api/chat): %d requests tried, %d server errors, %d junk URLs refused by Tomcat (HTML 400)%n",
                tried, serverErrors, containerRefusals);
    }
}
