package co.aliada.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.server.ResponseStatusException;

/** The programme dashboard shows live figures to the admin only, and does not exist without a password. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "aliada.admin.dashboard-password=s3cret-long-enough",
        "spring.datasource.url=jdbc:h2:mem:dashboard-${random.uuid};DB_CLOSE_DELAY=-1"})
class DashboardTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FiguresService figures;
    @Autowired
    FigureLabels labels;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void asksForThePasswordAndRefusesAWrongOne() throws Exception {
        assertThat(get(null).statusCode()).isEqualTo(401);
        assertThat(get(null).headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(get(basic("admin:wrong")).statusCode()).isEqualTo(401);
        assertThat(get(basic("root:s3cret-long-enough")).statusCode()).isEqualTo(401);
        assertThat(get("Basic %%%").statusCode()).isEqualTo(401);
    }

    @Test
    void showsTheCasesPerConsultantAndPerInstitutionAndSaysWhenThereAreNone() throws Exception {
        String page = get(basic("admin:s3cret-long-enough")).body();

        int consultants = page.indexOf("<h2>Casos por asesor</h2>");
        int institutions = page.indexOf("<h2>Casos por institución del asesor</h2>");
        assertThat(consultants).isPositive();
        assertThat(institutions).isGreaterThan(consultants);
        assertThat(page.substring(consultants, institutions)).contains("sin datos");
        assertThat(page.substring(institutions)).contains("sin datos");
    }

    @Test
    void showsLiveFiguresToTheAdmin() throws Exception {
        jdbc.update("insert into challenge (chat, driver, text, how_might_we, urgency, feasibility, impact, priority, "
                + "services, created_at, confirmed) values ('tg:1', 'users', 't', 'h', 1, 1, 1, 3, "
                + "'mp-brand-positioning,mp-advertising', current_timestamp, true)");

        HttpResponse<String> page = get(basic("admin:s3cret-long-enough"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Retos por impulsor", "Sus clientes", "/admin/charts/drivers.png",
                "href=\"/admin/figures.csv\"");
        assertThat(get(basic("admin:s3cret-long-enough"), "/admin/figures.csv").body()).contains("Posicionamiento en el mercado,Retos,1");
        assertThat(get(null, "/admin/figures.csv").statusCode()).isEqualTo(401);
        assertThat(get(null, "/admin/charts/drivers.png").statusCode()).isEqualTo(401);
        // the follow-ups' figures are named from the texts, in the dashboard's language (they were English words in code)
        assertThat(page.body()).contains("Seguimiento: ¿contactaron a la institución?", "Tasa de contacto")
                .doesNotContain("follow-up: reached the institution", "contact rate");
    }

    @Test
    void doesNotExistWithoutAPassword() {
        var off = new DashboardController(new AdminProperties(List.of(), null, null), figures, labels);
        assertThatThrownBy(() -> off.page(null, null, null, null, new ExtendedModelMap()))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
    }

    private HttpResponse<String> get(String authorization) throws Exception {
        return get(authorization, "/admin");
    }

    private HttpResponse<String> get(String authorization, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
