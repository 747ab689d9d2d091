package co.aliada.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Follow-ups through the real Telegram client and the Bot API double, with delays of seconds: the person
 * agrees after consent, is asked after a recommendation, answers with the buttons; a person who blocked
 * the bot is marked and never tried again; /borrar_datos removes what was scheduled.
 */
class FollowupEndToEndTests {

    private static BotApiDouble api;
    private static Path dir;
    private static LiveBot bot;
    private static JdbcTemplate db;

    @BeforeAll
    static void start() throws IOException {
        api = new BotApiDouble();
        dir = Files.createTempDirectory("aliada-followup");
        bot = new LiveBot(api, dir, List.of("--aliada.followup.after=3s", "--aliada.followup.reassess-after=3650d",
                "--aliada.followup.check=1s", "--aliada.escalation.office-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                "--aliada.escalation.opens=00:00", "--aliada.escalation.closes=23:59:59")).start();
        db = bot.context().getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        bot.close();
        api.close();
        FileSystemUtils.deleteRecursively(dir.toFile());
    }

    @Test
    void asksAfterTheDelayStoresTheAnswersAndForgetsEverythingOnErasure() {
        Person ana = agreesToBeWrittenTo(9_101);
        long challenge = recommendation(ana);

        BotApiDouble.Call ask = ana.listens().awaitsButton("/seguimiento ");
        assertThat(ask.text()).contains("¿Cómo podríamos vender más en Popayán?", "Capacitación en ventas");
        ana.taps(button(ask, " si")).awaitsButton("/seguimiento ");
        BotApiDouble.Call useful = ana.last().orElseThrow();
        ana.taps(button(useful, " util")).awaitsText("followup.useful.thanks");

        assertThat(db.queryForMap("select contacted, useful, status from followup_message where ref_id = ?", challenge))
                .containsEntry("CONTACTED", "yes").containsEntry("USEFUL", "yes").containsEntry("STATUS", "answered");
        assertThat(ana.all().stream().filter(call -> call.text().startsWith(ask.text()))).hasSize(1);

        ana.says("/borrar_datos si").awaitsContaining("borr");
        assertThat(db.queryForObject("select count(*) from followup_message where chat = ?", Integer.class, chat(ana))).isZero();
        assertThat(db.queryForObject("select count(*) from followup_contact where chat = ?", Integer.class, chat(ana))).isZero();
    }

    @Test
    void aPersonWhoBlockedTheBotIsMarkedAndNeverTriedAgain() {
        Person ben = agreesToBeWrittenTo(9_202);
        api.refuse(ben.chat(), 403);
        recommendation(ben);
        await().atMost(Person.WAIT).until(() -> db.queryForObject(
                "select count(*) from followup_contact where chat = ? and blocked_at is not null", Integer.class, chat(ben)) == 1);

        recommendation(ben);
        Person cleo = agreesToBeWrittenTo(9_303);
        recommendation(cleo);
        cleo.listens().awaitsButton("/seguimiento "); // the schedule has looked at everything since

        assertThat(db.queryForObject("select count(*) from followup_message where chat = ?", Integer.class, chat(ben))).isEqualTo(1);
        // the onboarding went out before the block; after it, the one refused follow-up and nothing else
        assertThat(db.queryForList("select status from outbox_message where chat = ? order by id", String.class, chat(ben)))
                .filteredOn(status -> !status.equals("SENT")).containsExactly("FAILED");
    }

    private static Person agreesToBeWrittenTo(long chat) {
        Person person = new Person(api, chat, "es");
        person.says("/start").awaitsButton("consent:yes");
        person.taps("consent:yes").awaitsButton("/recordatorios si");
        person.taps("/recordatorios si").awaitsText("followup.reminders.on");
        return person;
    }

    /** A recommendation, stored as the challenge journey stores it (that journey has its own end-to-end test). */
    private static long recommendation(Person person) {
        db.update("insert into challenge (chat, driver, text, how_might_we, urgency, feasibility, impact, priority,"
                + " services, service_names, created_at, confirmed) values (?, 'users', 'Vender más',"
                + " '¿Cómo podríamos vender más en Popayán?', 3, 3, 3, 9, 'mp-sales-training', 'Capacitación en ventas', ?, true)",
                chat(person), Timestamp.from(Instant.now()));
        return db.queryForObject("select max(id) from challenge where chat = ?", Long.class, chat(person));
    }

    private static String chat(Person person) {
        return "tg:" + person.chat();
    }

    private static String button(BotApiDouble.Call call, String ending) {
        return call.buttonData().stream().filter(data -> data.endsWith(ending)).findFirst().orElseThrow();
    }
}
