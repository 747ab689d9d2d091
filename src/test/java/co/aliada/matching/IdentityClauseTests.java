package co.aliada.matching;

import java.util.List;
import java.util.Map;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.Causes;
import co.aliada.catalog.Identity;
import co.aliada.catalog.Keywords;
import co.aliada.catalog.Pillar;
import co.aliada.catalog.Service;
import co.aliada.content.Bilingual;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a text asks once who is asking is set aside, and how that moves the ranking towards the wish or the trouble. */
class IdentityClauseTests {

    private static final Identity IDENTITY = new Identity(
            Map.of("es", List.of("somos", "tengo una", "tenemos un", "mis empleados son"), "en", List.of("we're a", "i run")),
            Map.of("es", List.of("y", "pero"), "en", List.of("and", "but")),
            Map.of("es", List.of("quiero", "necesitamos", "no"), "en", List.of("want", "don't")));

    private static final Pillar TECH = new Pillar("tech", new Bilingual("Tecnología", "Technology"),
            new Bilingual("Tecnología.", "Technology."), Keywords.none(), List.of(), List.of());
    private static final Pillar MARKET = new Pillar("market", new Bilingual("Mercado", "Market"),
            new Bilingual("Mercado.", "Market."), Keywords.none(), List.of(), List.of());

    private static Catalog catalog(Identity identity) {
        return new Catalog(List.of(TECH, MARKET), List.of(
                service("programas", "tech", List.of("empresa de software", "programadores", "desarrollo de aplicaciones")),
                service("clientes", "market", List.of("conseguir clientes", "vender más"))),
                List.of(), Map.of(), Map.of("es", List.of("hola", "buenas")), Causes.NONE, identity);
    }

    private static Service service(String id, String pillar, List<String> es) {
        return new Service(id, pillar, new Bilingual(id, id), new Bilingual("Servicio.", "Service."), new Keywords(es, List.of()));
    }

    private static final IdentityClause CLAUSE = CatalogIndex.build(catalog(IDENTITY)).identity();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tengo una ferretería en Piendamó y quiero vender por internet      | y quiero vender por internet
            Buenas, somos una asociación de apicultores, necesitamos un sello  | Buenas , , necesitamos un sello
            We’re a small furniture workshop but the orders always ship late  | but the orders always ship late
            mis empleados son juiciosos pero el computador no prende          | pero el computador no prende
            vendemos arepas y somos tres hermanos. Queremos un local           | vendemos arepas y . Queremos un local
            """)
    void setsAsideWhatOnlySaysWhoIsAsking(String text, String asked) {
        assertThat(CLAUSE.asked(text)).isEqualTo(asked);
    }

    @Test
    void leavesTextsWhoseWordsDoNotOpenAClauseAsTheyAre() {
        // Inside a clause the same words are what is wanted or what is missing, not who asks.
        assertThat(CLAUSE.asked("quiero que mis empleados son mas rapidos")).isNull();
        assertThat(CLAUSE.asked("no tenemos un inventario y todo se pierde")).isNull();
        assertThat(CLAUSE.asked("hoy vendimos bien en la plaza")).isNull();
        // Nothing but who is asking: nothing else to rank.
        assertThat(CLAUSE.asked("tengo una heladería en el parque")).isNull();
        assertThat(new IdentityClause(catalog(Identity.NONE)).asked("tengo una heladería y quiero clientes")).isNull();
    }

    @Test
    void theWishWeighsMoreThanTheTradeOfWhoAsks() {
        String text = "tengo una empresa de software con programadores y desarrollo de aplicaciones y quiero conseguir clientes";
        CatalogIndex with = CatalogIndex.build(catalog(IDENTITY));
        CatalogIndex without = CatalogIndex.build(catalog(Identity.NONE));
        // Every word weighing the same, the trade's three phrases win; with who is asking set aside, the wish does.
        assertThat(first(new LuceneMatcher(() -> without), text)).isEqualTo("programas");
        assertThat(first(new LuceneMatcher(() -> with, LuceneMatcher.CLASSIFIER_WEIGHT, LuceneMatcher.CAUSE_WEIGHT, 0), text))
                .isEqualTo("programas");
        assertThat(first(new LuceneMatcher(() -> with), text)).isEqualTo("clientes");
        // The trade still counts when the rest asks nothing of the catalogue.
        assertThat(first(new LuceneMatcher(() -> with), "tengo una empresa de software y programadores")).isEqualTo("programas");
        // A text that only says who is asking is no challenge yet (see IntroductionsAloneTests): its trade's words
        // reach a service once nothing sets them aside.
        assertThat(new LuceneMatcher(() -> with).match("somos una empresa de software, buenas", "es", 3).none()).isTrue();
        assertThat(new LuceneMatcher(() -> without).match("somos una empresa de software, buenas", "es", 3).none()).isFalse();
    }

    @Test
    void theShippedCatalogueTellsWhoIsAskingInBothLanguages() {
        IdentityClause shipped = CatalogIndex.load(TestContent.CATALOG).identity();
        assertThat(shipped.asked("tenemos una lavandería en el barrio y queremos más clientes")).isEqualTo("y queremos más clientes");
        assertThat(shipped.asked("we are a family laundry and want more customers")).isEqualTo("and want more customers");
    }

    private static String first(LuceneMatcher matcher, String text) {
        return matcher.match(text, "es", 3).services().get(0).id();
    }
}
