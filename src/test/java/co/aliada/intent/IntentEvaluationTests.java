package co.aliada.intent;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the shipped intents over the labelled development set and prints accuracy, recall per
 * intent and the confusion between the intents most costly to mix up. Fails under honest floors.
 */
class IntentEvaluationTests {

    private static final List<String> CONFUSABLE = List.of("talk_to_human", "help", "out_of_scope", "challenge");
    private static final String NONE = "(none)";
    /** Intents round 17's batch: short answers at a question, and short requests. */
    private static final String ROUND_17 = "round 17 intents";
    /** Intents round 18's batch: the three that must never be missed, their refusals, needs told in their words, answers. */
    private static final String ROUND_18 = "round 18 intents";
    /** Its second batch: erasing told in rarer words, written after the first batch's changes. */
    private static final String ROUND_18_SECOND = "round 18 second batch";
    /** Intents round 19's batch: diminutives, erasing told as leaving no trace or regret, summary, needs and answers in small words. */
    private static final String ROUND_19 = "round 19 intents";
    /** Its check texts, written after the round's changes and run once: never tuned on. */
    private static final String ROUND_19_CHECK = "round 19 check texts";
    /** Intents round 20's batch: a request told after its reason, needs told with a person's or a fresh start's words, short since-when answers. */
    private static final String ROUND_20 = "round 20 intents";
    /** Intents round 21's batch: erasing told with a reason or politely, a person asked for indirectly, starting over in everyday words, needs that borrow them. */
    private static final String ROUND_21 = "round 21 intents";
    /** Its check texts, written after the round's changes and run once: never tuned on. */
    private static final String ROUND_21_CHECK = "round 21 check texts";
    /** Intents round 22's batch: erasing asked after "quiero que", refusals inside a request, "forget it" and corrections. */
    private static final String ROUND_22 = "round 22 intents";
    /** Its check texts, written after the round's changes and run once: never tuned on. */
    private static final String ROUND_22_CHECK = "round 22 check texts";
    /** Intents round 23's batch: a person, erasing and starting over in everyday and short words, "forget it", corrections. */
    private static final String ROUND_23 = "round 23 intents";
    /** Its check texts, written after the round's changes and run once: never tuned on. */
    private static final String ROUND_23_CHECK = "round 23 check texts";
    /** Intents round 24's batch: requests asked as "why don't you…" questions, reasons told with "porque no", a mistake owned alone. */
    private static final String ROUND_24 = "round 24 intents";
    /** Its check texts, written after the round's changes and run once: never tuned on. */
    private static final String ROUND_24_CHECK = "round 24 check texts";
    /** Intents round 25's batch: what the business does told with "we" verbs, "why not" after a greeting, reasons told with "porque no". */
    private static final String ROUND_25 = "round 25 intents";
    /** Its check texts, written after the round's changes and run once: never tuned on. */
    private static final String ROUND_25_CHECK = "round 25 check texts";
    /** Intents round 26's batch: needs told with a person's words, what the business does each period, a no with its reason, needs told with "because". */
    private static final String ROUND_26 = "round 26 intents";
    /** Its check texts, written after the round's changes and run once: never tuned on. */
    private static final String ROUND_26_CHECK = "round 26 check texts";
    /** Intents round 27's batch: needs told with a person's words, a person asked for in unusual ways, the other commands typed casually. */
    private static final String ROUND_27 = "round 27 intents";
    /** Its check texts, written after the round's changes and run once: never tuned on. */
    private static final String ROUND_27_CHECK = "round 27 check texts";
    /** Intents round 28's batch: commands typed casually and with diminutives, needs that mention a person without asking for one. */
    private static final String ROUND_28 = "round 28 intents";
    /** Its check texts, written after the round's changes and run once: never tuned on. */
    private static final String ROUND_28_CHECK = "round 28 check texts";
    /** Intents round 29's batch: my data, erasing and out of scope asked loosely, needs told at night, help and restart asked casually. */
    private static final String ROUND_29 = "round 29 intents";
    /** Its check texts, written after the round's changes and run once: never tuned on. */
    private static final String ROUND_29_CHECK = "round 29 check texts";
    /** Intents round 30's batch: loose asks, needs told after a no or as a role or a shift, usted and sumercé, voice-note habits, casual English. */
    private static final String ROUND_30 = "round 30 intents";
    /** Its check texts, written after the round's changes and run once: never tuned on. */
    private static final String ROUND_30_CHECK = "round 30 check texts";
    /** Intents round 31's batch: roles no list names, a need after "no señora", loose asks, the three that must never be missed in new words. */
    private static final String ROUND_31 = "round 31 intents";
    /** Its check texts, written after the round's changes and run once: never tuned on. */
    private static final String ROUND_31_CHECK = "round 31 check texts";
    private static final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private static double accuracy;
    private static double strongShare;
    private static int strongOnAnswers;

    @BeforeAll
    static void evaluate() {
        IntentModel model = IntentFiles.load(TestContent.INTENTS);
        IntentClassifier fixed = new IntentClassifier(() -> model);
        DevSet set = DevSet.load();
        int right = 0;
        int commands = 0;
        int strong = 0;
        StringBuilder misses = new StringBuilder();
        for (DevSet.Example example : set.examples()) {
            var intent = fixed.classify(example.text(), example.lang());
            String got = intent.id();
            if (example.expected() == null && intent.strong()) {
                strongOnAnswers++;
            }
            if (example.expected() != null && IntentModelTests.COMMANDS.contains(example.expected())) {
                commands++;
                strong += intent.strong() && example.expected().equals(got) ? 1 : 0;
            }
            String expected = Objects.requireNonNullElse(example.expected(), NONE);
            String actual = Objects.requireNonNullElse(got, NONE);
            confusion.computeIfAbsent(expected, k -> new TreeMap<>()).merge(actual, 1, Integer::sum);
            if (expected.equals(actual)) {
                right++;
            } else {
                misses.append(String.format("  %-16s -> %-16s %s (%s)%n", expected, actual, example.text(), example.lang()));
            }
        }
        accuracy = (double) right / set.examples().size();
        System.out.printf("Intent dev set: %d utterances, accuracy %.1f %%%n", set.examples().size(), 100 * accuracy);
        confusion.forEach((intent, row) -> System.out.printf("  recall %-16s %5.1f %% (%d)%n", intent,
                100 * recall(intent), row.values().stream().mapToInt(Integer::intValue).sum()));
        System.out.println("Confusion (row: expected, column: classified as)");
        System.out.printf("  %-16s", "");
        CONFUSABLE.forEach(c -> System.out.printf("%15s", c));
        System.out.printf("%15s%n", NONE);
        for (String row : CONFUSABLE) {
            System.out.printf("  %-16s", row);
            CONFUSABLE.forEach(c -> System.out.printf("%15d", confusion.getOrDefault(row, Map.of()).getOrDefault(c, 0)));
            System.out.printf("%15d%n", confusion.getOrDefault(row, Map.of()).getOrDefault(NONE, 0));
        }
        strongShare = (double) strong / commands;
        System.out.printf("Command intents recognised strongly enough to interrupt a question: %.1f %%%n", 100 * strongShare);
        System.out.print("Misses:\n" + misses);
        printBatch(fixed, ROUND_17);
        printBatch(fixed, ROUND_18);
        printByLabel(fixed, ROUND_18);
        printByLabel(fixed, ROUND_18_SECOND);
        printBatch(fixed, ROUND_19);
        printByLabel(fixed, ROUND_19);
        printByLabel(fixed, ROUND_19_CHECK);
        printByLabel(fixed, ROUND_20);
        printByLabel(fixed, ROUND_21);
        printByLabel(fixed, ROUND_21_CHECK);
        printByLabel(fixed, ROUND_22);
        printByLabel(fixed, ROUND_22_CHECK);
        printByLabel(fixed, ROUND_23);
        printByLabel(fixed, ROUND_23_CHECK);
        printByLabel(fixed, ROUND_24);
        printByLabel(fixed, ROUND_24_CHECK);
        printByLabel(fixed, ROUND_25);
        printByLabel(fixed, ROUND_25_CHECK);
        printByLabel(fixed, ROUND_26);
        printByLabel(fixed, ROUND_26_CHECK);
        printByLabel(fixed, ROUND_27);
        printByLabel(fixed, ROUND_27_CHECK);
        printByLabel(fixed, ROUND_28);
        printByLabel(fixed, ROUND_28_CHECK);
        printByLabel(fixed, ROUND_29);
        printByLabel(fixed, ROUND_29_CHECK);
        printByLabel(fixed, ROUND_30);
        printByLabel(fixed, ROUND_30_CHECK);
        printByLabel(fixed, ROUND_31);
        printByLabel(fixed, ROUND_31_CHECK);
    }

    /** A batch's figures per expected label, and how many of its refusals in negated-dev.yml trigger their action. */
    private static void printByLabel(IntentClassifier classifier, String marker) {
        Map<String, int[]> byLabel = new TreeMap<>();
        StringBuilder misses = new StringBuilder();
        for (DevSet.Example example : DevSet.batch(marker).examples()) {
            String got = classifier.classify(example.text(), example.lang()).id();
            boolean right = Objects.equals(got, example.expected());
            int[] counts = byLabel.computeIfAbsent(Objects.requireNonNullElse(example.expected(), NONE), k -> new int[2]);
            counts[0] += right ? 1 : 0;
            counts[1]++;
            if (!right) {
                misses.append(String.format("    %s -> %s%n", example.text(), Objects.requireNonNullElse(got, NONE)));
            }
        }
        byLabel.forEach((label, counts) -> System.out.printf("  batch '%s' %-16s %d of %d%n", marker, label, counts[0], counts[1]));
        System.out.print(misses);
        int triggered = 0;
        var negated = DevSet.batch("/intent/negated-dev.yml", marker).examples();
        for (DevSet.Example example : negated) {
            triggered += example.expected().equals(classifier.classify(example.text(), example.lang()).id()) ? 1 : 0;
        }
        System.out.printf("  batch '%s' refusals that trigger their action: %d of %d%n", marker, triggered, negated.size());
    }

    /** A batch's figures apart: short answers given at a question ("none") and short genuine requests. */
    private static void printBatch(IntentClassifier classifier, String marker) {
        int answers = 0;
        int answersRight = 0;
        int requests = 0;
        int requestsRight = 0;
        for (DevSet.Example example : DevSet.batch(marker).examples()) {
            boolean right = Objects.equals(classifier.classify(example.text(), example.lang()).id(), example.expected());
            if (example.expected() == null) {
                answers++;
                answersRight += right ? 1 : 0;
            } else {
                requests++;
                requestsRight += right ? 1 : 0;
            }
        }
        System.out.printf("Batch '%s': answers read as nothing %d of %d, requests read right %d of %d%n", marker, answersRight,
                answers, requestsRight, requests);
    }

    private static double recall(String intent) {
        Map<String, Integer> row = confusion.getOrDefault(intent, Map.of());
        int total = row.values().stream().mapToInt(Integer::intValue).sum();
        return total == 0 ? 0 : row.getOrDefault(intent, 0) / (double) total;
    }

    @Test
    void understandsMostOfTheDevelopmentSet() {
        assertThat(accuracy).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void neverInterruptsAQuestionWithAPlaceANameOrANumber() {
        assertThat(strongOnAnswers).isZero();
    }

    @Test
    void mostCommandsAreSureEnoughToInterruptAQuestion() {
        assertThat(strongShare).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void rarelyMissesTheIntentsThatMustNeverBeMissed() {
        assertThat(recall("talk_to_human")).isGreaterThanOrEqualTo(0.95);
        assertThat(recall("delete_my_data")).isGreaterThanOrEqualTo(0.95);
        assertThat(recall("restart")).isGreaterThanOrEqualTo(0.95);
    }
}
