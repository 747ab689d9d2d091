package co.aliada.conversation;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/** Turns handled, by input kind and outcome, with their latency: {@code aliada_turns_seconds} in Prometheus. */
@Component
class TurnMetrics implements TurnObserver {

    private final MeterRegistry registry;

    TurnMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void turnHandled(Inbound.Kind kind, long nanos, boolean failed) {
        Timer.builder("aliada.turns")
                .description("Messages handled by the conversation engine")
                .tag("kind", kind.name().toLowerCase())
                .tag("outcome", failed ? "error" : "ok")
                .publishPercentileHistogram()
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
