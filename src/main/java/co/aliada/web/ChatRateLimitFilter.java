package co.aliada.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /api/chat/*}: a client sending faster than people type gets {@code 429} with {@code Retry-After}.
 * Two limits: one conversation from one address, and one address over all its conversations (its messages and its
 * reads of a conversation apart: every open page polls, and a class on one network shares an address).
 */
final class ChatRateLimitFilter extends OncePerRequestFilter {

    static final String PREFIX = "/api/chat/";

    private final ClientLimits perConversation;
    private final ClientLimits perAddress;
    private final ClientLimits readsPerAddress;

    ChatRateLimitFilter(WebProperties properties) {
        this.perConversation = new ClientLimits(properties.rateLimit());
        this.perAddress = new ClientLimits(properties.addressLimit());
        this.readsPerAddress = new ClientLimits(properties.addressReadLimit());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        String conversation = request.getRequestURI().substring(PREFIX.length());
        long wait = perConversation.take(address + " " + conversation);
        if (wait == 0) {
            wait = ("GET".equals(request.getMethod()) ? readsPerAddress : perAddress).take(address);
        }
        if (wait > 0) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(wait));
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"too many messages at once; wait a moment and try again\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
