package co.aliada.matching;

import java.nio.file.Path;

import co.aliada.catalog.CatalogLoader;
import co.aliada.catalog.TestCatalogs;
import co.aliada.content.ContentException;
import co.aliada.content.TestContent;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CatalogAnalyzerTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);

    private static final Analyzer ES = SHIPPED.queryAnalyzer("es");
    private static final Analyzer EN = SHIPPED.queryAnalyzer("en");
    private static final Analyzer INDEX = CatalogAnalyzer.forIndex(SHIPPED.catalog());

    private static java.util.List<String> indexed(String lang, String text) {
        return CatalogAnalyzer.terms(INDEX, Fields.keywords(lang), text);
    }

    @Test
    void stemsSpanishPluralsAndGenderToOneTerm() {
        assertThat(indexed("es", "clientes")).isEqualTo(indexed("es", "cliente")).hasSize(1);
        assertThat(indexed("es", "ventas")).isEqualTo(indexed("es", "venta"));
        assertThat(indexed("es", "empacadoras")).isEqualTo(indexed("es", "empacador"));
    }

    @Test
    void stemsEnglishInflections() {
        assertThat(indexed("en", "customers")).isEqualTo(indexed("en", "customer"));
        assertThat(indexed("en", "selling")).isEqualTo(indexed("en", "sell"));
    }

    @Test
    void foldsAccentsAndCase() {
        assertThat(indexed("es", "PRODUCCIÓN")).isEqualTo(indexed("es", "produccion"));
        assertThat(CatalogAnalyzer.terms(ES, "f", "Logística")).containsAll(indexed("es", "logistica"));
    }

    @Test
    void dropsStopWordsWrittenWithOrWithoutAccents() {
        assertThat(CatalogAnalyzer.terms(ES, "f", "está más también")).isEmpty();
        assertThat(CatalogAnalyzer.terms(ES, "f", "esta mas tambien")).isEmpty();
    }

    @Test
    void expandsTheAdminsSynonymsAtQueryTime() {
        assertThat(CatalogAnalyzer.terms(ES, "f", "compu")).containsAll(indexed("es", "computador"));
        assertThat(CatalogAnalyzer.terms(ES, "f", "propaganda")).containsAll(indexed("es", "publicidad"));
        assertThat(CatalogAnalyzer.terms(EN, "f", "laptop")).containsAll(indexed("en", "computer"));
        assertThat(indexed("es", "propaganda")).doesNotContainAnyElementsOf(indexed("es", "publicidad"));
    }

    @Test
    void spellingsThatSoundAlikeMeetInSpanish() {
        // Written by ear: z/s/c, b/v, silent h, qu/k, ll/y; the stop words are folded the same way.
        assertThat(CatalogAnalyzer.terms(ES, "f", "clientez")).containsAll(indexed("es", "clientes"));
        assertThat(CatalogAnalyzer.terms(ES, "f", "bendemos")).isEqualTo(CatalogAnalyzer.terms(ES, "f", "vendemos"));
        assertThat(CatalogAnalyzer.terms(ES, "f", "nesesidad")).isEqualTo(indexed("es", "necesidad"));
        assertThat(CatalogAnalyzer.terms(ES, "f", "nesecito aser kiero")).isEmpty();
        assertThat(indexed("en", "services")).isNotEqualTo(indexed("en", "serbises"));
    }

    @Test
    void findsTheServiceDespiteTypos() {
        LuceneMatcher matcher = new LuceneMatcher(() -> SHIPPED);
        assertThat(matcher.match("nesecito el regsitro invima", "es", 3).services())
                .extracting(MatchResult.Service::id).contains("pd-certification");
        assertThat(matcher.match("publisidad en redes sosiales", "es", 3).services())
                .extracting(MatchResult.Service::id).first().isEqualTo("mp-advertising");
    }

    @Test
    void refusesABrokenSynonymRuleWithItsFileAndLine(@TempDir Path dir) {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "synonyms-es.txt", "# comentario\nexportar, vender afuera\nexportar => \n");
        ContentException e = catchThrowableOfType(ContentException.class, () -> CatalogIndex.build(CatalogLoader.load(dir)));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("synonyms-es.txt");
            assertThat(p.line()).isEqualTo(3);
        });
    }
}
