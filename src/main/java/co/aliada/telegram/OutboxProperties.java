package co.aliada.telegram;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the Telegram outbox sends ({@code aliada.outbox.*}): Telegram's limits, retries and threads.
 *
 * @param perSecond       messages per second to all chats together (Telegram: about 30)
 * @param chatPerSecond   messages per second to one chat (Telegram: about 1)
 * @param chatBurst       messages one chat may get at once before its rate applies (a turn's 2–3 replies)
 * @param groupPerMinute  messages per minute to one group (Telegram: 20)
 * @param floodChats      when this many different chats get a 429 within a second, every chat waits (0: never)
 * @param firstRetry      the wait after a first 5xx or network error; it doubles each time, with jitter
 * @param maxRetry        the longest wait between two tries
 * @param maxAttempts     tries before a message that keeps failing is given up and marked failed
 * @param senders         Bot API calls in flight at once (to different chats)
 * @param poll            how often the database is looked at when nothing wakes the sender
 * @param lease           how long an instance holds a piece it is sending; another instance sends it after
 *                        that if the first died (keep it above the Bot API call's timeout, 75 s)
 * @param senderEnabled   false: this instance only writes the outbox and leaves the sending to others
 */
@ConfigurationProperties("aliada.outbox")
record OutboxProperties(
        @DefaultValue("30") double perSecond,
        @DefaultValue("1") double chatPerSecond,
        @DefaultValue("3") int chatBurst,
        @DefaultValue("20") double groupPerMinute,
        @DefaultValue("5") int floodChats,
        @DefaultValue("1s") Duration firstRetry,
        @DefaultValue("1m") Duration maxRetry,
        @DefaultValue("30") int maxAttempts,
        @DefaultValue("8") int senders,
        @DefaultValue("500ms") Duration poll,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("true") boolean senderEnabled) {
}
