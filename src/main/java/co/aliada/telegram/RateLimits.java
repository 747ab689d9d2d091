package co.aliada.telegram;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Telegram's sending limits as token buckets: all chats together, each chat (with a short burst, so a
 * turn's few replies leave at once), and each group per minute. Times are nanoseconds.
 */
final class RateLimits {

    private final OutboxProperties props;
    private final Bucket global;
    private final Map<Long, Bucket> chats = new ConcurrentHashMap<>();
    private final Map<Long, Bucket> groups = new ConcurrentHashMap<>();

    RateLimits(OutboxProperties props, long now) {
        this.props = props;
        this.global = new Bucket(props.perSecond(), Math.max(1, props.perSecond()), now);
    }

    /** How long until a piece may go to this chat; 0 when it may go now. */
    long waitFor(long chatId, long now) {
        long wait = Math.max(global.waitFor(now), chat(chatId, now).waitFor(now));
        return chatId < 0 ? Math.max(wait, group(chatId, now).waitFor(now)) : wait;
    }

    /** Whether anything at all may go now. */
    boolean globalAllows(long now) {
        return global.waitFor(now) == 0;
    }

    void take(long chatId, long now) {
        global.take(now);
        chat(chatId, now).take(now);
        if (chatId < 0) {
            group(chatId, now).take(now);
        }
        if (chats.size() > 10_000) {
            chats.values().removeIf(bucket -> bucket.full(now));
        }
    }

    private Bucket chat(long chatId, long now) {
        return chats.computeIfAbsent(chatId, id -> new Bucket(props.chatPerSecond(), props.chatBurst(), now));
    }

    private Bucket group(long chatId, long now) {
        return groups.computeIfAbsent(chatId, id -> new Bucket(props.groupPerMinute() / 60, props.chatBurst(), now));
    }

    /** Tokens refill at {@code perSecond} up to {@code capacity}; one token per message. */
    static final class Bucket {
        private final double perNano;
        private final double capacity;
        private double tokens;
        private long at;

        Bucket(double perSecond, double capacity, long now) {
            this.perNano = perSecond / 1e9;
            this.capacity = capacity;
            this.tokens = capacity;
            this.at = now;
        }

        synchronized long waitFor(long now) {
            refill(now);
            return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
        }

        synchronized void take(long now) {
            refill(now);
            tokens -= 1;
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - at) * perNano);
            at = now;
        }
    }
}
