package co.aliada.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Dashboard logins per client address: a few wrong passwords, then {@code 429} until the bucket refills,
 * without even checking the next one. Each refusal is logged with the address, never with what was typed.
 */
final class DashboardThrottle extends OncePerRequestFilter {

    static final int FAILURES = 5;
    private static final Logger log = LoggerFactory.getLogger(DashboardThrottle.class);

    private final ClientLimits failures = new ClientLimits(FAILURES, Duration.ofMinutes(5));

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/actuator/health"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        boolean tries = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        if (tries && !failures.allows(address)) {
            log.warn("dashboard login from {} throttled after {} wrong passwords", address, FAILURES);
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, "60");
            return;
        }
        chain.doFilter(request, response);
        if (tries && response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            failures.take(address);
            log.warn("dashboard login refused from {} ({} {})", address, request.getMethod(), request.getRequestURI());
        }
    }
}
