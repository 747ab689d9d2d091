package co.aliada.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets (Bucket4j) by key: {@code perMinute} requests a minute, with a burst of as many, so a
 * person who taps quickly for a moment is never held back while a script is. The least recently seen
 * keys are forgotten past a bound, so that a flood of new keys cannot grow memory.
 */
final class ClientLimits {

    private static final int KEEP = 50_000;

    private final Supplier<Bucket> buckets;
    private final Map<String, Bucket> byKey = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > KEEP;
        }
    };

    ClientLimits(long perMinute, Duration period) {
        this.buckets = () -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, period).build())
                .build();
    }

    ClientLimits(long perMinute) {
        this(perMinute, Duration.ofMinutes(1));
    }

    /** 0 when the request may go now, otherwise the seconds to wait before trying again. */
    long take(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    }

    /** Whether the key still has a token, without taking one. */
    boolean allows(String key) {
        return bucket(key).getAvailableTokens() > 0;
    }

    private synchronized Bucket bucket(String key) {
        return byKey.computeIfAbsent(key, k -> buckets.get());
    }
}
