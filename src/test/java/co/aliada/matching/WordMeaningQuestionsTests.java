package co.aliada.matching;

import co.aliada.content.TestContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 28's observed misses that the catalogue's content now answers: a question about what a word of the bot means
 * (a pillar's or a service's name) asks about the bot, it is not a challenge.
 */
class WordMeaningQuestionsTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);

    @ParameterizedTest
    @ValueSource(strings = {"que quiere decir desarrollo de productos", "what does market positioning mean?",
            "what does digital transformation mean", "what does continuous improvement mean?",
            "que quiere decir eso de transformacion digital?"})
    void aQuestionAboutWhatAWordMeansIsNotAChallenge(String text) {
        // Each was answered with the service or pillar it names (new-product planning, brand positioning, digital
        // transformation, …) before round 28.
        assertThat(new LuceneMatcher(() -> SHIPPED).match(text, "es", 3).none()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no se que significa la norma del invima, y no me compran el queso en las tiendas",
            "what does it mean for us? we want to export our coffee to europe"})
    void aChallengeBesideTheQuestionIsStillAChallenge(String text) {
        // Only the part that asks about the word is set aside; the rest still tells a challenge.
        assertThat(new LuceneMatcher(() -> SHIPPED).match(text, "es", 3).none()).isFalse();
    }
}
