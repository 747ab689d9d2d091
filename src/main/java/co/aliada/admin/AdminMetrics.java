package co.aliada.admin;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Escalations in Prometheus, read from the case table so that every instance reports the same:
 * {@code aliada_escalations_total} (cases opened) and {@code aliada_escalations_open} (not closed yet).
 */
final class AdminMetrics {

    private final MeterRegistry registry;
    private final JdbcTemplate jdbc;

    AdminMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    void bind() {
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
