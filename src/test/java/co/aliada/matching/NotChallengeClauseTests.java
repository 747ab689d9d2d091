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
import co.aliada.content.ContentException;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Parts about the bot, an institution's hours, a job, the service's cost or a personal or family matter are not
 * challenges; the rest of a text still can be.
 */
class NotChallengeClauseTests {

    private static final NotChallengeClause CLAUSE = new NotChallengeClause(new Catalog(List.of(), List.of(), List.of(),
            Map.of(), Map.of(), Causes.NONE, new Identity(Map.of(), Map.of("es", List.of("y", "pero"), "en", List.of("but")), Map.of()),
            new NotChallenges(Map.of("es", List.of("busco trabajo", "a q hora abren", "usted es un robot"),
                    "en", List.of("looking for work")))));

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private static final Catalog CATALOG = SHIPPED.catalog();
    private static final CatalogIndex WITHOUT = CatalogIndex.build(new Catalog(CATALOG.pillars(), CATALOG.services(),
            CATALOG.institutions(), CATALOG.synonyms(), CATALOG.stopwords(), CATALOG.causes(), CATALOG.identity()));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Busco trabajo de mesera, alguien sabe?                        | ''
            hola. A q hora abren en la Unicauca? quiero exportar cafe     | hola . quiero exportar cafe
            ¿Usted es un robot?                                           | ''
            looking for work. Our sales are down                          | Our sales are down
            busco trabajo de mesero y en mi tienda no vendo nada          | y en mi tienda no vendo nada
            no vendo nada pero busco trabajo, alguien sabe?               | no vendo nada
            """)
    void setsAsideThePartsThatHoldAPhrase(String text, String rest) {
        assertThat(CLAUSE.rest(text)).isEqualTo(rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mis trabajadores no duran en el trabajo", "a que hora es mejor publicar para vender mas", ""})
    void leavesTextsWithoutAPhraseAlone(String text) {
        assertThat(CLAUSE.rest(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"busco trabajo de mesera, alguien sabe de algo x el centro?",
            "a q hora abren en la universidad del cauca los sabados?", "looking for work as a waiter in popayan",
            "eso q me contesta es un programa o alguien de verdad?"})
    void theShippedPhrasesTurnTheseIntoNone(String text) {
        // Each was taken for a challenge before the phrases: a place name or a job word counted as a service's words.
        assertThat(new LuceneMatcher(() -> WITHOUT).match(text, "es", 3).none()).isFalse();
        assertThat(new LuceneMatcher(() -> SHIPPED).match(text, "es", 3).none()).isTrue();
    }

    @Test
    void aChallengeBesideAJobSearchIsStillAChallenge() {
        MatchResult result = new LuceneMatcher(() -> SHIPPED).match(
                "busco trabajo de mesero y en mi tienda de ropa no vendo nada, la gente no me compra", "es", 3);
        assertThat(result.none()).isFalse();
        assertThat(result.pillar().id()).isEqualTo("market-positioning");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mi cuñada me debe plata desde diciembre, ya ni me saluda",
            "la profesora de mi hija dice q le tengo q comprar otro uniforme", "a friend owes me money from last year",
            "the father of my kids never pays anything on time"})
    void theShippedPersonalPhrasesTurnTheseIntoNone(String text) {
        // Each names the money, paying or changing the catalogue also holds, and was taken for a challenge before the
        // personal kind: a debt between relatives, a child's school, a divorce.
        assertThat(new LuceneMatcher(() -> WITHOUT).match(text, "es", 3).none()).isFalse();
        assertThat(new LuceneMatcher(() -> SHIPPED).match(text, "es", 3).none()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ustedes quienes son, los de la camara de comercio?",
            "hoy vendimos bien en la feria del pueblo",
            "sorry for the delay, the internet in the village is terrible",
            "paid the supplier for the flour, thank god it arrived"})
    void theShippedMidConversationPhrasesTurnTheseIntoNone(String text) {
        // Round 21: a question about who runs the bot, a good day of sales, an apology for answering late, a supplier
        // already paid: each names a word of some service ("camara de comercio", "feria", "internet", "supplier") and
        // was taken for a challenge before the phrases.
        assertThat(new LuceneMatcher(() -> SHIPPED).match(text, "es", 3).none()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"¿ustedes atienden en puerto tejada?", "¿y esto como se usa?",
            "gracias, ya abrimos la tienda nueva en el centro", "thanks! we just got the first order from a hotel in Cali"})
    void theShippedCoverageAndNewsPhrasesTurnTheseIntoNone(String text) {
        // Round 25: whether the bot's people work in a town, how to use the bot, good news told with thanks: each names
        // a word of some service ("atienden", "usa" read as the USA, "tienda", "order") and was taken for a challenge.
        assertThat(new LuceneMatcher(() -> SHIPPED).match(text, "es", 3).none()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do I get a loan to buy a new oven", "quiero sacar un credito para surtir la tienda",
            "como hago para pedir un prestamo para la finca"})
    void theShippedFinancingPhrasesTurnTheseIntoNone(String text) {
        // Round 24: no service lends money, yet each names a word of some service ("buy", "oven", "surtir", "finca")
        // and was taken for a challenge before the financing kind.
        assertThat(new LuceneMatcher(() -> SHIPPED).match(text, "es", 3).none()).isTrue();
    }

    @Test
    void readsTheFinancingKind(@TempDir Path dir) {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "not-challenges.yml", "financing: {es: [\"sacar un credito\"], en: [\"get a loan\"]}\n");
        NotChallenges read = CatalogLoader.load(dir).notChallenges();
        assertThat(read.phrases("es")).containsExactly("sacar un credito");
        assertThat(read.phrases("en")).containsExactly("get a loan");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            mi hermano y yo manejamos la panaderia y queremos vender el pan en los supermercados de popayan | market-positioning
            mi cuñado me debe plata y en el almacen ya no vendo nada, la gente no me compra                 | market-positioning
            """)
    void aChallengeThatNamesTheFamilyIsStillAChallenge(String text, String pillar) {
        // The first names a relative and no phrase; the second holds one in its first part, and the rest tells a challenge.
        MatchResult result = new LuceneMatcher(() -> SHIPPED).match(text, "es", 3);
        assertThat(result.none()).isFalse();
        assertThat(result.pillar().id()).isEqualTo(pillar);
    }

    @Test
    void readsThePersonalKindAndReportsItsMistakesAsTheOtherKinds(@TempDir Path dir) {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "not-challenges.yml", "jobs: {es: [\"busco trabajo\"], en: []}\n"
                + "personal: {es: [\"me debe plata\"], en: [\"child support\"]}\n");
        NotChallenges read = CatalogLoader.load(dir).notChallenges();
        assertThat(read.phrases("es")).containsExactlyInAnyOrder("busco trabajo", "me debe plata");
        assertThat(read.phrases("en")).containsExactly("child support");
        for (String kind : List.of("jobs", "personal")) {
            TestCatalogs.write(dir, "not-challenges.yml", kind + ": {es: [\"me debe plata\"], fr: [\"il me doit\"]}\n");
            assertThatThrownBy(() -> CatalogLoader.load(dir)).isInstanceOf(ContentException.class)
                    .hasMessageContaining("not-challenges.yml").hasMessageContaining(kind + " has unknown field 'fr' (allowed: en, es)");
            TestCatalogs.write(dir, "not-challenges.yml", kind + ": \"me debe plata\"\n");
            assertThatThrownBy(() -> CatalogLoader.load(dir)).isInstanceOf(ContentException.class)
                    .hasMessageContaining("not-challenges.yml").hasMessageContaining(kind + " must be a set of fields");
        }
    }

    @Test
    void readsThePhrasesOfEachKindAndNamesTheFileOfAnUnknownKind(@TempDir Path dir) {
        TestCatalogs.small(dir);
        assertThat(CatalogLoader.load(dir).notChallenges()).isEqualTo(NotChallenges.NONE);
        TestCatalogs.write(dir, "not-challenges.yml", "bot: {es: [\"usted es un robot\"], en: [\"are you a bot\"]}\n"
                + "jobs: {es: [\"busco trabajo\"], en: []}\n");
        NotChallenges read = CatalogLoader.load(dir).notChallenges();
        assertThat(read.phrases("es")).containsExactlyInAnyOrder("usted es un robot", "busco trabajo");
        assertThat(read.phrases("en")).containsExactly("are you a bot");
        TestCatalogs.write(dir, "not-challenges.yml", "bots: {es: [\"usted es un robot\"], en: []}\n");
        assertThatThrownBy(() -> CatalogLoader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("not-challenges.yml").hasMessageContaining("bots");
    }
}
