package co.aliada.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.aliada.content.ContentPart;
import co.aliada.matching.CatalogIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The programme's figures on a seeded database, checked by value, with and without filters. */
@SpringBootTest(properties = {"aliada.telegram.token=",
        "spring.datasource.url=jdbc:h2:mem:figures-${random.uuid};DB_CLOSE_DELAY=-1"})
class FiguresTests {

    static boolean seeded;

    @Autowired
    FiguresService service;
    @Autowired
    ContentPart<CatalogIndex> catalog;

    @BeforeAll
    static void reset() {
        seeded = false;
    }

    @Autowired
    void seed(JdbcTemplate jdbc) {
        if (!seeded) {
            SeededFigures.seed(jdbc);
            seeded = true;
        }
    }

    @Test
    void countsCompaniesByLatestLevelBesideTheArticle() {
        Figure levels = all().byId("levels").orElseThrow();

        assertThat(values(levels)).containsExactly(
                Map.entry("Compromiso", List.of(1.0, 33.3, 36.7)),
                Map.entry("Implementación", List.of(1.0, 33.3, 36.7)),
                Map.entry("Mejora continua", List.of(0.0, 0.0, 16.7)),
                Map.entry("Cultura de innovación sostenible", List.of(0.0, 0.0, 6.7)),
                Map.entry("Excelencia", List.of(1.0, 33.3, 3.3)));
    }

    @Test
    void averagesEachAreaOverTheLatestSelfChecks() {
        Map<String, List<Double>> areas = values(all().byId("areas").orElseThrow());

        assertThat(areas.values()).containsExactly(List.of(2.33), List.of(2.83));
    }

    @Test
    void countsConfirmedChallengesByDriverAndPillar() {
        assertThat(values(all().byId("drivers").orElseThrow()).values().stream().map(v -> v.get(0)))
                .containsExactly(2.0, 1.0, 0.0, 0.0);
        assertThat(values(all().byId("pillars").orElseThrow()).values().stream().map(v -> v.get(0)))
                .containsExactly(1.0, 1.0, 0.0, 1.0);
    }

    @Test
    void setsDemandForEachServiceBesideTheInstitutionsThatOfferIt() {
        Figure services = all().byId("services").orElseThrow();
        var offered = catalog.current().content().catalog().institutionsByService();

        assertThat(services.rows()).hasSize(4);
        assertThat(services.rows().get(0).values())
                .containsExactly(2.0, (double) offered.get("ci-process-advice").size());
        assertThat(services.rows().stream().mapToDouble(r -> r.values().get(0)).sum()).isEqualTo(5.0);
        Figure unmet = all().byId("unmet").orElseThrow();
        assertThat(unmet.rows()).allSatisfy(row -> assertThat(row.values().get(1)).isLessThan(FiguresService.WELL_SUPPLIED));
    }

    @Test
    void countsEveryCompanyWithAProfileBySectorAndMunicipality() {
        assertThat(values(all().byId("sectors").orElseThrow())).containsExactly(
                Map.entry("Agroindustria", List.of(2.0)), Map.entry("TIC", List.of(1.0)), Map.entry("Turismo", List.of(1.0)));
        assertThat(values(all().byId("municipalities").orElseThrow())).containsExactly(
                Map.entry("Popayán", List.of(2.0)), Map.entry("Santander de Quilichao", List.of(1.0)),
                Map.entry("Sin indicar", List.of(1.0)));
    }

    @Test
    void sharesTheRecommendationsRatedUseful() {
        assertThat(values(all().byId("useful").orElseThrow()).values())
                .containsExactly(List.of(2.0, 66.7), List.of(1.0, 33.3));
    }

    @Test
    void timesTheCasesFromOpeningToTakingAnswerAndClose() {
        assertThat(values(all().byId("cases").orElseThrow()).values().stream().map(v -> v.get(0)))
                .containsExactly(2.0, 1.0, 1.0, 1.0, 10.0, 30.0, 120.0);
        assertThat(values(all().byId("outcomes").orElseThrow())).containsExactly(
                Map.entry("Cerrado por el asesor", List.of(1.0)));
    }

    @Test
    void filtersBySectorMunicipalityAndDates() {
        Figures agro = service.compute(new FigureFilter(null, null, "agribusiness", null), "es");
        assertThat(values(agro.byId("levels").orElseThrow()).get("Compromiso")).containsExactly(1.0, 50.0, 36.7);
        assertThat(values(agro.byId("drivers").orElseThrow()).get("Un problema").get(0)).isEqualTo(2.0);

        Figures popayan = service.compute(new FigureFilter(null, null, null, "POPAYAN"), "es");
        assertThat(values(popayan.byId("sectors").orElseThrow())).containsExactly(Map.entry("Agroindustria", List.of(2.0)));

        Figures may11 = service.compute(new FigureFilter(LocalDate.of(2026, 5, 11), null, null, null), "es");
        assertThat(values(may11.byId("levels").orElseThrow()).get("Excelencia")).containsExactly(1.0, 100.0, 3.3);
        assertThat(may11.byId("useful").orElseThrow().rows()).extracting(r -> r.values().get(0)).containsExactly(1.0, 0.0);
        assertThat(may11.byId("outcomes").orElseThrow().isEmpty()).isTrue();

        Figures march = service.compute(new FigureFilter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null), "es");
        assertThat(values(march.byId("levels").orElseThrow()).get("Compromiso")).containsExactly(1.0, 100.0, 36.7);
        assertThat(march.byId("drivers").orElseThrow().isEmpty()).isTrue();
    }

    @Test
    void writesEveryValueToTheCsv() {
        String csv = FiguresCsv.of(all(), "figura,concepto,columna,valor");

        assertThat(csv).startsWith("\uFEFFfigura,concepto,columna,valor\r\n")
                .contains("Empresas por sector (todas las que tienen perfil),Agroindustria,Empresas,2\r\n")
                .contains("Excelencia,% en el artículo,3.3\r\n");
        assertThat(FiguresCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void drawsAChartForEachFigureThatHasOne() {
        all().all().stream().filter(Figure::hasChart).forEach(figure ->
                assertThat(Arrays.copyOf(FigureCharts.png(figure), 4)).containsExactly(0x89, 'P', 'N', 'G'));
    }

    private Figures all() {
        return service.compute(FigureFilter.ALL, "es");
    }

    private static Map<String, List<Double>> values(Figure figure) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        figure.rows().forEach(row -> values.put(row.label(), row.values()));
        return values;
    }
}
