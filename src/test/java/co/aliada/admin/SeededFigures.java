package co.aliada.admin;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small programme with known figures: four companies with a profile (two in Popayán, typed two
 * ways), three self-checks plus a retake, three confirmed challenges, three ratings and two cases.
 */
final class SeededFigures {

    private SeededFigures() {
    }

    static void seed(JdbcTemplate jdbc) {
        profile(jdbc, "tg:1", "{\"profile.sector\":\"agribusiness\",\"profile.municipality\":\"Popayán\"}", "2026-03-10T15:00:00Z");
        profile(jdbc, "tg:2", "{\"profile.sector\":\"agribusiness\",\"profile.municipality\":\"popayan\"}", "2026-05-10T15:00:00Z");
        profile(jdbc, "tg:3", "{\"profile.sector\":\"ict\",\"profile.municipality\":\"Santander de Quilichao\"}", "2026-05-12T15:00:00Z");
        profile(jdbc, "tg:4", "{\"profile.sector\":\"tourism\"}", "2026-05-15T15:00:00Z");
        jdbc.update("insert into chat_state (chat, lang, step, consent, data, updated_at) values ('tg:5', 'es', 'start', "
                + "'NONE', '{}', ?)", at("2026-05-15T15:00:00Z"));

        selfCheck(jdbc, 901, "tg:1", "agribusiness", "commitment", "2026-03-10T15:00:00Z", 1.0);
        selfCheck(jdbc, 902, "tg:1", "agribusiness", "implementation", "2026-05-01T15:00:00Z", 2.0);
        selfCheck(jdbc, 903, "tg:2", "agribusiness", "commitment", "2026-05-10T15:00:00Z", 1.0);
        selfCheck(jdbc, 904, "tg:3", "ict", "excellence", "2026-05-12T15:00:00Z", 4.0);

        challenge(jdbc, "tg:1", "problem", "mp-brand-positioning,mp-advertising", "2026-05-02T15:00:00Z", true);
        challenge(jdbc, "tg:2", "problem", "ci-process-advice", "2026-05-10T15:00:00Z", true);
        challenge(jdbc, "tg:3", "technology", "tm-cybersecurity,ci-process-advice", "2026-05-12T15:00:00Z", true);
        challenge(jdbc, "tg:3", "users", "pd-certification", "2026-05-12T16:00:00Z", false);

        Long first = jdbc.queryForObject("select min(id) from challenge", Long.class);
        feedback(jdbc, first, "tg:1", true, "2026-05-02T16:00:00Z");
        feedback(jdbc, first + 1, "tg:2", false, "2026-05-10T16:00:00Z");
        feedback(jdbc, first + 2, "tg:3", true, "2026-05-12T16:00:00Z");

        jdbc.update("insert into escalation_case (id, chat, status, reason, lang, opened_at, taken_at, closed_at, close_reason) "
                + "values (801, 'tg:1', 'CLOSED', 'asked', 'es', ?, ?, ?, 'consultant')",
                at("2026-05-02T15:00:00Z"), at("2026-05-02T15:10:00Z"), at("2026-05-02T17:00:00Z"));
        jdbc.update("insert into escalation_case_message (case_id, at, from_user, author, text) values (801, ?, true, null, 'hola')",
                at("2026-05-02T15:05:00Z"));
        jdbc.update("insert into escalation_case_message (case_id, at, from_user, author, text) values (801, ?, false, 'Ana', 'con gusto')",
                at("2026-05-02T15:30:00Z"));
        jdbc.update("insert into escalation_case (id, chat, status, reason, lang, opened_at) values (802, 'tg:3', 'OPEN', 'asked', 'es', ?)",
                at("2026-05-12T14:00:00Z"));
    }

    private static void profile(JdbcTemplate jdbc, String chat, String data, String updated) {
        jdbc.update("insert into chat_state (chat, lang, step, consent, data, updated_at) values (?, 'es', 'menu', 'ACCEPTED', ?, ?)",
                chat, data, at(updated));
    }

    private static void selfCheck(JdbcTemplate jdbc, long id, String chat, String sector, String level, String when, double average) {
        jdbc.update("insert into selfcheck_result (id, chat, sector, company_size, overall_level, overall_rank, overall_average, "
                + "below_commitment, finished_at) values (?, ?, ?, 'small', ?, 1, ?, false, ?)", id, chat, sector, level, average, at(when));
        jdbc.update("insert into selfcheck_area (result_id, area, area_level, average) values (?, 'leadership', ?, ?)", id, level, average);
        jdbc.update("insert into selfcheck_area (result_id, area, area_level, average) values (?, 'results', ?, ?)", id, level, average + 0.5);
    }

    private static void challenge(JdbcTemplate jdbc, String chat, String driver, String services, String when, boolean confirmed) {
        jdbc.update("insert into challenge (chat, driver, text, how_might_we, urgency, feasibility, impact, priority, services, "
                + "created_at, confirmed) values (?, ?, 't', 'h', 1, 1, 1, 3, ?, ?, ?)", chat, driver, services, at(when), confirmed);
    }

    private static void feedback(JdbcTemplate jdbc, long challenge, String chat, boolean useful, String when) {
        jdbc.update("insert into challenge_feedback (challenge_id, chat, useful, created_at) values (?, ?, ?, ?)",
                challenge, chat, useful, at(when));
    }

    private static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }
}
