package co.aliada.matching;

import java.util.List;
import java.util.Map;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.Keywords;
import co.aliada.catalog.Pillar;
import co.aliada.catalog.Service;
import co.aliada.content.Bilingual;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The classifier beside BM25, and the rule that one stray word of a long phrase is not a challenge. */
class ServiceClassifierTests {

    private static final Pillar PILLAR = new Pillar("p", new Bilingual("Pilar", "Pillar"), new Bilingual("Pilar.", "Pillar."),
            Keywords.none(), List.of(), List.of());

    private static Service service(String id, List<String> es) {
        return new Service(id, "p", new Bilingual(id, id), new Bilingual("Servicio.", "Service."), new Keywords(es, List.of()));
    }

    private static final Catalog CATALOG = new Catalog(List.of(PILLAR), List.of(
            service("hostal", List.of("cuanto cobrar por noche", "tarifas del hostal", "invima")),
            service("ventas", List.of("vender por whatsapp", "clientes por whatsapp", "pedidos de los clientes", "vender cafe")),
            service("redes", List.of("publicidad en facebook", "seguidores en instagram"))),
            List.of(), Map.of(), Map.of());
    private static final CatalogIndex INDEX = CatalogIndex.build(CATALOG);
    private final LuceneMatcher matcher = new LuceneMatcher(() -> INDEX);

    @Test
    void oneWordMetOnlyInsideALongerPhraseIsNotAChallenge() {
        // "noche" is rare enough for BM25 alone to pass the threshold; it says nothing without "cobrar".
        assertThat(matcher.match("que hay para hacer esta noche", "es", 3).none()).isTrue();
        assertThat(matcher.match("no se cuanto cobrar por noche", "es", 3).services())
                .extracting(MatchResult.Service::id).first().isEqualTo("hostal");
    }

    @Test
    void aWordThatIsAKeywordByItselfIsEnough() {
        assertThat(matcher.match("invima", "es", 3).services()).extracting(MatchResult.Service::id).first().isEqualTo("hostal");
    }

    @Test
    void posteriorFavoursTheServiceWhosePhrasesShareSeveralWordsAndSumsToOne() {
        Map<String, Double> posterior = INDEX.classifier().posterior(Map.of("es",
                CatalogAnalyzer.terms(INDEX.queryAnalyzer("es"), Fields.keywords("es"), "los clientes mandan pedidos por whatsapp")));
        assertThat(posterior).containsOnlyKeys("hostal", "ventas", "redes");
        assertThat(posterior.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(posterior.get("ventas")).isGreaterThan(posterior.get("hostal")).isGreaterThan(0.5);
    }

    @Test
    void wordsTheCatalogueNeverUsesGiveNoOpinion() {
        assertThat(INDEX.classifier().posterior(Map.of("es", List.of("zzz", "qqq")))).isEmpty();
    }

    @Test
    void fourGramsMeetAVerbFormTheCatalogueDoesNotHave() {
        // "vendiamos" is no keyword term, but its 4-grams ("vend") are those of "vender".
        Map<String, Double> posterior = INDEX.classifier().posterior(Map.of("es",
                CatalogAnalyzer.terms(INDEX.queryAnalyzer("es"), Fields.keywords("es"), "vendiamos")));
        assertThat(posterior.get("ventas")).isGreaterThan(posterior.get("redes"));
    }
}
