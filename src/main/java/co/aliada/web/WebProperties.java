package co.aliada.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The public web edge ({@code aliada.web.*}).
 *
 * @param enabled   the web chat ({@code GET /}, {@code /api/chat}, {@code /api/media}); off for Telegram-only deployments
 * @param rateLimit requests a minute one client may make to one web conversation, with a burst of as many;
 *                  a client's address altogether gets five times that for messages and twenty times that for reading
 *                  conversations back (each open page polls); 0 turns limits off (benchmarks, load tests)
 * @param maxBody   the largest request body on any endpoint; larger ones get {@code 413} before they are read
 */
@ConfigurationProperties("aliada.web")
record WebProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("60") int rateLimit,
        @DefaultValue("1MB") DataSize maxBody) {

    /** Per address, across conversations: a flood of new ids from one place still meets a limit. */
    int addressLimit() {
        return rateLimit * 5;
    }

    /**
     * Reads per address, across conversations: every open page polls its conversation every few seconds, so a
     * workshop of 25 people on one network's address read about 375 times a minute and met the messages' limit.
     */
    int addressReadLimit() {
        return rateLimit * 20;
    }
}
