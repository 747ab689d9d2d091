package co.aliada.matching;

import co.aliada.content.TestContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 20 of docs/MATCHING.md: short texts typed on a phone. A goal told in four or five words finds its service,
 * and a remark about the bot, its price or where one is standing is not a challenge. The texts differ from the
 * development set's on purpose: they check the content generalises, not that it remembers.
 */
class ShortTextMatchingTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private final Matcher matcher = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            se me pudre la mora antes de venderla | ci-process-advice
            la fruta se nos esta pudriendo        | ci-process-advice
            sell our panela in the states         | mp-market-entry
            """)
    void aShortGoalFindsItsService(String text, String expected) {
        MatchResult result = matcher.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        assertThat(result.services()).as(text).extracting(MatchResult.Service::id).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            metas pal otro año   | continuous-improvement
            we have few clients  | market-positioning
            """)
    void aShortGoalFindsItsPillar(String text, String pillar) {
        assertThat(matcher.match(text, "es", 3).pillar().id()).as(text).isEqualTo(pillar);
    }

    @ParameterizedTest
    @ValueSource(strings = {"y ustedes cuanto cobran por eso", "cuanto cuesta la asesoria de ustedes",
            "la verdad esto no me sirvio, que malo", "ahora estoy en la galeria", "estamos en la galeria de la esmeralda"})
    void aRemarkAboutTheBotItsPriceOrAPlaceIsNotAChallenge(String text) {
        assertThat(matcher.match(text, "es", 3).none()).as(text).isTrue();
    }
}
