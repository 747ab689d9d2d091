package co.aliada.matching;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts matches by outcome ({@code aliada_matches_total{result="match"|"none"}}): a rising share of
 * {@code none} tells the admins the catalogue lacks the words people use.
 */
final class MatchMetrics implements Matcher {

    private final Matcher matcher;
    private final Counter matched;
    private final Counter none;

    MatchMetrics(Matcher matcher, MeterRegistry registry) {
        this.matcher = matcher;
        this.matched = Counter.builder("aliada.matches").description("Challenges matched against the catalogue")
                .tag("result", "match").register(registry);
        this.none = Counter.builder("aliada.matches").description("Challenges matched against the catalogue")
                .tag("result", "none").register(registry);
    }

    @Override
    public MatchResult match(MatchQuery query) {
        MatchResult result = matcher.match(query);
        (result.none() ? none : matched).increment();
        return result;
    }
}
