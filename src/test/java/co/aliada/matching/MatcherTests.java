package co.aliada.matching;

import java.util.List;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MatcherTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private final Matcher matcher = new LuceneMatcher(() -> SHIPPED);

    /** Relevance guard: realistic texts and the service that must come first. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            quiero exportar café especial a Europa                  | mp-market-entry
            la gente no conoce mi marca                             | mp-brand-positioning
            necesito el registro INVIMA para mis salsas             | pd-certification
            los pedidos los llevo en un cuaderno                    | tm-solution-implementation
            se me cae el sistema cada rato                          | tm-support-maintenance
            me hackearon el correo de la empresa                    | tm-cybersecurity
            todo lo empacamos a mano y no damos abasto              | ci-process-automation
            no se cuanto cobrar                                     | mp-pricing
            el intermediario se queda con la ganancia del cafe      | mp-distribution-channels
            need help with facebook and instagram ads               | mp-advertising
            quiero hacer un prototipo                               | pd-design-prototyping
            los trabajadores renuncian a los tres meses             | ci-talent-development
            """)
    void ranksTheExpectedServiceFirst(String text, String expected) {
        assertThat(matcher.match(text, "es", 3).services()).extracting(MatchResult.Service::id).first().isEqualTo(expected);
    }

    @Test
    void answersNoneToGreetingsAndThanks() {
        for (String text : List.of("hola, buenas tardes", "muchas gracias", "hello", "jajaja", "ok listo")) {
            MatchResult result = matcher.match(text, "es", 3);
            assertThat(result.none()).as(text).isTrue();
            assertThat(result.services()).as(text).isEmpty();
            assertThat(result.pillar()).as(text).isNull();
        }
    }

    @Test
    void treatsQuerySyntaxAsPlainText() {
        for (String text : List.of("AND ( \" * ~ :", "exportar AND (café\" ~2 *:*", "title:[a TO z] OR -x^3 /regex/ \\", "((((", "?")) {
            MatchResult result = matcher.match(text, "es", 3);
            assertThat(result).as(text).isNotNull();
        }
        assertThat(matcher.match("exportar AND (café\" ~2 *:*", "es", 3).services())
                .extracting(MatchResult.Service::id).first().isEqualTo("mp-market-entry");
    }

    @Test
    void understandsEnglishInASpanishChatAndAnswersInTheChatsLanguage() {
        MatchResult inSpanishChat = matcher.match("we want to export coffee", "es", 3);
        assertThat(inSpanishChat.services().get(0).id()).isEqualTo("mp-market-entry");
        assertThat(inSpanishChat.services().get(0).name()).startsWith("Investigación de mercados");
        MatchResult inEnglishChat = matcher.match("quiero exportar café", "en", 3);
        assertThat(inEnglishChat.services().get(0).id()).isEqualTo("mp-market-entry");
        assertThat(inEnglishChat.services().get(0).name()).isEqualTo("Market research and market entry strategy");
        assertThat(inEnglishChat.pillar().name()).isEqualTo("Market Positioning");
    }

    @Test
    void givesPillarScoresFromServicesAndTheInstitutionsThatOfferThem() {
        MatchResult result = matcher.match("necesito el registro invima", "es", 5);
        assertThat(result.pillar().id()).isEqualTo("product-development");
        assertThat(result.pillars()).extracting(MatchResult.Pillar::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(result.services()).hasSizeLessThanOrEqualTo(5);
        assertThat(result.services().get(0).institutions()).isNotEmpty()
                .allSatisfy(i -> assertThat(i.contact()).isNotBlank());
    }

    @Test
    void letsTheJourneyNudgeButNotOverrideTheText() {
        MatchQuery plain = MatchQuery.of("quiero exportar café", "es", 3);
        MatchQuery nudged = new MatchQuery(plain.text(), "es", 3, "technology", "agribusiness", List.of("processes"));
        assertThat(matcher.match(nudged).services().get(0).id()).isEqualTo(matcher.match(plain).services().get(0).id());
    }

    @Test
    void survivesAVeryLongText() {
        String longText = "quiero exportar café y mejorar procesos ".repeat(60);
        assertThat(matcher.match(longText, "es", 3).none()).isFalse();
    }
}
