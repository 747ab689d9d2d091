package co.aliada.intent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 5-fold cross-validation of the classifier on the training phrases and the development set pooled:
 * each fold is classified by a model built from the other four, with the shipped thresholds and
 * negation cues. Texts that must mean nothing (the dev set's "none") are only ever tested.
 */
class IntentCrossValidationTests {

    private static final int FOLDS = 5;

    record Labelled(String intent, String lang, String text) {
    }

    @Test
    void fiveFoldAccuracy() {
        Path dir = Path.of("intents");
        IntentModel shipped = IntentFiles.load(dir);
        Negation negation = Negation.read(dir, new co.aliada.content.Problems());
        Map<String, IntentDefinition> definitions = new HashMap<>();
        List<Labelled> pool = new ArrayList<>();
        for (IntentDefinition d : definitionsOf(dir)) {
            definitions.put(d.id(), d);
            // languages in a fixed order: a definition's phrase map iterates in an order that changes from run to run
            for (String lang : IntentFiles.LANGUAGES) {
                d.phrases().getOrDefault(lang, List.of()).forEach(p -> pool.add(new Labelled(d.id(), lang, p)));
            }
        }
        List<Labelled> nothing = new ArrayList<>();
        for (DevSet.Example e : DevSet.load().examples()) {
            (e.expected() == null ? nothing : pool).add(new Labelled(e.expected(), e.lang(), e.text()));
        }
        Collections.shuffle(pool, new Random(12));
        Collections.shuffle(nothing, new Random(12));
        double sum = 0;
        StringBuilder folds = new StringBuilder();
        for (int k = 0; k < FOLDS; k++) {
            Map<String, Map<String, List<String>>> train = new HashMap<>();
            List<Labelled> test = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                Labelled l = pool.get(i);
                if (i % FOLDS == k) {
                    test.add(l);
                } else {
                    train.computeIfAbsent(l.intent(), x -> new HashMap<>()).computeIfAbsent(l.lang(), x -> new ArrayList<>()).add(l.text());
                }
            }
            for (int i = k; i < nothing.size(); i += FOLDS) {
                test.add(nothing.get(i));
            }
            List<IntentDefinition> fold = definitions.values().stream().map(d -> new IntentDefinition(d.id(), d.command(), d.clause(),
                    d.threshold(), train.getOrDefault(d.id(), Map.of()), d.needs(), d.yields(), d.neverWith())).toList();
            IntentModel model = new IntentModel(fold, negation);
            int right = 0;
            for (Labelled l : test) {
                right += Objects.equals(model.classify(l.text(), l.lang()).intent(), l.intent()) ? 1 : 0;
            }
            double accuracy = (double) right / test.size();
            folds.append(String.format(" %.3f", accuracy));
            sum += accuracy;
        }
        double mean = sum / FOLDS;
        System.out.printf("Intent 5-fold (%d phrases and dev texts, %d texts meaning nothing): folds%s, mean %.3f%n",
                pool.size(), nothing.size(), folds, mean);
        assertThat(shipped.size()).isGreaterThanOrEqualTo(16);
        assertThat(mean).isGreaterThanOrEqualTo(0.68);
    }

    private static List<IntentDefinition> definitionsOf(Path dir) {
        List<IntentDefinition> all = new ArrayList<>();
        co.aliada.content.Problems problems = new co.aliada.content.Problems();
        for (Path file : co.aliada.content.YamlDocument.filesIn(dir.resolve(IntentFiles.FOLDER))) {
            co.aliada.content.YamlDocument doc = co.aliada.content.YamlDocument.read(file, file.getFileName().toString());
            doc.root().properties().forEach(e -> all.add(IntentReader.read(e.getKey(), e.getValue(), doc, problems)));
        }
        return all;
    }
}
