package co.aliada.intent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=",
        "spring.datasource.url=jdbc:h2:mem:intent-api;DB_CLOSE_DELAY=-1",
        "management.endpoint.health.show-details=always"}) // details are for admins by default
class IntentApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Understanding understanding;

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/intent"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theEngineUnderstandsWithTheIntentsAndHealthReportsThem() throws Exception {
        assertThat(understanding).isInstanceOfAny(IntentClassifier.class, IntentMetrics.class); // metrics wrap the classifier
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"intents\"");
    }

    @Test
    void answersTheIntentItsScoreAndTheRanking() throws Exception {
        HttpResponse<String> response = post("{\"text\": \"quiero hablar con una persona\", \"lang\": \"es\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("intent").asString()).isEqualTo("talk_to_human");
        assertThat(body.get("score").asDouble()).isBetween(IntentModel.STRONG, 1.0);
        assertThat(body.get("ranked").get(0).get("intent").asString()).isEqualTo("talk_to_human");
        assertThat(body.get("ranked").get(0).get("score").asDouble()).isEqualTo(body.get("score").asDouble());
        assertThat(body.get("ranked").size()).isBetween(2, 5);
    }

    @Test
    void answersANullIntentWhenNothingPassesTheThreshold() throws Exception {
        HttpResponse<String> response = post("{\"text\": \"Popayán\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.has("intent")).isTrue();
        assertThat(body.get("intent").isNull()).isTrue();
        assertThat(body.get("score").asDouble()).isLessThan(IntentModel.THRESHOLD);
        assertThat(body.get("ranked").isArray()).isTrue();
    }

    @Test
    void refusesEmptyOverLongAndUnknownLanguage() throws Exception {
        for (String bad : new String[] {"{\"text\": \"  \"}", "{}",
                "{\"text\": \"" + "a".repeat(IntentController.MAX_TEXT + 1) + "\"}", "{\"text\": \"hola\", \"lang\": \"fr\"}"}) {
            HttpResponse<String> response = post(bad);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("error").asString()).isNotBlank();
        }
    }

    /** The two public endpoints refuse an unknown language in the same words ("es or en" here, quoted there). */
    @Test
    void anUnknownLanguageIsRefusedAsAtTheMatchEndpoint() throws Exception {
        HttpResponse<String> response = post("{\"text\": \"hola\", \"lang\": \"fr\"}");
        assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("lang must be \"es\" or \"en\"");
    }

    @Test
    void refusesATextThatIsNotAString() throws Exception {
        for (String bad : new String[] {"{\"text\": 5}", "{\"text\": null}", "{\"text\": [\"a\"]}",
                "{\"text\": {\"a\": 1}}", "{\"text\": false}"}) {
            HttpResponse<String> response = post(bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("error").asString()).contains("string");
        }
    }

    @Test
    void aLanguageOfTheWrongTypeIsNamedInTheError() throws Exception {
        for (String bad : new String[] {"{\"text\": \"hola\", \"lang\": [\"es\"]}", "{\"text\": \"hola\", \"lang\": {\"x\": 1}}"}) {
            HttpResponse<String> response = post(bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("error").asString()).as(bad)
                    .contains("lang must be a string").doesNotContain("JSON object");
        }
    }
}
