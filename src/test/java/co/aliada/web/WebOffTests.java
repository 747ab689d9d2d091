package co.aliada.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code aliada.web.enabled=false}: a Telegram-only deployment has no web chat to flood; the rest stays. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "aliada.web.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:weboff-${random.uuid};DB_CLOSE_DELAY=-1"})
class WebOffTests {

    @LocalServerPort
    int port;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theWebChatIsGoneAndTheOtherEndpointsStay() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/")).GET()).statusCode()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(uri("/api/chat/alice")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"/start\"}"))).statusCode()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(uri("/api/match")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"registro INVIMA\"}"))).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/health")).GET()).statusCode()).isEqualTo(200);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
