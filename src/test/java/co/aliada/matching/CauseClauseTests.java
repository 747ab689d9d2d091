package co.aliada.matching;

import java.util.List;
import java.util.Map;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.Causes;
import co.aliada.catalog.Keywords;
import co.aliada.catalog.Pillar;
import co.aliada.catalog.Service;
import co.aliada.content.Bilingual;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The cause a text tells, and how it moves the ranking towards the service of the cause. */
class CauseClauseTests {

    private static final Causes CAUSES = new Causes(
            Map.of("es", List.of("porque", "debido a", "xq"), "en", List.of("because", "due to")),
            Map.of("es", List.of("por eso"), "en", List.of("that's why")));
    private static final CauseClause CLAUSE = new CauseClause(CAUSES);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            las ventas bajaron porque la ropa destiñe                 | la ropa destiñe
            las ventas bajaron PORQUÉ la ropa destiñe. Que hago       | la ropa destiñe
            se van los clientes xq los meseros atienden mal           | los meseros atienden mal
            los pedidos se atrasan debido a que todo se hace a mano   | que todo se hace a mano
            sales dropped due to the chocolate melting                | the chocolate melting
            we lose customers because the app crashes                 | the app crashes
            el sistema es muy viejo, por eso los despachos se atrasan | el sistema es muy viejo
            hola. El sistema es viejo y por eso perdemos ventas       | El sistema es viejo y
            the app crashes all the time, that's why we lose sales    | the app crashes all the time
            """)
    void findsTheCauseAfterOrBeforeItsWord(String text, String cause) {
        assertThat(CLAUSE.of(text)).isEqualTo(cause);
    }

    @Test
    void findsNoCauseWithoutACauseWordOrWithNothingAfterIt() {
        assertThat(CLAUSE.of("las ventas bajaron mucho este año")).isNull();
        assertThat(CLAUSE.of("mis vendedores no llegan a la meta y no se porque")).isNull();
        assertThat(CLAUSE.of("por eso le escribo")).isNull();
        // A word that merely contains a cause word is not one: "porquería", "becausey".
        assertThat(CLAUSE.of("esa porqueria no sirve")).isNull();
        assertThat(new CauseClause(Causes.NONE).of("las ventas bajaron porque la ropa destiñe")).isNull();
    }

    private static final Pillar MARKET = new Pillar("market", new Bilingual("Mercado", "Market"), new Bilingual("Mercado.", "Market."),
            Keywords.none(), List.of(), List.of());
    private static final Pillar PRODUCT = new Pillar("product", new Bilingual("Producto", "Product"), new Bilingual("Producto.", "Product."),
            Keywords.none(), List.of(), List.of());

    private static Service service(String id, String pillar, List<String> es) {
        return new Service(id, pillar, new Bilingual(id, id), new Bilingual("Servicio.", "Service."), new Keywords(es, List.of()));
    }

    private static Catalog catalog(Causes causes) {
        return new Catalog(List.of(MARKET, PRODUCT), List.of(
                service("ventas", "market", List.of("las ventas bajaron", "los clientes se quejan", "clientes bravos", "ventas")),
                service("calidad", "product", List.of("la ropa destiñe", "productos defectuosos"))),
                List.of(), Map.of(), Map.of(), causes);
    }

    @Test
    void theCauseWeighsMoreThanTheSymptomItExplains() {
        String text = "las ventas bajaron y los clientes se quejan porque la ropa destiñe";
        CatalogIndex withCauses = CatalogIndex.build(catalog(CAUSES));
        CatalogIndex without = CatalogIndex.build(catalog(Causes.NONE));
        // Without the cause words, the symptom's two goal phrases win; with them, the cause's service does.
        assertThat(first(new LuceneMatcher(() -> without), text)).isEqualTo("ventas");
        assertThat(first(new LuceneMatcher(() -> withCauses, LuceneMatcher.CLASSIFIER_WEIGHT, 0), text)).isEqualTo("ventas");
        assertThat(first(new LuceneMatcher(() -> withCauses), text)).isEqualTo("calidad");
        // The whole text still decides whether it is a challenge: a cause alone does not make one.
        assertThat(new LuceneMatcher(() -> withCauses).match("no pude ir porque estaba enfermo", "es", 3).none()).isTrue();
    }

    @Test
    void aCauseOfOneWordRestatesTheSymptomAndMovesNothing() {
        CatalogIndex index = CatalogIndex.build(new Catalog(List.of(MARKET, PRODUCT), List.of(
                service("ventas", "market", List.of("no se vende", "vender", "ventas")),
                service("procesos", "product", List.of("botar lo que sobra", "desperdicio"))),
                List.of(), Map.of(), Map.of(), CAUSES));
        LuceneMatcher matcher = new LuceneMatcher(() -> index);
        // "no se vende" says again that what is thrown away did not sell; what would help is the waste.
        assertThat(first(matcher, "toca botar lo que sobra porque no se vende")).isEqualTo("procesos");
        assertThat(first(new LuceneMatcher(() -> index, LuceneMatcher.CLASSIFIER_WEIGHT, 0), "toca botar lo que sobra porque no se vende"))
                .isEqualTo("procesos");
    }

    @Test
    void theShippedCatalogueTellsCausesInBothLanguages() {
        CauseClause shipped = CatalogIndex.load(TestContent.CATALOG).causes();
        assertThat(shipped.of("perdemos clientes ya que la pagina se cae")).isEqualTo("la pagina se cae");
        assertThat(shipped.of("we lose clients because the page goes down")).isEqualTo("the page goes down");
    }

    private static String first(LuceneMatcher matcher, String text) {
        return matcher.match(text, "es", 3).services().get(0).id();
    }
}
