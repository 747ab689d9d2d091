package co.aliada.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13: the dashboard's password cannot be guessed freely (a few tries, then 429; each refusal logged
 * without what was typed), a short password stops the start, and health details need the admin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "aliada.admin.dashboard-password=correct-horse-battery",
        "spring.datasource.url=jdbc:h2:mem:login-${random.uuid};DB_CLOSE_DELAY=-1"})
@ExtendWith(OutputCaptureExtension.class)
class DashboardLoginTests {

    @LocalServerPort
    int port;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void wrongPasswordsAreThrottledAndLoggedWithoutThePassword(CapturedOutput output) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            statuses.add(get("/admin", "admin:guess-number-" + i).statusCode());
        }
        assertThat(statuses.subList(0, DashboardThrottle.FAILURES)).containsOnly(401);
        assertThat(statuses.subList(DashboardThrottle.FAILURES, 30)).containsOnly(429);
        HttpResponse<String> throttled = get("/admin", "admin:correct-horse-battery");
        assertThat(throttled.statusCode()).as("even the right password waits once throttled").isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(output.getOut()).contains("dashboard login refused from").doesNotContain("guess-number");
    }

    @Test
    void healthTellsItsStatusToAnyoneAndItsDetailsOnlyToTheAdmin() throws Exception {
        HttpResponse<String> anyone = get("/actuator/health", null);
        assertThat(anyone.statusCode()).isEqualTo(200);
        assertThat(anyone.body()).contains("\"status\":\"UP\"").doesNotContain("diskSpace", "path");
    }

    @Test
    void withoutAPasswordThereIsNoAdminAtAll() {
        // a short password is refused where the setting is bound: AdminPropertiesTests, StartupFailureReportTests
        assertThatThrownBy(() -> new EdgeSecurity().dashboardUsers("").loadUserByUsername("admin"))
                .as("unset: no admin at all, the dashboard is off").isInstanceOf(
                        org.springframework.security.core.userdetails.UsernameNotFoundException.class);
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
