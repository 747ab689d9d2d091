package co.aliada.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The programme dashboard shows live figures to the admin only, and does not exist without a password. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "aliada.admin.dashboard-password=s3cret",
        "spring.datasource.url=jdbc:h2:mem:dashboard-${random.uuid};DB_CLOSE_DELAY=-1"})
class DashboardTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgrammeFigures figures;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void asksForThePasswordAndRefusesAWrongOne() throws Exception {
        assertThat(get(null).statusCode()).isEqualTo(401);
        assertThat(get(null).headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(get(basic("admin:wrong")).statusCode()).isEqualTo(401);
        assertThat(get(basic("root:s3cret")).statusCode()).isEqualTo(401);
        assertThat(get("Basic %%%").statusCode()).isEqualTo(401);
    }

    @Test
    void showsLiveFiguresToTheAdmin() throws Exception {
        jdbc.update("insert into challenge (chat, driver, text, how_might_we, urgency, feasibility, impact, priority, "
                + "services, created_at, confirmed) values ('tg:1', 'users', 't', 'h', 1, 1, 1, 3, "
                + "'mp-brand-positioning,mp-advertising', current_timestamp, true)");

        HttpResponse<String> page = get(basic("admin:s3cret"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("challenges by driver", "users", "follow-up: reached the institution", "contact rate");
        assertThat(figures.all().get("challenges by first recommended pillar")).containsEntry("market-positioning", 1L);
    }

    @Test
    void doesNotExistWithoutAPassword() {
        var off = new DashboardController(new AdminProperties(List.of(), null), figures);
        assertThat(off.page(basic("admin:")).getStatusCode().value()).isEqualTo(404);
    }

    private HttpResponse<String> get(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
