package co.aliada.matching;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "spring.datasource.url=jdbc:h2:mem:match-api;DB_CLOSE_DELAY=-1",
        "aliada.catalog.dir=src/test/resources/content/catalog"})
class MatchApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Test
    void matchesAChallengeAsTheContractSays() throws Exception {
        HttpResponse<String> response = post("/api/match", "{\"text\":\"quiero exportar café especial\",\"lang\":\"es\",\"limit\":2}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("none").asBoolean()).isFalse();
        assertThat(body.get("pillar").get("id").asString()).isEqualTo("market-positioning");
        assertThat(body.get("pillar").get("score").isNumber()).isTrue();
        assertThat(body.get("pillars").get(0).has("id")).isTrue();
        assertThat(body.get("services")).hasSize(2);
        JsonNode first = body.get("services").get(0);
        assertThat(first.get("id").asString()).isEqualTo("mp-market-entry");
        assertThat(first.get("pillar").asString()).isEqualTo("market-positioning");
        assertThat(first.get("name").asString()).isNotBlank();
        assertThat(first.get("score").isNumber()).isTrue();
        JsonNode institution = first.get("institutions").get(0);
        assertThat(institution.get("id").asString()).isNotBlank();
        assertThat(institution.get("name").asString()).isNotBlank();
        assertThat(institution.get("contact").asString()).startsWith("https://example.org/");
    }

    @Test
    void answersNoneWithANullPillarToAGreeting() throws Exception {
        HttpResponse<String> response = post("/api/match", "{\"text\":\"hola, buenas tardes\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("none").asBoolean()).isTrue();
        assertThat(body.has("pillar")).isTrue();
        assertThat(body.get("pillar").isNull()).isTrue();
        assertThat(body.get("services")).isEmpty();
    }

    @Test
    void refusesEmptyOverLongAndMalformedRequests() throws Exception {
        for (String bad : new String[] {"{\"text\":\"\"}", "{\"text\":\"   \"}", "{}",
                "{\"text\":\"" + "a".repeat(2001) + "\"}", "{\"text\":\"hola\",\"limit\":0}", "not json"}) {
            HttpResponse<String> response = post("/api/match", bad);
            assertThat(response.statusCode()).as(bad.length() > 60 ? "over-long text" : bad).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("error").asString()).isNotBlank();
        }
    }

    @Test
    void refusesATextThatIsNotAString() throws Exception {
        for (String bad : new String[] {"{\"text\":5}", "{\"text\":null}", "{\"text\":[\"a\"]}",
                "{\"text\":{\"a\":1}}", "{\"text\":true}"}) {
            HttpResponse<String> response = post("/api/match", bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("error").asString()).contains("string");
        }
    }

    /** A field of the wrong type is named in the error, with the type it must have; the body itself is fine. */
    @Test
    void aFieldOfTheWrongTypeIsNamedWithTheTypeItMustHave() throws Exception {
        for (String[] bad : new String[][] {{"{\"text\":\"hola\",\"limit\":\"tres\"}", "limit", "whole number"},
                {"{\"text\":\"hola\",\"limit\":3.5}", "limit", "whole number"},
                {"{\"text\":\"hola\",\"limit\":[3]}", "limit", "whole number"},
                {"{\"text\":\"hola\",\"limit\":99999999999}", "limit", "whole number"},
                {"{\"text\":\"hola\",\"lang\":[\"es\"]}", "lang", "string"}}) {
            HttpResponse<String> response = post("/api/match", bad[0]);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("error").asString()).as(bad[0])
                    .contains(bad[1] + " must be", bad[2]).doesNotContain("JSON object");
        }
        HttpResponse<String> digits = post("/api/match", "{\"text\":\"quiero exportar café especial\",\"limit\":\"2\"}");
        assertThat(digits.statusCode()).as("a limit of digits in a string is taken, as it always was").isEqualTo(200);
        assertThat(JSON.readTree(digits.body()).get("services")).hasSize(2);
        for (String notAnObject : new String[] {"not json", "[]", "\"hola\"", "{\"text\": "}) {
            HttpResponse<String> response = post("/api/match", notAnObject);
            assertThat(response.statusCode()).as(notAnObject).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("error").asString()).as(notAnObject).contains("JSON object");
        }
    }

    @Test
    void tellsTheLoadedCatalogueVersionAndCounts() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/catalog")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("version").asString()).hasSize(12);
        assertThat(body.get("loadedAt").asString()).isNotBlank();
        assertThat(body.get("counts").get("pillars").asInt()).isEqualTo(4);
        assertThat(body.get("counts").get("services").asInt()).isEqualTo(29);
        assertThat(body.get("counts").get("institutions").asInt()).isEqualTo(7);
        assertThat(body.get("lastError").isNull()).as("lastError is there, null: the files on disk are the ones served").isTrue();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
