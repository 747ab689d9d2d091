package co.aliada.matching;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.CatalogLoader;
import co.aliada.catalog.Causes;
import co.aliada.catalog.Identity;
import co.aliada.catalog.NotChallenges;
import co.aliada.catalog.TestCatalogs;
import co.aliada.catalog.ToTheBotWords;
import co.aliada.content.ContentException;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sentence addressed to the bot that says nothing of the writer's own business is not a challenge; one that does still is. */
class ToTheBotTests {

    private static final ToTheBot RULE = new ToTheBot(new Catalog(List.of(), List.of(), List.of(), Map.of(), Map.of(),
            Causes.NONE, Identity.NONE, new NotChallenges(Map.of(), new ToTheBotWords(
                    Map.of("es", List.of("ustedes", "este chat"), "en", List.of("you")),
                    Map.of("es", List.of("mi", "me pueden ayudar"), "en", List.of("my"))))));

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ¿Ustedes también ayudan a los de la costa pacífica?              | ''
            este chat se demora mucho. En mi tienda no vendo nada           | En mi tienda no vendo nada
            no vendo nada. do you cover Patia?                              | no vendo nada .
            """)
    void setsAsideTheSentencesAddressedToTheBot(String text, String rest) {
        assertThat(RULE.rest(text)).isEqualTo(rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ustedes me pueden ayudar a vender mas cafe?", "my customers say you never answer the phone",
            "en la tienda no vendo nada", ""})
    void leavesAloneWhatHasNoAddressOrHasTheWritersOwnWords(String text) {
        assertThat(RULE.rest(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ustedes tambien ayudan a los de la costa pacifica?", "this chat takes forever to answer",
            "¿y cuanto me cobran por esto?", "¿uds tambien van hasta guapi o solo trabajan en el centro del cauca?",
            "does the bot also work for shops in Santander de Quilichao?", "why do you always answer with the same services?"})
    void answersNoneToQuestionsAndRemarksAddressedToTheBot(String text) {
        // The first three were answered with services before round 26 (coverage, customer service, pricing): their
        // wordings were not listed. The other three are worded unlike any listed phrase or dev text.
        assertThat(new LuceneMatcher(() -> SHIPPED).match(text, "es", 3).none()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ustedes me pueden ayudar a vender mas cafe?                              | market-positioning
            my customers say you never answer the phone                               | market-positioning
            ¿ustedes saben si mi queso necesita registro invima pa venderlo en cali?  | product-development
            can you help me find why our tours sell less every year?                   | market-positioning
            """)
    void aChallengeAskedOfTheBotIsStillAChallenge(String text, String pillar) {
        MatchResult result = new LuceneMatcher(() -> SHIPPED).match(text, "es", 3);
        assertThat(result.none()).isFalse();
        assertThat(result.pillar().id()).isEqualTo(pillar);
    }

    /** QA: needs asked of the bot with no word of the writer's own were answered with nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"¿ustedes ayudan con el registro invima?", "ustedes pueden ayudar a vender mas cafe?",
            "¿ustedes asesoran en exportación?", "do you help with export permits?",
            "¿ustedes saben cómo hacer una página web para una tienda?", "ustedes tienen algo para mejorar las ventas de una panaderia?"})
    void aNeedAskedOfTheBotInTheCataloguesWordsIsStillAChallenge(String text) {
        assertThat(new LuceneMatcher(() -> SHIPPED).match(text, "es", 3).none()).isFalse();
    }

    @Test
    void readsTheToTheBotWordsAndReportsAnUnknownField(@TempDir Path dir) {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "not-challenges.yml", "bot: {es: [\"usted es un robot\"], en: []}\n"
                + "to-the-bot: {to: {es: [\"ustedes\"], en: [\"you\"]}, own: {es: [\"mi\"], en: [\"my\"]}}\n");
        NotChallenges read = CatalogLoader.load(dir).notChallenges();
        assertThat(read.phrases("es")).containsExactly("usted es un robot");
        assertThat(read.toTheBot().to("es")).containsExactly("ustedes");
        assertThat(read.toTheBot().own("en")).containsExactly("my");
        TestCatalogs.write(dir, "not-challenges.yml", "to-the-bot: {to: {es: [\"ustedes\"]}, mine: {es: [\"mi\"]}}\n");
        assertThatThrownBy(() -> CatalogLoader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("not-challenges.yml").hasMessageContaining("to-the-bot has unknown field 'mine'");
    }
}
