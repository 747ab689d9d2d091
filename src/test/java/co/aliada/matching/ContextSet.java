package co.aliada.matching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import co.aliada.catalog.Catalog;
import co.aliada.content.YamlDocument;
import tools.jackson.databind.JsonNode;

/** Development challenges with the context the person added at the discover question, and how a matcher scores on them. */
record ContextSet(List<Case> cases) {

    static final Path FILE = Path.of("src/test/resources/matching/context-set.yml");

    record Case(String text, String context, String lang, List<String> expect) {
    }

    /** Right pillar first, a right service in the top 3, and challenges answered none, of {@code challenges}. */
    record Figures(int pillarAt1, int serviceAt3, int none, int challenges) {
        int hits() {
            return pillarAt1 + serviceAt3;
        }

        @Override
        public String toString() {
            return String.format("pillar@1 %.3f (%d), service@3 %.3f (%d), answered none %d, of %d challenges",
                    (double) pillarAt1 / challenges, pillarAt1, (double) serviceAt3 / challenges, serviceAt3, none, challenges);
        }
    }

    static ContextSet load() {
        JsonNode root = YamlDocument.read(FILE, FILE.toString()).root();
        List<Case> cases = new ArrayList<>();
        for (JsonNode item : root.get("cases")) {
            List<String> expect = new ArrayList<>();
            item.get("expect").forEach(e -> expect.add(e.asString()));
            cases.add(new Case(item.get("text").asString(), item.get("context").asString(), item.get("lang").asString(), expect));
        }
        return new ContextSet(cases);
    }

    ContextSet only(List<Integer> indexes) {
        return new ContextSet(indexes.stream().map(cases::get).toList());
    }

    /** Scores each case's query, built by {@code query}; misses, when not null, get a line per miss. */
    Figures score(Matcher matcher, Catalog catalog, Function<Case, MatchQuery> query, List<String> misses) {
        int pillarHits = 0, serviceHits = 0, none = 0;
        for (Case c : cases) {
            MatchResult result = matcher.match(query.apply(c));
            List<String> pillars = c.expect().stream().map(id -> catalog.service(id).orElseThrow().pillar()).toList();
            boolean pillarOk = !result.none() && result.pillar() != null && pillars.contains(result.pillar().id());
            boolean serviceOk = !result.none() && result.services().stream().limit(3).anyMatch(s -> c.expect().contains(s.id()));
            pillarHits += pillarOk ? 1 : 0;
            serviceHits += serviceOk ? 1 : 0;
            none += result.none() ? 1 : 0;
            if (misses != null && (!pillarOk || !serviceOk)) {
                misses.add((pillarOk ? "" : "[pillar] ") + (serviceOk ? "" : "[service] ") + c.text() + " | " + c.context() + " -> "
                        + result.services().stream().limit(3).map(MatchResult.Service::id).toList() + " expected " + c.expect());
            }
        }
        return new Figures(pillarHits, serviceHits, none, cases.size());
    }
}
