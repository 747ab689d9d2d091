package co.aliada.selfcheck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

class LevelScorerTests {

    static final SelfCheck CONTENT = SelfCheckLoader.load(TestContent.INTENTS);

    /** Every area at the same answer, then the given areas overridden by answer sums. */
    static Map<String, Integer> answers(int everywhere, Object... areaSums) {
        Map<String, Integer> answers = new HashMap<>();
        CONTENT.questions().forEach(q -> answers.put(q.id(), everywhere));
        for (int i = 0; i + 1 < areaSums.length; i += 2) {
            int left = (Integer) areaSums[i + 1];
            for (Question q : CONTENT.questionsOf((String) areaSums[i])) {
                int answer = Math.min(4, left);
                answers.put(q.id(), answer);
                left -= answer;
            }
        }
        return answers;
    }

    @ParameterizedTest(name = "leadership sum {0} of 12 is level {1}")
    @CsvSource({"0,1", "4,1", "5,2", "7,2", "8,3", "9,3", "10,4", "11,4", "12,5"})
    void placesAThreeQuestionAreaByItsSum(int sum, int level) {
        assertThat(CONTENT.questionsOf("leadership")).hasSize(3);
        assertThat(LevelScorer.score(CONTENT, answers(0, "leadership", sum)).areaRanks().get("leadership"))
                .isEqualTo(level);
    }

    @ParameterizedTest(name = "planning sum {0} of 8 is level {1}")
    @CsvSource({"0,1", "2,1", "3,2", "4,2", "5,3", "6,3", "7,4", "8,5"})
    void placesATwoQuestionAreaByItsSum(int sum, int level) {
        assertThat(CONTENT.questionsOf("planning")).hasSize(2);
        assertThat(LevelScorer.score(CONTENT, answers(0, "planning", sum)).areaRanks().get("planning"))
                .isEqualTo(level);
    }

    @ParameterizedTest(name = "overall average {0} is level {1}")
    @CsvSource({"0.0,1", "1.49,1", "1.5,2", "2.49,2", "2.5,3", "3.24,3", "3.25,4", "3.74,4", "3.75,5", "4.0,5"})
    void placesTheOverallAverageOnTheSameThresholds(double average, int level) {
        assertThat(LevelScorer.rankOf(average, CONTENT.thresholds())).isEqualTo(level);
    }

    @Test
    void landsAnOverallAverageOfExactlyAThresholdOnIt() {
        // Area averages 2, 2, 2, 1, 1, 1 give G = 9/6 = 1.5 exactly.
        Outcome outcome = LevelScorer.score(CONTENT, answers(2, "innovation-intelligence", 2, "processes", 3, "results", 2));
        assertThat(outcome.overall()).isCloseTo(1.5, within(1e-12));
        assertThat(outcome.rank()).isEqualTo(2);
    }

    @Test
    void givesTheSameLevelEverywhereForEvenAnswers() {
        assertThat(LevelScorer.score(CONTENT, answers(1)).rank()).isEqualTo(1);
        assertThat(LevelScorer.score(CONTENT, answers(2)).rank()).isEqualTo(2);
        assertThat(LevelScorer.score(CONTENT, answers(3)).rank()).isEqualTo(3);
        assertThat(LevelScorer.score(CONTENT, answers(4)).rank()).isEqualTo(5);
    }

    @Test
    void capsTheOverallLevelAtTheWeakestAreaPlusOne() {
        Outcome outcome = LevelScorer.score(CONTENT, answers(4, "processes", 0));
        assertThat(outcome.provisional()).isEqualTo(4);
        assertThat(outcome.rank()).isEqualTo(2);
    }

    @Test
    void needsResultsAtLevelThreeForLevelFour() {
        Outcome outcome = LevelScorer.score(CONTENT, answers(4, "results", 4));
        assertThat(outcome.provisional()).isEqualTo(4);
        assertThat(outcome.areaRanks().get("results")).isEqualTo(2);
        assertThat(outcome.rank()).isEqualTo(3);
    }

    @Test
    void needsResultsAtLevelFiveForExcellence() {
        Outcome outcome = LevelScorer.score(CONTENT, answers(4, "results", 7));
        assertThat(outcome.provisional()).isEqualTo(5);
        assertThat(outcome.areaRanks().get("results")).isEqualTo(4);
        assertThat(outcome.rank()).isEqualTo(4);
    }

    @Test
    void needsEveryOtherAreaAtLevelFourForExcellence() {
        assertThat(LevelScorer.score(CONTENT, answers(4, "people", 10)).rank()).isEqualTo(5);
        Outcome outcome = LevelScorer.score(CONTENT, answers(4, "people", 9));
        assertThat(outcome.provisional()).isEqualTo(5);
        assertThat(outcome.rank()).isEqualTo(4);
    }

    @Test
    void scoresTheWorkedExampleOfTheMethod() {
        Map<String, Integer> answers = Map.ofEntries(
                Map.entry("L1", 2), Map.entry("L2", 1), Map.entry("L3", 2), Map.entry("P1", 1), Map.entry("P2", 2),
                Map.entry("Pe1", 3), Map.entry("Pe2", 2), Map.entry("Pe3", 1), Map.entry("I1", 2), Map.entry("I2", 1),
                Map.entry("Pr1", 1), Map.entry("Pr2", 1), Map.entry("Pr3", 0), Map.entry("R1", 1), Map.entry("R2", 0));
        Outcome outcome = LevelScorer.score(CONTENT, answers);
        assertThat(outcome.averages().get("leadership")).isCloseTo(1.67, within(0.005));
        assertThat(outcome.averages().get("processes")).isCloseTo(0.67, within(0.005));
        assertThat(outcome.areaRanks()).containsExactlyInAnyOrderEntriesOf(Map.of("leadership", 2, "planning", 2,
                "people", 2, "innovation-intelligence", 2, "processes", 1, "results", 1));
        assertThat(outcome.overall()).isCloseTo(1.31, within(0.005));
        assertThat(outcome.provisional()).isEqualTo(1);
        assertThat(outcome.rank()).isEqualTo(1);
        assertThat(outcome.belowCommitment()).isFalse();
        assertThat(outcome.priorities()).containsExactly("results", "processes");
        assertThat(outcome.strongest()).isEqualTo("people");
    }

    @Test
    void breaksTiesResultsThenProcessesThenLeadership() {
        assertThat(LevelScorer.score(CONTENT, answers(1)).priorities()).containsExactly("results", "processes");
        assertThat(LevelScorer.score(CONTENT, answers(1, "results", 4)).priorities())
                .containsExactly("processes", "leadership");
        assertThat(LevelScorer.score(CONTENT, answers(2, "planning", 2, "people", 3)).priorities())
                .containsExactly("planning", "people");
        assertThat(LevelScorer.score(CONTENT, answers(2, "people", 3, "planning", 2)).priorities())
                .containsExactly("planning", "people");
    }

    @Test
    void namesAsStrongestTheHighestAreaOutsideThePriorities() {
        assertThat(LevelScorer.score(CONTENT, answers(1, "innovation-intelligence", 6)).strongest())
                .isEqualTo("innovation-intelligence");
        Outcome even = LevelScorer.score(CONTENT, answers(1));
        assertThat(even.strongest()).isEqualTo("leadership");
        assertThat(even.even()).isTrue();
    }

    @Test
    void tellsACompanyThatMostlyDoesNothingYetThatItIsBelowCommitment() {
        Outcome nothing = LevelScorer.score(CONTENT, answers(0));
        assertThat(nothing.belowCommitment()).isTrue();
        assertThat(nothing.rank()).isEqualTo(1);
        // Three areas at 1, three at 0: G = 0.5, the first step is reached.
        Outcome started = LevelScorer.score(CONTENT, answers(0, "leadership", 3, "planning", 2, "people", 3));
        assertThat(started.overall()).isCloseTo(0.5, within(1e-12));
        assertThat(started.belowCommitment()).isFalse();
    }

    @Test
    void countsAMissingAnswerAsZero() {
        Map<String, Integer> answers = answers(2);
        answers.remove("R2");
        assertThat(LevelScorer.score(CONTENT, answers).averages().get("results")).isEqualTo(1.0);
    }

    @Test
    void readsTheShippedContent() {
        assertThat(CONTENT.questions()).hasSize(15);
        assertThat(CONTENT.thresholds()).containsExactly(1.50, 2.50, 3.25, 3.75);
        assertThat(CONTENT.baseline()).containsExactly(entry("commitment", 11), entry("implementation", 11),
                entry("continuous-improvement", 5), entry("sustainable-culture", 2), entry("excellence", 1));
        assertThat(CONTENT.levels().stream().map(Level::id).toList()).isEqualTo(SelfCheck.LEVEL_IDS);
        assertThat(List.copyOf(CONTENT.tieBreak()).subList(0, 3)).containsExactly("results", "processes", "leadership");
    }
}
