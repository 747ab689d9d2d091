package co.aliada.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import co.aliada.conversation.Html;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /admin}: the programme's figures from live data, behind HTTP basic auth (user {@code admin},
 * password {@code aliada.admin.dashboard-password}). Without a password the dashboard does not exist.
 */
@RestController
class DashboardController {

    private static final String USER = "admin";

    private final AdminProperties admins;
    private final ProgrammeFigures figures;

    DashboardController(AdminProperties admins, ProgrammeFigures figures) {
        this.admins = admins;
        this.figures = figures;
    }

    @GetMapping(value = "/admin", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth) {
        ResponseEntity<String> refused = refuse(auth);
        if (refused != null) {
            return refused;
        }
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Aliada · cifras</title>"
                + "<style>body{font-family:sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem}"
                + "table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}td{border-bottom:1px solid #ddd;"
                + "padding:.3rem}td:last-child{text-align:right}</style></head><body><h1>Aliada</h1>");
        for (Map.Entry<String, Map<String, Long>> figure : figures.all().entrySet()) {
            html.append("<h2>").append(Html.escape(figure.getKey())).append("</h2><table>");
            figure.getValue().forEach((label, count) -> html.append("<tr><td>").append(Html.escape(label))
                    .append("</td><td>").append(count).append("</td></tr>"));
            html.append("</table>");
        }
        return ResponseEntity.ok(html.append("<p><a href=\"/admin/figures\">JSON</a></p></body></html>").toString());
    }

    @GetMapping("/admin/figures")
    ResponseEntity<?> json(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth) {
        ResponseEntity<String> refused = refuse(auth);
        return refused != null ? refused : ResponseEntity.ok(figures.all());
    }

    private ResponseEntity<String> refuse(String auth) {
        if (!admins.dashboardEnabled()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        if (!authorised(auth)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Aliada admin\", charset=\"UTF-8\"").build();
        }
        return null;
    }

    private boolean authorised(String auth) {
        if (auth == null || !auth.startsWith("Basic ")) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(auth.substring(6).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = (USER + ":" + admins.dashboardPassword()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected); // constant time: no password guessing by timing
    }
}
