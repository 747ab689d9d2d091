package co.aliada.intent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Before, {@code POST /api/intent} answered a refusal ("no necesito asesor") as "deny" at 0.717 while its ranking listed
 * "deny" at 0.253, under the request it refused: the admin trying a phrase read two scores for one intent. Now the
 * answer's score is the one its ranking lists for the intent chosen, and the ranking stays best first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=",
        "spring.datasource.url=jdbc:h2:mem:intent-api;DB_CLOSE_DELAY=-1",
        "management.endpoint.health.show-details=always"})
class IntentApiRefusalTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private JsonNode post(String text) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/intent"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("text", text, "lang", "es"))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no necesito asesor", "no quiero hablar con una persona", "I don't need help, thanks",
            "no quiero continuar", "quiero cambiar la respuesta", "no quiero reiniciar"})
    void theChosenIntentsScoreIsTheOneItsRankingLists(String text) throws Exception {
        JsonNode body = post(text);

        assertThat(body.get("intent").isNull()).as("a refusal or a request is chosen: %s", body).isFalse();
        String intent = body.get("intent").asString();
        double score = body.get("score").asDouble();
        JsonNode listed = null;
        double before = Double.MAX_VALUE;
        for (JsonNode scored : body.get("ranked")) {
            assertThat(scored.get("score").asDouble()).as("best first: %s", body).isLessThanOrEqualTo(before);
            before = scored.get("score").asDouble();
            if (scored.get("intent").asString().equals(intent)) {
                listed = scored;
            }
        }
        assertThat(listed).as("the intent chosen is in its ranking: %s", body).isNotNull();
        assertThat(listed.get("score").asDouble()).as("one score for one intent: %s", body).isEqualTo(score);
    }
}
