package co.aliada.admin;

import java.util.List;

import co.aliada.content.HotReload;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What admins watch in Prometheus besides the turns: content reloads and refused changes per content
 * ({@code aliada_content_reloads_total}, {@code aliada_content_reload_failures_total}), and escalations
 * read from the case table so that every instance reports the same ({@code aliada_escalations_total},
 * {@code aliada_escalations_open}).
 */
final class AdminMetrics {

    private final MeterRegistry registry;
    private final JdbcTemplate jdbc;

    AdminMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    void watch(List<HotReload<?>> contents) {
        for (HotReload<?> content : contents) {
            Counter reloads = Counter.builder("aliada.content.reloads").description("Content changes accepted and swapped in")
                    .tag("content", content.name()).register(registry);
            Counter failures = Counter.builder("aliada.content.reload.failures")
                    .description("Content changes refused; the previous version kept serving")
                    .tag("content", content.name()).register(registry);
            content.onReload(loaded -> reloads.increment());
            content.onFailure(failure -> failures.increment());
        }
        FunctionCounter.builder("aliada.escalations", this, m -> m.count("select count(*) from escalation_case"))
                .description("Cases opened for a consultant").register(registry);
        Gauge.builder("aliada.escalations.open", this,
                        m -> m.count("select count(*) from escalation_case where status <> 'CLOSED'"))
                .description("Cases not closed yet").register(registry);
    }

    private double count(String sql) {
        try {
            Long n = jdbc.queryForObject(sql, Long.class);
            return n == null ? 0 : n;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
