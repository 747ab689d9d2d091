package co.aliada.matching;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.aliada.catalog.Pillar;

/** Turns ranked services into the answer: pillar scores from their services, names in the chat's language. */
final class Answers {

    /** Weights of a pillar's 1st, 2nd and 3rd best services in its score. */
    private static final double[] PILLAR_WEIGHTS = {1.0, 0.1, 0.05};
    /** Raw score at which a service's reported score is 0.5; reported scores stay in [0, 1). */
    private static final double HALF = 10.0;

    private Answers() {
    }

    static MatchResult of(CatalogIndex index, List<LuceneMatcher.Scored> ranked, String lang, int limit) {
        Map<String, double[]> perPillar = new LinkedHashMap<>();
        for (LuceneMatcher.Scored s : ranked) {
            double[] acc = perPillar.computeIfAbsent(s.service().pillar(), k -> new double[2]);
            int nth = (int) acc[1];
            if (nth < PILLAR_WEIGHTS.length) {
                acc[0] += PILLAR_WEIGHTS[nth] * s.score();
            }
            acc[1]++;
        }
        double total = perPillar.values().stream().mapToDouble(a -> a[0]).sum();
        List<MatchResult.Pillar> pillars = perPillar.entrySet().stream()
                .map(e -> pillar(index.pillar(e.getKey()), e.getValue()[0] / total, lang))
                .sorted(Comparator.comparingDouble(MatchResult.Pillar::score).reversed()).toList();
        List<MatchResult.Service> services = ranked.stream().limit(limit).map(s -> new MatchResult.Service(
                s.service().id(), s.service().pillar(), s.service().name().in(lang),
                summary(s.service().description().in(lang)), round(s.score() / (s.score() + HALF)),
                index.offering(s.service().id()).stream().map(MatchResult.Institution::of).toList())).toList();
        return new MatchResult(false, pillars.get(0), pillars, services);
    }

    private static MatchResult.Pillar pillar(Pillar pillar, double share, String lang) {
        return new MatchResult.Pillar(pillar.id(), pillar.name().in(lang), round(share));
    }

    /** The description's first sentence: what the company gets. */
    private static String summary(String description) {
        int end = description.indexOf(". ");
        return end < 0 ? description : description.substring(0, end + 1);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
