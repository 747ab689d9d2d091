package co.aliada.matching;

import co.aliada.content.TestContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 25 of docs/MATCHING.md: the pillar of the result wanted, not of the technology word named. An app or program a
 * firm made is its product, so what to charge for it or whether anyone would buy it is a market or product need;
 * whether a new product pays is feasibility, not the business's plan; whether the servers take more users is the
 * infrastructure, not customer service. The texts differ from the development set's on purpose.
 */
class OwnProductTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private final Matcher matcher = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hicimos una aplicacion para talleres de motos y no sabemos cuanto cobrar por ella | market-positioning
            we developed an app for corner shops and want to know if the owners would buy it | product-development
            no se si los hoteles pagarian por un programa de reservas que hicimos              | product-development
            queremos hacer jabon con cafe y quiero saber si da plata fabricarlo                | product-development
            will our servers handle more users when we launch in cali?                         | technology-management
            """)
    void theResultWantedWinsOverTheTechnologyNamed(String text, String pillar) {
        MatchResult result = matcher.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        assertThat(result.pillar().id()).as(text).isEqualTo(pillar);
    }
}
