package co.aliada.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import co.aliada.TestClock;
import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChatUnreachable;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Turn;
import co.aliada.conversation.TurnReplies;
import co.aliada.conversation.Understanding;
import co.aliada.escalation.EscalationProperties;
import org.junit.jupiter.api.Test;

/** The durable schedule with a clock moved by hand: when a follow-up goes, to whom, and that it goes once. */
class FollowupScheduleTests {

    /** 10:00 on a Monday in Bogotá. */
    static final Instant MONDAY = Instant.parse("2026-03-02T15:00:00Z");
    static final Duration AFTER = Duration.ofDays(30);
    static final Duration REASSESS = Duration.ofDays(180);
    static final EscalationProperties OFFICE = new EscalationProperties(ZoneId.of("America/Bogota"),
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            LocalTime.of(8, 0), LocalTime.of(17, 0), Duration.ofMinutes(30), "es");

    private final FollowupTestDatabase db = new FollowupTestDatabase();
    private final FollowupStore store = new FollowupStore(db.jdbc);
    private final TestClock clock = TestClock.fixedAt(MONDAY);
    private final List<Outbound> outbox = new CopyOnWriteArrayList<>();

    /** One running instance of the schedule; a new one over the same database is a restart or a second instance. */
    private FollowupSchedule instance() {
        return new FollowupSchedule(new FollowupStore(db.jdbc), new FollowupMessages(TestTexts::texts, db.challenges()),
                new FollowupProperties(AFTER, REASSESS, Duration.ofMinutes(1)), OFFICE, db.tx, () -> outbox::addAll, clock);
    }

    @Test
    void asksOnceWhenTheConfiguredDelayHasPassed() {
        store.decide("tg:1", true, MONDAY);
        long challenge = db.challenge("tg:1", MONDAY);
        FollowupSchedule schedule = instance();

        assertThat(schedule.run()).isZero();
        clock.set(MONDAY.plus(AFTER).minusSeconds(60));
        assertThat(schedule.run()).isZero();
        clock.set(MONDAY.plus(AFTER).plusSeconds(60)); // a Wednesday, 10:01 in Bogotá
        assertThat(schedule.run()).isEqualTo(1);
        assertThat(schedule.run()).isZero();

        assertThat(outbox).singleElement().satisfies(message -> {
            assertThat(message.chat()).isEqualTo("tg:1");
            assertThat(message.text()).contains("¿Cómo podríamos no perder clientes?", "Capacitación en ventas, Precios");
            assertThat(message.buttons()).flatMap(row -> row).extracting(Outbound.Button::data)
                    .allMatch(data -> data.startsWith("/seguimiento "));
        });
        assertThat(db.jdbc.queryForObject("select ref_id from followup_message", Long.class)).isEqualTo(challenge);
    }

    @Test
    void aRestartOrASecondInstanceDoesNotSendItAgain() {
        store.decide("tg:1", true, MONDAY);
        db.challenge("tg:1", MONDAY);
        instance().run(); // planned, then this instance stops

        clock.set(MONDAY.plus(AFTER).plusSeconds(60));
        FollowupSchedule restarted = instance();
        FollowupSchedule other = instance();
        assertThat(restarted.run()).isEqualTo(1);
        assertThat(other.run()).isZero();
        assertThat(instance().run()).isZero();
        assertThat(outbox).hasSize(1);
        assertThat(db.statuses("tg:1")).containsExactly(FollowupStore.SENT);
    }

    @Test
    void twoInstancesRunningAtOnceSendEachMessageOnce() throws Exception {
        for (int i = 0; i < 30; i++) {
            store.decide("tg:" + i, true, MONDAY);
            db.challenge("tg:" + i, MONDAY);
        }
        instance().run();
        clock.set(MONDAY.plus(AFTER).plusSeconds(60));
        FollowupSchedule a = instance();
        FollowupSchedule b = instance();
        Thread other = new Thread(a::run);
        other.start();
        b.run();
        other.join();

        assertThat(outbox).hasSize(30);
        assertThat(outbox).extracting(Outbound::chat).doesNotHaveDuplicates();
    }

    @Test
    void waitsForOfficeDaysAndHours() {
        store.decide("tg:1", true, MONDAY);
        db.challenge("tg:1", MONDAY.minus(Duration.ofDays(10)));
        FollowupSchedule schedule = instance();
        schedule.run();

        clock.set(MONDAY.plus(AFTER).plus(Duration.ofDays(3))); // Saturday
        assertThat(schedule.run()).isZero();
        clock.set(Instant.parse("2026-04-06T07:00:00Z")); // Monday, 02:00 in Bogotá
        assertThat(schedule.run()).isZero();
        clock.set(Instant.parse("2026-04-06T13:30:00Z")); // Monday, 08:30 in Bogotá
        assertThat(schedule.run()).isEqualTo(1);
    }

    @Test
    void writesOnlyToChatsThatAgreed() {
        db.challenge("tg:never-asked", MONDAY);
        store.decide("tg:said-no", false, MONDAY);
        db.challenge("tg:said-no", MONDAY);
        store.decide("tg:changed-mind", true, MONDAY);
        db.challenge("tg:changed-mind", MONDAY);
        FollowupSchedule schedule = instance();
        schedule.run();
        store.decide("tg:changed-mind", false, MONDAY.plusSeconds(5));

        clock.set(MONDAY.plus(AFTER).plusSeconds(60));
        assertThat(schedule.run()).isZero();
        assertThat(outbox).isEmpty();
        assertThat(db.statuses("tg:changed-mind")).containsExactly(FollowupStore.CANCELLED);
    }

    @Test
    void aPersonWhoBlockedTheBotIsNeverTriedAgain() {
        store.decide("tg:1", true, MONDAY);
        db.challenge("tg:1", MONDAY);
        db.selfCheck("tg:1", MONDAY, 2, 2);
        FollowupSchedule schedule = instance();
        clock.set(MONDAY.plus(AFTER).plusSeconds(60));
        assertThat(schedule.run()).isEqualTo(1);

        // Telegram answered 403 to that message: the outbox tells everyone
        new FollowupConfiguration.BlockedChats(store, clock).on(new ChatUnreachable("tg:1"));
        db.challenge("tg:1", clock.instant());
        clock.set(MONDAY.plus(REASSESS).plus(AFTER).plus(Duration.ofDays(2)));
        assertThat(schedule.run()).isZero();

        assertThat(outbox).hasSize(1);
        assertThat(db.statuses("tg:1")).containsExactly(FollowupStore.SENT, FollowupStore.CANCELLED);
        assertThat(store.isBlocked("tg:1")).isTrue();
    }

    @Test
    void notYetOffersTheServicesAgainAndAsksOnceMoreThenNeverAgain() {
        store.decide("tg:1", true, MONDAY);
        db.challenge("tg:1", MONDAY);
        FollowupSchedule schedule = instance();
        clock.set(MONDAY.plus(AFTER).plusSeconds(60));
        schedule.run();
        long first = db.jdbc.queryForObject("select id from followup_message", Long.class);

        List<Outbound> replies = answer("tg:1", first, FollowupMessages.NOT_YET);
        assertThat(replies).singleElement().satisfies(reply -> assertThat(reply.buttons()).flatMap(row -> row)
                .extracting(Outbound.Button::label).containsExactly("Capacitación en ventas", "Precios"));
        assertThat(db.jdbc.queryForObject("select contacted from followup_message where id = ?", String.class, first))
                .isEqualTo("not-yet");

        clock.set(clock.instant().plus(AFTER).plusSeconds(60)); // a Friday
        assertThat(schedule.run()).isEqualTo(1);
        assertThat(outbox.get(1).text()).contains(TestTexts.texts().get("followup.contact.ask-again", "es",
                "challenge", "¿Cómo podríamos no perder clientes?", "services", "Capacitación en ventas, Precios"));

        clock.set(clock.instant().plus(AFTER.multipliedBy(3))); // no reply: nothing more, ever
        assertThat(schedule.run()).isZero();
        assertThat(outbox).hasSize(2);
    }

    @Test
    void answersAreStoredWithTheChallengeAndFeedTheFigures() {
        store.decide("tg:1", true, MONDAY);
        long challenge = db.challenge("tg:1", MONDAY);
        store.decide("tg:2", true, MONDAY);
        db.challenge("tg:2", MONDAY);
        store.decide("tg:3", true, MONDAY);
        db.challenge("tg:3", MONDAY);
        FollowupSchedule schedule = instance();
        clock.set(MONDAY.plus(AFTER).plusSeconds(60));
        schedule.run();
        long id = db.jdbc.queryForObject("select id from followup_message where chat = 'tg:1'", Long.class);
        long other = db.jdbc.queryForObject("select id from followup_message where chat = 'tg:2'", Long.class);

        List<Outbound> askUseful = answer("tg:1", id, FollowupMessages.YES);
        assertThat(askUseful.get(0).buttons()).flatMap(row -> row).extracting(Outbound.Button::data)
                .containsExactly("/seguimiento " + id + " util", "/seguimiento " + id + " noutil", "/seguimiento " + id + " nose");
        answer("tg:1", id, FollowupMessages.USEFUL);
        answer("tg:2", other, FollowupMessages.NO_ANSWER);
        assertThat(answer("tg:2", id, FollowupMessages.YES)).extracting(Outbound::text) // not theirs to answer
                .containsExactly(TestTexts.texts().get("followup.unknown", "es"));

        assertThat(db.jdbc.queryForMap("select ref_id, contacted, useful from followup_message where id = ?", id))
                .containsEntry("REF_ID", challenge).containsEntry("CONTACTED", "yes").containsEntry("USEFUL", "yes");
        FollowupFigures figures = new FollowupFigures(db.jdbc);
        assertThat(figures.all().get(FollowupFigures.CONTACT))
                .containsEntry("yes", 1L).containsEntry("no-answer", 1L).containsEntry("no-reply", 1L);
        assertThat(figures.all().get(FollowupFigures.UNANSWERED)).containsEntry("mp-sales-training", 1L);
        assertThat(figures.contactRate()).isEqualTo(1.0 / 3);
        assertThat(figures.usefulness()).isEqualTo(1.0);
    }

    @Test
    void invitesToTakeTheSelfCheckAgainAfterTheReassessDelay() {
        store.decide("tg:1", true, MONDAY);
        long result = db.selfCheck("tg:1", MONDAY, 2, 1);
        FollowupSchedule schedule = instance();
        schedule.run();
        clock.set(MONDAY.plus(REASSESS).minusSeconds(60));
        assertThat(schedule.run()).isZero();
        clock.set(Instant.parse("2026-08-31T15:00:00Z")); // the Monday after 180 days
        assertThat(schedule.run()).isEqualTo(1);

        long id = db.jdbc.queryForObject("select id from followup_message where ref_id = ?", Long.class, result);
        assertThat(outbox.get(0).buttons()).flatMap(row -> row).extracting(Outbound.Button::data)
                .containsExactly("/seguimiento " + id + " empezar");
        Turn turn = turn("tg:1", id, FollowupMessages.START);
        assertThat(TurnReplies.nextStep(turn)).isEqualTo(FollowupAnswerCommand.SELFCHECK_STEP);
    }

    @Test
    void aSelfCheckTakenAgainBeforeTheInvitationReplacesIt() {
        store.decide("tg:1", true, MONDAY);
        db.selfCheck("tg:1", MONDAY, 2, 1);
        FollowupSchedule schedule = instance();
        schedule.run();
        db.selfCheck("tg:1", MONDAY.plus(Duration.ofDays(60)), 3, 2);
        clock.set(Instant.parse("2026-08-31T15:00:00Z"));
        assertThat(schedule.run()).isZero();
        assertThat(db.statuses("tg:1")).containsExactly(FollowupStore.CANCELLED, FollowupStore.DUE);
    }

    @Test
    void speaksThePersonsLanguage() {
        store.decide("tg:1", true, MONDAY);
        db.language("tg:1", "en");
        db.challenge("tg:1", MONDAY);
        FollowupSchedule schedule = instance();
        clock.set(MONDAY.plus(AFTER).plusSeconds(60));
        schedule.run();
        assertThat(outbox).singleElement().satisfies(message -> assertThat(message.text()).isEqualTo(
                TestTexts.texts().get("followup.contact.ask", "en", "challenge", "¿Cómo podríamos no perder clientes?",
                        "services", "Capacitación en ventas, Precios")));
    }

    @Test
    void erasingTheDataRemovesEveryScheduledMessage() {
        store.decide("tg:1", true, MONDAY);
        db.challenge("tg:1", MONDAY);
        db.selfCheck("tg:1", MONDAY, 2, 1);
        store.decide("tg:2", true, MONDAY);
        db.challenge("tg:2", MONDAY);
        FollowupSchedule schedule = instance();
        schedule.run();
        FollowupData data = new FollowupData(store);
        assertThat(data.export("tg:1")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("OPTED_IN", true).containsKey("messages");

        data.erase("tg:1");
        db.jdbc.update("delete from challenge where chat = 'tg:1'"); // the other features erase theirs
        db.jdbc.update("delete from selfcheck_result where chat = 'tg:1'");

        assertThat(db.statuses("tg:1")).isEmpty();
        assertThat(store.decision("tg:1")).isEmpty();
        assertThat(data.export("tg:1")).isEqualTo(java.util.Map.of());
        clock.set(MONDAY.plus(REASSESS).plus(Duration.ofDays(2)));
        schedule.run();
        assertThat(outbox).extracting(Outbound::chat).containsOnly("tg:2");
    }

    private List<Outbound> answer(String chat, long id, String answer) {
        return replies(turn(chat, id, answer));
    }

    private Turn turn(String chat, long id, String answer) {
        ChatState state = new ChatState(chat, "es", null, ChatState.Consent.ACCEPTED, java.util.Map.of());
        Turn turn = new Turn(Inbound.command(chat, FollowupMessages.COMMAND + " " + id + " " + answer), state,
                TestTexts.texts(), Understanding.Intent.NONE, name -> true);
        new FollowupAnswerCommand(store, db.challenges(), new FollowupProperties(AFTER, REASSESS, Duration.ofMinutes(1)), clock)
                .run(turn, id + " " + answer);
        return turn;
    }

    private static List<Outbound> replies(Turn turn) {
        return TurnReplies.of(turn);
    }
}
