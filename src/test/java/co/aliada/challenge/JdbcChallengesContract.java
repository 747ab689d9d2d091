package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** What {@link JdbcChallenges} must do on every database the bot runs on, after the real migrations. */
abstract class JdbcChallengesContract {

    private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

    private JdbcTemplate jdbc;
    private JdbcChallenges challenges;

    protected void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        challenges = new JdbcChallenges(jdbc, Clock.fixed(AT, ZoneOffset.UTC));
    }

    private static Challenge challenge(String chat, String text, int urgency, int feasibility, int impact) {
        return new Challenge(0, chat, "users", text, "¿Cómo podríamos " + text + "?", urgency, feasibility, impact,
                "probamos <algo> & más", List.of(), List.of(), AT, true);
    }

    @Test
    void savesAndReadsBackEveryField() {
        long id = challenges.save(challenge("tg:1", "vender café <especial> & panela", 3, 1, 2));

        Challenge read = challenges.find("tg:1", id).orElseThrow();

        assertThat(read.id()).isEqualTo(id);
        assertThat(read.text()).isEqualTo("vender café <especial> & panela");
        assertThat(read.howMightWe()).isEqualTo("¿Cómo podríamos vender café <especial> & panela?");
        assertThat(read.driver()).isEqualTo("users");
        assertThat(List.of(read.urgency(), read.feasibility(), read.impact())).containsExactly(3, 1, 2);
        assertThat(read.context()).isEqualTo("probamos <algo> & más");
        assertThat(read.createdAt()).isEqualTo(AT);
        assertThat(read.confirmed()).isTrue();
        assertThat(read.services()).isEmpty();
        assertThat(jdbc.queryForObject("select priority from challenge where id = ?", Integer.class, id)).isEqualTo(6);
    }

    @Test
    void keepsEachChatsChallengesApartOldestFirst() {
        long first = challenges.save(challenge("tg:1", "uno", 1, 1, 1));
        challenges.save(challenge("tg:2", "de otro chat", 3, 3, 3));
        long second = challenges.save(challenge("tg:1", "dos", 3, 3, 3));

        assertThat(challenges.of("tg:1")).extracting(Challenge::id).containsExactly(first, second);
        assertThat(challenges.find("tg:2", first)).isEmpty();
        assertThat(challenges.of("tg:1").stream().sorted(Challenge.BY_PRIORITY).map(Challenge::text)).containsExactly("dos", "uno");
    }

    @Test
    void remembersTheRecommendedServicesInOrder() {
        long id = challenges.save(challenge("tg:1", "uno", 1, 1, 1));

        challenges.recommended(id, List.of("mp-pricing", "pd-certification"), List.of("Precios, y competencia", "Certificación"));

        Challenge read = challenges.find("tg:1", id).orElseThrow();
        assertThat(read.services()).containsExactly("mp-pricing", "pd-certification");
        assertThat(read.serviceNames()).containsExactly("Precios, y competencia", "Certificación");
    }

    @Test
    void storesFeedbackOnlyForTheChatsOwnChallenge() {
        long id = challenges.save(challenge("tg:1", "uno", 1, 1, 1));

        challenges.feedback("tg:1", id, true);
        challenges.feedback("tg:1", id, false);
        challenges.feedback("tg:2", id, true);

        assertThat(jdbc.queryForList("select useful from challenge_feedback where challenge_id = ? order by id",
                Boolean.class, id)).containsExactly(true, false);
    }

    @Test
    void deletesOneOfAChatsChallengesWithItsFeedbackOnly() {
        long deleted = challenges.save(challenge("tg:1", "uno", 1, 1, 1));
        long kept = challenges.save(challenge("tg:1", "dos", 1, 1, 1));
        long theirs = challenges.save(challenge("tg:2", "tres", 1, 1, 1));
        challenges.feedback("tg:1", deleted, true);
        challenges.feedback("tg:1", kept, true);

        assertThat(challenges.delete("tg:2", deleted)).as("another chat's id").isFalse();
        assertThat(challenges.delete("tg:1", deleted)).isTrue();

        assertThat(challenges.of("tg:1")).extracting(Challenge::id).containsExactly(kept);
        assertThat(challenges.of("tg:2")).extracting(Challenge::id).containsExactly(theirs);
        assertThat(jdbc.queryForList("select challenge_id from challenge_feedback", Long.class)).containsExactly(kept);
        assertThat(challenges.delete("tg:1", deleted)).as("deleted already").isFalse();
    }

    @Test
    void forgetsAChatsChallengesAndFeedbackOnly() {
        long mine = challenges.save(challenge("tg:1", "uno", 1, 1, 1));
        long theirs = challenges.save(challenge("tg:2", "dos", 1, 1, 1));
        challenges.feedback("tg:1", mine, true);
        challenges.feedback("tg:2", theirs, true);

        assertThat(challenges.forget("tg:1")).isEqualTo(1);

        assertThat(challenges.of("tg:1")).isEmpty();
        assertThat(challenges.of("tg:2")).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from challenge_feedback", Integer.class)).isEqualTo(1);
    }
}
