package co.aliada.intent;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped intents on the held-out set, written from the domain description alone. Only figures
 * are printed, never the texts missed, so the set is not used to choose phrases or thresholds. Floors
 * sit a little below what was measured when it was first run.
 */
class HeldOutIntentTests {

    private static final Map<String, int[]> recall = new HashMap<>();
    private static double accuracy;
    private static int size;

    @BeforeAll
    static void evaluate() {
        IntentModel model = IntentFiles.load(Path.of("intents"));
        IntentClassifier classifier = new IntentClassifier(() -> model);
        int right = 0;
        DevSet set = DevSet.heldOut();
        for (DevSet.Example example : set.examples()) {
            String expected = Objects.requireNonNullElse(example.expected(), "(none)");
            String got = Objects.requireNonNullElse(classifier.classify(example.text(), example.lang()).id(), "(none)");
            int[] r = recall.computeIfAbsent(expected, k -> new int[2]);
            r[1]++;
            if (expected.equals(got)) {
                r[0]++;
                right++;
            }
        }
        size = set.examples().size();
        accuracy = (double) right / size;
        System.out.printf("Intent held-out set: %d utterances, accuracy %.1f %%%n", size, 100 * accuracy);
        new java.util.TreeMap<>(recall).forEach((intent, r) -> System.out.printf("  recall %-16s %5.1f %% (%d)%n",
                intent, 100.0 * r[0] / r[1], r[1]));
    }

    private static double recall(String intent) {
        int[] r = recall.getOrDefault(intent, new int[] {0, 1});
        return (double) r[0] / r[1];
    }

    @Test
    void heldOutAccuracyStaysAboveItsFloor() {
        assertThat(size).isGreaterThanOrEqualTo(40);
        assertThat(accuracy).isGreaterThanOrEqualTo(FLOOR_ACCURACY);
    }

    @Test
    void theIntentsThatMustNeverBeMissedStayAboveTheirFloor() {
        assertThat(recall("talk_to_human")).isGreaterThanOrEqualTo(FLOOR_MUST);
        assertThat(recall("delete_my_data")).isGreaterThanOrEqualTo(FLOOR_MUST);
        assertThat(recall("restart")).isGreaterThanOrEqualTo(FLOOR_MUST);
    }

    static final double FLOOR_ACCURACY = 0.95;
    static final double FLOOR_MUST = 0.85;
}
