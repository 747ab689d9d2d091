package co.aliada.matching;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 24 of docs/MATCHING.md: needs told as a doubt or a question, as they were seen on the running bot. Whether
 * others would like or buy it is a doubt about demand; a copied design asks to protect the brand; a machine that broke
 * with no spare parts asks for maintenance, not for a machine.
 */
class DoubtToldNeedsTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private final Matcher matcher = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            quiero saber si a la gente le gustaría mi salsa | pd-market-research
            me copiaron el diseño de mis mochilas           | pd-marketing-branding
            la máquina de moler se varó y no hay repuestos  | tm-support-maintenance
            """)
    void theNeedBehindTheDoubtComesFirst(String text, String service) {
        MatchResult result = matcher.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        assertThat(result.services().get(0).id()).as(text).isEqualTo(service);
    }

    @Test
    void whetherPeopleWouldBuyItIsClearlyProductDevelopment() {
        // Issue #12's example: "compraría" was a synonym of buying and pulled sales training level (0.40 against 0.38).
        MatchResult result = matcher.match("no sé si la gente compraría mi salsa de ají", "es", 3);
        assertThat(result.pillar().id()).isEqualTo("product-development");
        assertThat(result.pillar().score()).isGreaterThan(0.6);
    }
}
