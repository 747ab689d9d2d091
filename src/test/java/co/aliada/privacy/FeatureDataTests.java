package co.aliada.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Self-checks, challenges and cases are exported and erased with the rest; cases leave an anonymous stub. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "aliada.telegram.token=", "spring.datasource.url=jdbc:h2:mem:feature-data-${random.uuid};DB_CLOSE_DELAY=-1"})
class FeatureDataTests {

    private static final String CHAT = "tg:4242";
    private static final String OTHER = "tg:7";

    @Autowired
    List<PersonalData> sources;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void someoneWentThroughTheJourney() {
        for (String chat : List.of(CHAT, OTHER)) {
            jdbc.update("insert into selfcheck_result (chat, sector, company_size, overall_level, overall_rank, "
                    + "overall_average, below_commitment, finished_at) values (?, 'agribusiness', 'micro', "
                    + "'implementation', 2, 1.80, false, current_timestamp)", chat);
            jdbc.update("insert into challenge (chat, driver, text, how_might_we, urgency, feasibility, impact, priority, "
                    + "created_at, confirmed) values (?, 'problem', 'no me compran', '¿Cómo podríamos vender más?', "
                    + "3, 2, 3, 8, current_timestamp, true)", chat);
            jdbc.update("insert into escalation_case (chat, status, reason, lang, opened_at, taken_by_name) "
                    + "values (?, 'TAKEN', 'command', 'es', current_timestamp, 'Ana')", chat);
            Long id = jdbc.queryForObject("select max(id) from escalation_case where chat = ?", Long.class, chat);
            jdbc.update("insert into escalation_case_message (case_id, at, from_user, author, text) "
                    + "values (?, current_timestamp, true, null, 'necesito ayuda con mi marca')", id);
        }
    }

    @Test
    void exportsEveryFeaturesData() {
        assertThat(section("selfcheck").export(CHAT).toString()).contains("implementation");
        assertThat(section("challenges").export(CHAT).toString()).contains("no me compran");
        assertThat(section("cases").export(CHAT).toString()).contains("necesito ayuda con mi marca");
    }

    @Test
    void erasesEveryFeaturesDataAndKeepsOnlyAnAnonymousCaseStub() {
        List.of("selfcheck", "challenges", "cases").forEach(name -> section(name).erase(CHAT));

        assertThat(count("select count(*) from selfcheck_result where chat = ?", CHAT)).isZero();
        assertThat(count("select count(*) from challenge where chat = ?", CHAT)).isZero();
        assertThat(count("select count(*) from escalation_case where chat = ?", CHAT)).isZero();
        assertThat(count("select count(*) from escalation_case_message where text like 'necesito%'", null)).isEqualTo(1);
        Map<String, Object> stub = jdbc.queryForMap("select * from escalation_case where chat = 'erased'");
        assertThat(stub).containsEntry("STATUS", "CLOSED").containsEntry("REASON", "command");
        assertThat(stub.get("TAKEN_BY_NAME")).isNull();
        assertThat(count("select count(*) from challenge where chat = ?", OTHER)).isEqualTo(1);
    }

    private PersonalData section(String name) {
        return sources.stream().filter(s -> s.section().equals(name)).findFirst().orElseThrow();
    }

    private int count(String sql, String chat) {
        Integer n = chat == null ? jdbc.queryForObject(sql, Integer.class) : jdbc.queryForObject(sql, Integer.class, chat);
        return n == null ? 0 : n;
    }
}
