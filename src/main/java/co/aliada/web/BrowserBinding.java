package co.aliada.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ties a web conversation first created from the chat page to that browser. The page ({@code GET /})
 * gives the browser a random HttpOnly cookie; a conversation whose first message carries it is bound to
 * its hash, and any other client then gets {@code 404} for it, reading or writing. A plain HTTP client
 * that keeps no cookies creates unbound conversations and keeps using them by id, as the API promises.
 */
final class BrowserBinding extends OncePerRequestFilter {

    static final String COOKIE = "aliada_browser";
    private static final Pattern CHAT = Pattern.compile("^/api/chat/([A-Za-z0-9_.-]{1,60})$");
    private static final Pattern MEDIA = Pattern.compile("^/api/media/([A-Za-z0-9-]{1,60})$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MediaStore media;

    BrowserBinding(JdbcTemplate jdbc, Clock clock, MediaStore media) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.media = media;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        String browser = cookie(request);
        if (path.equals("/") && browser == null) {
            issue(request, response);
        }
        Matcher chat = CHAT.matcher(path);
        if (chat.matches() && !allowed(chat.group(1), browser, request.getMethod())) {
            notFound(response, "no such conversation");
            return;
        }
        Matcher file = MEDIA.matcher(path);
        if (file.matches() && !ownedBy(file.group(1), browser)) {
            // a file of a conversation bound to a browser (a data export, a chart) is that browser's, as the history is
            notFound(response, "no such file");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean ownedBy(String file, String browser) {
        String given = hashed(browser);
        return media.chatOf(file).filter(chat -> chat.startsWith(ChatController.CHANNEL))
                .map(chat -> owner(chat.substring(ChatController.CHANNEL.length())))
                .map(owner -> owner.equals(given)).orElse(true);
    }

    /** The browser's cookie as the table keeps it, or null without one. */
    private static String hashed(String browser) {
        return browser == null ? null : Sha256.hex(browser);
    }

    private static void notFound(HttpServletResponse response, String error) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"" + error + "\"}");
    }

    private boolean allowed(String conversation, String browser, String method) {
        String given = hashed(browser);
        String owner = owner(conversation);
        if (owner != null) {
            return owner.equals(given);
        }
        if (given == null || !method.equals("POST") || exists(conversation)) {
            return true; // unbound: created by a client without the page's cookie
        }
        try {
            jdbc.update("insert into web_conversation (conversation, browser, created_at) values (?, ?, ?)",
                    conversation, given, Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException raced) {
            return given.equals(owner(conversation));
        }
    }

    private String owner(String conversation) {
        List<String> rows = jdbc.queryForList("select browser from web_conversation where conversation = ?",
                String.class, conversation);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private boolean exists(String conversation) {
        Integer n = jdbc.queryForObject("select count(*) from chat_state where chat = ?", Integer.class,
                ChatController.CHANNEL + conversation);
        return n != null && n > 0;
    }

    private static void issue(HttpServletRequest request, HttpServletResponse response) {
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        ResponseCookie cookie = ResponseCookie.from(COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(token))
                .httpOnly(true).sameSite("Strict").secure(request.isSecure()).path("/").maxAge(Duration.ofDays(365))
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (c.getName().equals(COOKIE) && !c.getValue().isBlank()) {
                return c.getValue();
            }
        }
        return null;
    }
}
