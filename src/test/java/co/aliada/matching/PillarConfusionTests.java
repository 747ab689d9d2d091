package co.aliada.matching;

import co.aliada.content.TestContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 22 of docs/MATCHING.md: the pillar confusions of the development set. A software firm that wants to sell its
 * software is a market need, not a technology project; an account or mailbox someone broke into is cybersecurity, not
 * advertising or customer service; clients who complain that the work is late point to how the work is done. The
 * texts differ from the development set's on purpose: they check the content generalises, not that it remembers.
 */
class PillarConfusionTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private final Matcher matcher = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            somos una empresa de software y queremos vender el software en otras ciudades del pais | market-positioning
            nos hackearon las redes sociales del restaurante                                     | technology-management
            alguien se metio al correo del hotel y mando mensajes raros a los huespedes          | technology-management
            we never finish on time and the clients are angry                                    | continuous-improvement
            """)
    void theNeedWinsOverTheWordsAroundIt(String text, String pillar) {
        MatchResult result = matcher.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        assertThat(result.pillar().id()).as(text).isEqualTo(pillar);
    }
}
