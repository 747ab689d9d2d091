package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import co.aliada.matching.Matcher;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "spring.datasource.url=jdbc:h2:mem:challenge-journey;DB_CLOSE_DELAY=-1"})
class ChallengeJourneyIntegrationTests {

    /** A known answer, so the test does not depend on the shipped catalogue's ranking. */
    @TestConfiguration
    static class KnownMatches {
        @Bean
        @Primary
        Matcher knownMatcher() {
            return new FakeMatcher(FakeMatcher.orders());
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private String send(String key, String value) throws Exception {
        return send("journey", key, value);
    }

    private String send(String chat, String key, String value) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat/" + chat))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(key, value, "lang", "es")))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void aChallengeIsDefinedSavedAndSummarisedThroughTheRealStack() throws Exception {
        send("text", "/start");
        send("button", "consent:yes");
        send("button", "sector:agribusiness");
        send("button", "size:micro");
        send("text", "Popayán");
        assertThat(send("button", "company:skip")).contains("sc:L1:0");

        assertThat(send("text", "/nuevo_reto")).contains("driver:problem");
        assertThat(send("button", "driver:trend")).contains("especiales");
        send("text", "queremos exportar café especial a Europa con nuestra asociación");
        send("button", "rate:3");
        send("button", "rate:2");
        send("button", "rate:3");
        assertThat(send("button", "discover:skip")).contains("¿Cómo podríamos exportar café especial a Europa con nuestra asociación?");
        assertThat(send("button", "define:ok")).contains("Guardé su reto").contains("Implementación de soluciones tecnológicas")
                .contains("Universidad del Cauca").contains("/servicio ").contains("/util ");

        assertThat(jdbc.queryForObject("select how_might_we from challenge where chat = 'web:journey'", String.class))
                .isEqualTo("¿Cómo podríamos exportar café especial a Europa con nuestra asociación?");
        assertThat(jdbc.queryForObject("select services from challenge where chat = 'web:journey'", String.class))
                .isEqualTo("tm-solution-implementation,ci-process-automation,tm-staff-training");
        assertThat(send("text", "/mis_retos")).contains("Prioridad").contains("8/9");
        assertThat(send("button", "/resumen fin")).contains("Resumen de su empresa").contains("Agroindustria")
                .contains("exportar café especial").contains("Automatización de procesos");
    }

    /** A challenge started at the profile's first question ended at the menu, and the profile was never asked again. */
    @Test
    void aChallengeStartedBeforeTheProfileLeadsBackToItsQuestionsWhenTheJourneyEnds() throws Exception {
        send("early", "text", "/start");
        assertThat(send("early", "button", "consent:yes")).contains("sector:agribusiness");
        assertThat(send("early", "text", "/nuevo_reto")).contains("driver:problem");
        send("early", "button", "driver:problem");
        send("early", "text", "llevo los pedidos de mi tienda en un cuaderno y se me pierden");
        send("early", "button", "rate:3");
        send("early", "button", "rate:2");
        send("early", "button", "rate:3");
        send("early", "button", "discover:skip");
        assertThat(send("early", "button", "define:ok")).contains("/resumen fin");

        String end = send("early", "button", "/resumen fin");

        assertThat(end).contains("Resumen de su empresa").contains("me faltan unos datos de su empresa").contains("sector:agribusiness");
        assertThat(jdbc.queryForObject("select step from chat_state where chat = 'web:early'", String.class)).isEqualTo("profile.sector");
    }
}
