package co.aliada.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cases' figures per consultant and per institution, by value, on a seeded database: two consultants
 * who introduced themselves with /soy (one case handed over between them), one who did not, and a case
 * nobody took.
 */
@SpringBootTest(properties = {"aliada.telegram.token=",
        "spring.datasource.url=jdbc:h2:mem:team-figures-${random.uuid};DB_CLOSE_DELAY=-1"})
class CaseTeamFiguresTests {

    static final String OPENED = "2026-06-01T15:00:00Z";
    static boolean seeded;

    @Autowired
    FiguresService service;

    @Autowired
    void seed(JdbcTemplate jdbc) {
        if (seeded) {
            return;
        }
        seeded = true;
        jdbc.update("insert into consultant (id, display_name, institution, word, updated_at) values "
                + "('9101', 'María López', 'Cámara de Comercio del Cauca', 'F', ?), ('9102', 'Juan Pérez', 'SENA', 'M', ?)",
                at(0), at(0));
        // taken by María after 10 min, handed to Juan at 40, who answered at 50 and closed it resolved at 60
        closed(jdbc, 1001, "9102", "Juan", 40, 60, "resolved", 3);
        taken(jdbc, 1001, "9101", 10);
        taken(jdbc, 1001, "9102", 40);
        answer(jdbc, 1001, 50);
        closed(jdbc, 1002, "9101", "María", 20, 120, "referred", 1);
        taken(jdbc, 1002, "9101", 20);
        answer(jdbc, 1002, 30);
        closed(jdbc, 1003, "9101", "María", 4, 30, "no-answer", null);
        taken(jdbc, 1003, "9101", 4);
        answer(jdbc, 1003, 6);
        // a consultant who never said /soy: known by the first name the channel gave
        closed(jdbc, 1004, "9105", "Pedro", 5, 15, "duplicate", 2);
        jdbc.update("insert into escalation_case (id, chat, status, reason, lang, opened_at) values (1005, 'tg:1005', 'OPEN', "
                + "'command', 'es', ?)", at(0));
    }

    @Test
    void tablesEachConsultantsCasesTimesOutcomesAndRatings() {
        Figure team = all().byId("consultants").orElseThrow();

        assertThat(team.columns()).containsExactly("Casos", "Min. hasta tomarlo (mediana)",
                "Min. hasta la 1.ª respuesta (mediana)", "Min. hasta cerrarlo (mediana)", "Resuelto",
                "Remitido a una institución", "La persona no respondió", "Duplicado", "Valoración media (1 a 3)",
                "Valoraciones");
        assertThat(values(team)).containsExactly(
                Map.entry("María López", Arrays.asList(2.0, 12.0, 18.0, 75.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0)),
                Map.entry("Juan Pérez", Arrays.asList(1.0, 10.0, 50.0, 60.0, 1.0, 0.0, 0.0, 0.0, 3.0, 1.0)),
                Map.entry("Pedro", Arrays.asList(1.0, 5.0, null, 15.0, 0.0, 0.0, 0.0, 1.0, 2.0, 1.0)));
    }

    @Test
    void tablesEachInstitutionWithTheConsultantsWhoNamedNoneApart() {
        assertThat(values(all().byId("institutions").orElseThrow())).containsExactly(
                Map.entry("Cámara de Comercio del Cauca", Arrays.asList(2.0, 12.0, 18.0, 75.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0)),
                Map.entry("SENA", Arrays.asList(1.0, 10.0, 50.0, 60.0, 1.0, 0.0, 0.0, 0.0, 3.0, 1.0)),
                Map.entry("Sin institución indicada", Arrays.asList(1.0, 5.0, null, 15.0, 0.0, 0.0, 0.0, 1.0, 2.0, 1.0)));
    }

    @Test
    void countsTheRatingsAndTimesTakingFromTheFirstTakeAndNamesTheNewOutcomes() {
        assertThat(values(all().byId("ratings").orElseThrow())).containsExactly(
                Map.entry("Me sirvió", List.of(1.0, 33.3)), Map.entry("Más o menos", List.of(1.0, 33.3)),
                Map.entry("No me sirvió", List.of(1.0, 33.3)));
        // five opened, four taken: the hand-over of the first does not restart its clock (10, not 40 min)
        assertThat(values(all().byId("cases").orElseThrow()).values().stream().map(v -> v.get(0)))
                .containsExactly(5.0, 4.0, 3.0, 4.0, 7.5, 30.0, 45.0);
        assertThat(values(all().byId("outcomes").orElseThrow()).keySet())
                .containsExactlyInAnyOrder("Resuelto", "Remitido a una institución", "La persona no respondió", "Duplicado");
    }

    @Test
    void everyTeamFigureIsInTheCsvAndEmptyWhenNothingMatches() {
        String csv = FiguresCsv.of(all(), "figura,concepto,columna,valor");
        assertThat(csv).contains("Casos por asesor,María López,Casos,2\r\n")
                .contains("Casos por institución del asesor,SENA,Valoración media (1 a 3),3\r\n");

        Figures before = service.compute(new FigureFilter(null, java.time.LocalDate.of(2026, 5, 1), null, null), "es");
        assertThat(before.byId("consultants").orElseThrow().isEmpty()).isTrue();
        assertThat(before.byId("institutions").orElseThrow().isEmpty()).isTrue();
        assertThat(before.byId("ratings").orElseThrow().isEmpty()).isTrue();
    }

    private Figures all() {
        return service.compute(FigureFilter.ALL, "es");
    }

    private static void closed(JdbcTemplate jdbc, long id, String owner, String name, int takenAfter, int closedAfter,
                               String outcome, Integer rating) {
        jdbc.update("insert into escalation_case (id, chat, status, reason, lang, opened_at, taken_by_name, taken_by_id, "
                + "taken_at, closed_at, close_reason, rating) values (?, ?, 'CLOSED', 'command', 'es', ?, ?, ?, ?, ?, ?, ?)",
                id, "tg:" + id, at(0), name, owner, at(takenAfter), at(closedAfter), outcome, rating);
    }

    private static void taken(JdbcTemplate jdbc, long id, String by, int after) {
        jdbc.update("insert into escalation_case_status (case_id, status, at, by_id) values (?, 'TAKEN', ?, ?)", id, at(after), by);
    }

    private static void answer(JdbcTemplate jdbc, long id, int after) {
        jdbc.update("insert into escalation_case_message (case_id, at, from_user, author, text) values (?, ?, false, 'x', 'hola')",
                id, at(after));
    }

    private static Timestamp at(int minutes) {
        return Timestamp.from(Instant.parse(OPENED).plusSeconds(60L * minutes));
    }

    private static Map<String, List<Double>> values(Figure figure) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        figure.rows().forEach(row -> values.put(row.label(), row.values()));
        return values;
    }
}
