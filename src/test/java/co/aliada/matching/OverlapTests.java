package co.aliada.matching;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.Service;
import co.aliada.content.YamlDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How much the held-out texts resemble what the content already says: the share of held-out texts
 * (matching and intents) within 0.85 string similarity (1 - edit distance / longer length, lower case,
 * no accents) of any catalogue keyword or name, or any intent phrase. The aim is under 5 %, so the
 * held-out figures measure generalisation, not recall of the content's own words. As first measured
 * the matching part is 7.9 % and the intent part about 51 % (short texts such as "gracias" are
 * necessarily close to a phrase): the ceilings below stop the content from drifting towards the
 * held-out texts; they do not claim the 5 % aim is met. The second held-out set is measured the same
 * way, with its own ceilings.
 */
class OverlapTests {

    static final double SIMILAR = 0.85;

    @Test
    void heldOutTextsAreNotCopiesOfTheContent() {
        Catalog catalog = CatalogIndex.load(Path.of("catalog")).catalog();
        List<String> content = new ArrayList<>();
        for (Service s : catalog.services()) {
            content.addAll(s.keywords().es());
            content.addAll(s.keywords().en());
            content.add(s.name().es());
            content.add(s.name().en());
        }
        for (Path file : YamlDocument.filesIn(Path.of("intents/nlu"))) {
            YamlDocument.read(file, file.toString()).root().properties().forEach(intent -> intent.getValue().properties()
                    .forEach(field -> field.getValue().forEach(p -> {
                        if (p.isString()) {
                            content.add(p.asString());
                        }
                    })));
        }
        List<String> folded = content.stream().map(OverlapTests::fold).toList();
        Overlap first = Overlap.of(folded, DevSet.HELD_OUT, Path.of("src/test/resources/intent/held-out.yml"), "held-out");
        Overlap second = Overlap.of(folded, DevSet.HELD_OUT_2, Path.of("src/test/resources/intent/held-out-2.yml"), "held-out-2");
        assertThat(first.matchingShare()).isLessThanOrEqualTo(0.08);
        assertThat(first.share()).isLessThanOrEqualTo(0.32);
        assertThat(second.matchingShare()).isLessThanOrEqualTo(CEILING_2_MATCHING);
        assertThat(second.share()).isLessThanOrEqualTo(CEILING_2_ALL);
    }

    // Set 2 as first measured: matching 12 of 136 (8.8 %), all 73 of 278 (26.3 %).
    static final double CEILING_2_MATCHING = 0.09;
    static final double CEILING_2_ALL = 0.27;

    /** How many texts of one held-out pair (matching file, intent file) lie close to the content. */
    record Overlap(int closeMatching, int matchingTexts, int close, int texts) {

        double matchingShare() {
            return (double) closeMatching / matchingTexts;
        }

        double share() {
            return (double) close / texts;
        }

        static Overlap of(List<String> folded, Path matching, Path intents, String name) {
            List<String> heldOut = new ArrayList<>();
            DevSet.load(matching).cases().forEach(c -> heldOut.add(c.text()));
            int matchingTexts = heldOut.size();
            // Intent ids map to es/en lists; the "negated" list has no languages and is left out, as it always was.
            YamlDocument.read(intents, name).root().properties()
                    .forEach(intent -> intent.getValue().properties().forEach(lang -> lang.getValue().forEach(t -> heldOut.add(t.asString()))));
            int close = 0;
            int closeMatching = 0;
            int shortIntents = 0;
            for (int i = 0; i < heldOut.size(); i++) {
                String t = fold(heldOut.get(i));
                if (folded.stream().anyMatch(c -> similarity(t, c) >= SIMILAR)) {
                    close++;
                    closeMatching += i < matchingTexts ? 1 : 0;
                    shortIntents += i >= matchingTexts && t.split(" ").length <= 2 ? 1 : 0;
                }
            }
            System.out.printf("Overlap, %s: matching %d of %d; intents %d of %d (%d of them one or two words)%n",
                    name, closeMatching, matchingTexts, close - closeMatching, heldOut.size() - matchingTexts, shortIntents);
            Overlap overlap = new Overlap(closeMatching, matchingTexts, close, heldOut.size());
            System.out.printf("Overlap, %s: %d of %d held-out texts (%.1f %%) within %.2f similarity of a keyword, name or intent phrase%n",
                    name, close, heldOut.size(), 100 * overlap.share(), SIMILAR);
            return overlap;
        }
    }

    static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase().strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll("\\s+", " ");
    }

    static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0 || Math.min(a.length(), b.length()) < SIMILAR * longer) {
            return 0;
        }
        int allowed = (int) Math.floor((1 - SIMILAR) * longer);
        return 1 - (double) Vocabulary.distance(a, b, allowed) / longer;
    }
}
