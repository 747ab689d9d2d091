package co.aliada;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand: frozen at an instant, or the system clock pushed ahead, so months pass in a test. */
public final class TestClock extends Clock {

    private volatile Instant fixed;
    private volatile Duration ahead = Duration.ZERO;

    private TestClock(Instant fixed) {
        this.fixed = fixed;
    }

    public static TestClock fixedAt(Instant start) {
        return new TestClock(start);
    }

    /** Follows the system clock, plus whatever {@link #advance} added. */
    public static TestClock system() {
        return new TestClock(null);
    }

    public void advance(Duration by) {
        ahead = ahead.plus(by);
    }

    public void set(Instant at) {
        fixed = at;
        ahead = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        Instant base = fixed != null ? fixed : Instant.now();
        return base.plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
