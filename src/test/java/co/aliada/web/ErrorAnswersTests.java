package co.aliada.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Before, a browser got a Whitelabel page for an unknown path, other clients Spring's default error fields, and a
 * bad request that accepted only XML a 500 with an empty body and a stack trace in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "spring.datasource.url=jdbc:h2:mem:chat-api;DB_CLOSE_DELAY=-1"})
class ErrorAnswersTests {

    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUnknownPathAnswersInTheApisShapeEvenToABrowser() {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/no-such-page")).header("Accept", "text/html").GET());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(page.body()).isEqualTo("{\"error\":\"nothing here\"}");

        HttpResponse<String> direct = send(HttpRequest.newBuilder(uri("/error")).GET());
        assertThat(direct.body()).isEqualTo("{\"error\":\"nothing here\"}");
    }

    @Test
    void aBadRequestThatAcceptsOnlyXmlIsStillA400InJson() {
        HttpResponse<String> bad = send(HttpRequest.newBuilder(uri("/api/match")).header("Content-Type", "application/json")
                .header("Accept", "application/xml").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).startsWith("{\"error\":");
    }

    /** Tomcat refused these itself, before any filter, with an HTML page of its own. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/api/chat/a%2Fb", "/api/chat/a%5Cb", "/api/chat/a%00b", "/%2e%2e/x"})
    void aPathTomcatRefusesIsA400InTheApisShape(String path) {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hola\"}")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(refused.body()).isEqualTo("{\"error\":\"bad request\"}");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
