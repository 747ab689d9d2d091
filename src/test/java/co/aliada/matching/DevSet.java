package co.aliada.matching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.aliada.catalog.Catalog;
import co.aliada.content.YamlDocument;
import tools.jackson.databind.JsonNode;

/** The labelled development set and the figures a matcher scores on it. */
record DevSet(List<Case> cases) {

    static final Path FILE = Path.of("src/test/resources/matching/dev-set.yml");

    /** One text; {@code expect} empty means it is not a challenge and must answer none. */
    record Case(String text, List<String> expect) {
        boolean none() {
            return expect.isEmpty();
        }
    }

    record Figures(double pillarAt1, double serviceAt3, double noneRecall, double falseNone, int challenges, int nones) {
        @Override
        public String toString() {
            return String.format("pillar@1 %.3f, service@3 %.3f, none-recall %.3f (challenges wrongly none %.3f; %d challenges, %d non-challenges)",
                    pillarAt1, serviceAt3, noneRecall, falseNone, challenges, nones);
        }
    }

    /** Written from the domain description alone, never used to tune; only its figures are looked at. */
    static final Path HELD_OUT = Path.of("src/test/resources/matching/held-out.yml");

    /** A second held-out set, written later by another hand under the same rule. */
    static final Path HELD_OUT_2 = Path.of("src/test/resources/matching/held-out-2.yml");

    static DevSet load() {
        return load(FILE);
    }

    static DevSet load(Path file) {
        JsonNode root = YamlDocument.read(file, file.toString()).root();
        List<Case> cases = new ArrayList<>();
        for (JsonNode item : root.get("texts")) {
            List<String> expect = new ArrayList<>();
            if (item.has("expect")) {
                item.get("expect").forEach(e -> expect.add(e.asString()));
            }
            cases.add(new Case(item.get("text").asString(), expect));
        }
        return new DevSet(cases);
    }

    Figures score(Matcher matcher, Catalog catalog, List<String> misses) {
        int challenges = 0, pillarHits = 0, serviceHits = 0, nones = 0, noneHits = 0, falseNone = 0;
        for (Case c : cases) {
            MatchResult result = matcher.match(c.text(), "es", 3);
            if (c.none()) {
                nones++;
                noneHits += result.none() ? 1 : 0;
                if (!result.none()) {
                    misses.add("not none: " + c.text() + " -> " + result.services().get(0).id());
                }
                continue;
            }
            challenges++;
            falseNone += result.none() ? 1 : 0;
            List<String> pillars = c.expect().stream().map(id -> catalog.service(id).orElseThrow().pillar()).toList();
            boolean pillarOk = result.pillar() != null && pillars.contains(result.pillar().id());
            boolean serviceOk = result.services().stream().anyMatch(s -> c.expect().contains(s.id()));
            pillarHits += pillarOk ? 1 : 0;
            serviceHits += serviceOk ? 1 : 0;
            if (!pillarOk || !serviceOk) {
                misses.add((pillarOk ? "" : "[pillar] ") + (serviceOk ? "" : "[service] ") + c.text() + " -> "
                        + result.services().stream().map(s -> s.id() + " " + s.score()).toList() + " expected " + c.expect());
            }
        }
        return new Figures((double) pillarHits / challenges, (double) serviceHits / challenges,
                (double) noneHits / nones, (double) falseNone / challenges, challenges, nones);
    }
}
