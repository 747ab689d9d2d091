package co.aliada.escalation;

import static co.aliada.escalation.EscalationHarness.GROUP;
import static co.aliada.escalation.EscalationHarness.USER;
import static co.aliada.escalation.EscalationHarness.textTo;
import static co.aliada.escalation.EscalationHarness.to;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EscalationHandoffTests {

    private final EscalationHarness h = new EscalationHarness().withProfiledUser(USER);
    private String card;

    @BeforeEach
    void openACase() {
        card = h.openCaseWithMaria(USER);
    }

    @Test
    void takingTellsTheUserTheConsultantsChosenNameAndTheGroup() {
        List<Outbound> replies = h.consultant(Inbound.Kind.BUTTON, "case:take:1", null);

        assertThat(textTo(USER, replies)).contains("María (asesora) tomó su caso");
        assertThat(textTo(GROUP, replies)).contains("María tomó el caso #caso-1");
        assertThat(to(GROUP, replies).get(0).buttons()).as("Close stays at hand once the card's keyboard is gone")
                .singleElement().satisfies(row -> assertThat(row).singleElement()
                        .satisfies(b -> assertThat(b.data()).isEqualTo("case:close:1")));
        Case taken = h.parts.cases().find(1).orElseThrow();
        assertThat(taken.status()).isEqualTo(Case.Status.TAKEN);
        assertThat(taken.takenByName()).isEqualTo("María");
    }

    @Test
    void aSecondTakeSaysWhoHasItAndChangesNothing() {
        h.consultant(Inbound.Kind.BUTTON, "case:take:1", null);

        List<Outbound> replies = h.engine.handle(new Inbound(GROUP, "502", "Pedro", "es", Inbound.Kind.BUTTON,
                "case:take:1", null, null));

        assertThat(to(USER, replies)).isEmpty();
        assertThat(textTo(GROUP, replies)).contains("ya lo tomó María");
        assertThat(h.parts.cases().find(1).orElseThrow().takenByName()).isEqualTo("María");
    }

    @Test
    void relaysWhatTheUserWritesToTheGroupAndStaysQuiet() {
        List<Outbound> replies = h.send(Inbound.text(USER, "¿me pueden llamar <hoy>?"));

        assertThat(to(USER, replies)).isEmpty();
        Outbound relayed = to(GROUP, replies).get(0);
        assertThat(relayed.text()).contains("#caso-1", "Café &lt;Alto&gt; Cauca", "¿me pueden llamar &lt;hoy&gt;?");
    }

    @Test
    void relaysMediaAsANoteThatItWasSent() {
        List<Outbound> replies = h.send(Inbound.unsupported(USER, "photo"));

        assertThat(to(USER, replies)).isEmpty();
        assertThat(textTo(GROUP, replies)).contains("#caso-1", "envió un archivo (photo)");
    }

    @Test
    void aReplyToTheCardReachesTheUserAndTakesAnUntakenCase() {
        List<Outbound> replies = h.consultant(Inbound.Kind.TEXT, "Hola, la llamo a las 3 <pm>", card);

        assertThat(textTo(USER, replies)).contains("María (asesora) tomó su caso", "María (asesora): Hola, la llamo a las 3 <pm>");
        assertThat(to(USER, replies).get(1).text()).contains("&lt;pm&gt;");
        assertThat(textTo(GROUP, replies)).contains("María tomó el caso #caso-1");
        assertThat(h.parts.cases().find(1).orElseThrow().status()).isEqualTo(Case.Status.TAKEN);
    }

    @Test
    void aReplyToARelayedMessageReachesTheUser() {
        String relayed = to(GROUP, h.send(Inbound.text(USER, "sigo aquí"))).get(0).plainText();

        List<Outbound> replies = h.consultant(Inbound.Kind.TEXT, "Perfecto", relayed);

        assertThat(textTo(USER, replies)).contains("María (asesora): Perfecto");
        assertThat(h.jdbc.queryForObject("select count(*) from escalation_case_message where case_id = 1", Integer.class))
                .isEqualTo(2);
    }

    /** "Borren mis datos" written during an open case went to the advisor, and the person's request waited on them. */
    @Test
    void aRequestAboutTheirDataInWordsReachesTheBotNotTheAdvisor() {
        EscalationHarness asking = new EscalationHarness((text, lang) -> text.equals("borren mis datos")
                ? new Understanding.Intent("delete_my_data", 0.8, true) : Understanding.Intent.NONE, true).withProfiledUser(USER);
        asking.openCaseWithMaria(USER);
        List<Outbound> replies = asking.send(Inbound.text(USER, "borren mis datos"));

        assertThat(textTo(USER, replies)).isEqualTo(Html.toPlain(asking.texts.get("privacy.erase.confirm", "es")));
        assertThat(to(GROUP, replies)).isEmpty();
    }

    /**
     * "Ya no necesito asesor, sigamos" went to the advisor and the person was left with no way back but typing /bot.
     * Said before anyone took the case, a withdrawal with the way back after it withdraws the request, as the
     * withdrawal alone does (CaseWithdrawalTests); once taken, it may answer the advisor and is passed on.
     */
    @Test
    void aWishToLeaveIsPassedOnAndOffersTheWayBack() {
        List<Outbound> untaken = h.send(Inbound.text(USER, "gracias, ya no necesito asesor, sigamos"));

        assertThat(textTo(USER, untaken)).startsWith(Html.toPlain(h.texts.get("escalation.user.withdrawn", "es")));
        assertThat(h.parts.cases().activeOf(USER)).isEmpty();

        h.openCaseWithMaria(USER);
        h.consultant(Inbound.Kind.BUTTON, "case:take:2", null);
        List<Outbound> replies = h.send(Inbound.text(USER, "gracias, ya no necesito asesor, sigamos"));

        assertThat(textTo(GROUP, replies)).contains("ya no necesito asesor");
        assertThat(to(USER, replies)).singleElement().satisfies(offer -> {
            assertThat(offer.text()).isEqualTo(h.texts.get("escalation.open.leave-offer", "es"));
            assertThat(offer.buttons().get(0).get(0).data()).isEqualTo("/bot");
        });
        assertThat(h.parts.cases().activeOf(USER)).as("the advisor may still answer until it is closed").isPresent();

        assertThat(to(USER, h.send(Inbound.text(USER, "no tengo RUT todavía, ¿eso es un problema para el registro?")))).isEmpty();
    }

    /** "quiero seguir con las preguntas", "continuar", "salir" went to the advisor with no way back offered. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"quiero seguir con las preguntas", "continuar", "salir", "volver al asistente"})
    void moreWishesToLeaveOfferTheWayBack(String typed) {
        List<Outbound> replies = h.send(Inbound.text(USER, typed));

        assertThat(textTo(GROUP, replies)).contains(typed);
        assertThat(to(USER, replies)).singleElement().satisfies(offer ->
                assertThat(offer.buttons().get(0).get(0).data()).isEqualTo("/bot"));
    }

    /** A number typed or an answer tapped for the bot's question went to the advisor, and nothing said how to go on. */
    @Test
    void anAnswerToTheBotsQuestionReachesTheAdvisorAndOffersTheWayBack() {
        List<Outbound> typed = h.send(Inbound.text(USER, "2"));
        assertThat(textTo(GROUP, typed)).contains("2");
        assertThat(to(USER, typed)).singleElement().satisfies(offer -> {
            assertThat(offer.text()).isEqualTo(h.texts.get("escalation.open.questions-wait", "es"));
            assertThat(offer.buttons().get(0).get(0).data()).isEqualTo("/bot");
        });

        List<Outbound> tapped = h.send(Inbound.button(USER, "sc:L1:2"));
        assertThat(to(USER, tapped)).singleElement().satisfies(offer ->
                assertThat(offer.text()).isEqualTo(h.texts.get("escalation.open.questions-wait", "es")));
        assertThat(h.parts.cases().activeOf(USER)).isPresent();
    }

    @Test
    void commandsStillWorkForTheUserWhileTheCaseIsOpen() {
        List<Outbound> replies = h.send(Inbound.command(USER, "ayuda"));

        assertThat(textTo(USER, replies)).contains("Esto es lo que hago");
        assertThat(to(GROUP, replies)).isEmpty();
    }

    /** Before, an old "➕ Otro reto" asked the driver question, and the answers then went to the advisor instead. */
    @Test
    void aWayIntoTheBotsQuestionsWhileTheCaseIsOpenSaysToCloseItFirst() {
        String step = h.store.state(USER).step();
        List<Outbound> replies = h.send(Inbound.button(USER, "/nuevo_reto"));

        assertThat(textTo(USER, replies)).contains("primero cierre la solicitud con /bot");
        assertThat(to(USER, replies).get(0).buttons().get(0).get(0).data()).isEqualTo("/bot");
        assertThat(to(GROUP, replies)).isEmpty();
        assertThat(h.store.state(USER).step()).isEqualTo(step);
        assertThat(h.parts.cases().activeOf(USER)).isPresent();
    }

    @Test
    void botCommandHandsTheUserBackAndClosesTheCase() {
        List<Outbound> replies = h.send(Inbound.command(USER, "bot"));

        assertThat(textTo(USER, replies)).contains("volvemos a lo que íbamos", "¿Qué quiere hacer ahora?");
        assertThat(textTo(GROUP, replies)).contains("#caso-1", "volvió al bot");
        assertThat(h.parts.cases().find(1).orElseThrow().closeReason()).isEqualTo("user");
        assertThat(to(GROUP, h.send(Inbound.text(USER, "hola")))).isEmpty();
    }

    @Test
    void closingTellsTheUserAndTheBotTakesOverAgain() {
        h.consultant(Inbound.Kind.BUTTON, "case:take:1", null);

        h.consultant(Inbound.Kind.TEXT, "Le envío la guía", card);
        List<Outbound> asked = h.consultant(Inbound.Kind.BUTTON, "case:close:1", null);
        assertThat(to(USER, asked)).as("Close first asks the outcome").isEmpty();
        assertThat(to(GROUP, asked).get(0).buttons().get(0).get(0).data()).isEqualTo("case:end:1:resolved");
        assertThat(h.parts.cases().find(1).orElseThrow().active()).isTrue();
        List<Outbound> replies = h.consultant(Inbound.Kind.BUTTON, "case:end:1:resolved", null);
        List<Outbound> after = h.send(Inbound.text(USER, "hola de nuevo"));

        assertThat(textTo(USER, replies)).contains("María (asesora) cerró su caso", "¿Le sirvió");
        assertThat(textTo(GROUP, replies)).contains("María cerró el caso #caso-1: ✅ Resuelto");
        assertThat(to(GROUP, after)).isEmpty();
        assertThat(textTo(USER, after)).contains("no le entendí");
        assertThat(h.store.state(USER).get(Escalations.OPEN_CASE)).isNull();
        assertThat(h.jdbc.queryForList("select status from escalation_case_status where case_id = 1 order by id", String.class))
                .containsExactly("OPEN", "TAKEN", "CLOSED");
    }

    @Test
    void closingAnUntakenCaseDoesNotSaySomeoneClosedItAndThePersonRatesOnceAndMayReopen() {
        List<Outbound> closed = h.consultant(Inbound.Kind.BUTTON, "case:end:1:duplicate", null);
        assertThat(textTo(USER, closed)).contains("quedó cerrada").doesNotContain("María");

        assertThat(textTo(USER, h.send(Inbound.button(USER, "caserate:1:3")))).contains("Gracias por contarnos");
        assertThat(textTo(USER, h.send(Inbound.button(USER, "caserate:1:1")))).contains("Ya tenemos su opinión");
        assertThat(h.jdbc.queryForObject("select rating from escalation_case where id = 1", Integer.class)).isEqualTo(3);
        assertThat(textTo(USER, h.send(Inbound.command(USER, "asesor reabrir")))).as("a duplicate is not reopened")
                .contains("le paso con una persona");
    }

    @Test
    void thePersonReopensAResolvedCaseWithinTheConfiguredTimeOnly() {
        h.consultant(Inbound.Kind.BUTTON, "case:take:1", null);
        h.consultant(Inbound.Kind.BUTTON, "case:end:1:resolved", null);
        h.clock.advance(java.time.Duration.ofHours(71));

        List<Outbound> reopened = h.send(Inbound.command(USER, "asesor reabrir"));
        assertThat(textTo(USER, reopened)).contains("Reabrí su caso");
        assertThat(textTo(GROUP, reopened)).contains("reabrió el caso #caso-1", "María");
        assertThat(h.parts.cases().find(1).orElseThrow().status()).isEqualTo(Case.Status.TAKEN);

        h.consultant(Inbound.Kind.BUTTON, "case:end:1:resolved", null);
        h.clock.advance(java.time.Duration.ofHours(73));
        h.send(Inbound.command(USER, "asesor reabrir"));
        assertThat(h.parts.cases().find(1).orElseThrow().active()).as("too late: a new case instead").isFalse();
        assertThat(h.parts.cases().find(2)).isPresent();
    }

    @Test
    void listsOpenCasesWithTheCompanyWhoHasThemAndTheWaitSinceThePersonLastWrote() {
        h.withProfiledUser("tg:78").send(Inbound.command("tg:78", "asesor"));
        h.consultant(Inbound.Kind.BUTTON, "case:take:2", null);
        h.clock.advance(java.time.Duration.ofMinutes(12));
        h.send(Inbound.text(USER, "¿Alguien me lee?"));
        h.clock.advance(java.time.Duration.ofMinutes(75));

        String list = textTo(GROUP, h.consultant(Inbound.Kind.COMMAND, "casos@AliadaBot", null));
        String mine = textTo(GROUP, h.engine.handle(new Inbound(GROUP, "501", "María José", "es", Inbound.Kind.COMMAND,
                "mis_casos", null, null)));

        assertThat(list).contains("Casos abiertos: 2",
                "#caso-1 · Café <Alto> Cauca · sin tomar · nadie · espera hace 1 h 15 min",
                "#caso-2 · Café <Alto> Cauca · en atención · María · espera hace 1 h 27 min");
        assertThat(mine).contains("#caso-2").doesNotContain("#caso-1");
    }

    @Test
    void remindersBackOffAndWaitForOfficeHours() {
        CaseReminders reminders = h.reminders();
        // Wednesday 10:00: reminded at 10:30, then an hour later, then two hours later
        h.clock.advance(java.time.Duration.ofMinutes(31));
        reminders.remindDue();
        h.clock.advance(java.time.Duration.ofMinutes(31));
        reminders.remindDue();
        assertThat(h.delivered).as("the second waits an hour").hasSize(1);
        h.clock.advance(java.time.Duration.ofMinutes(30));
        reminders.remindDue();
        assertThat(h.delivered).hasSize(2);
        h.clock.advance(java.time.Duration.ofMinutes(100));
        reminders.remindDue();
        assertThat(h.delivered).as("the third waits two hours").hasSize(2);
        h.clock.advance(java.time.Duration.ofMinutes(21));
        reminders.remindDue();
        assertThat(h.delivered).hasSize(3);

        // the next would be due at 17:33 (four hours, the cap): checked every 15 minutes until Thursday 07:33, none goes
        for (int i = 0; i < 4 * 18; i++) {
            h.clock.advance(java.time.Duration.ofMinutes(15));
            reminders.remindDue();
        }
        assertThat(h.delivered).as("none after 17:00 nor before 08:00").hasSize(3);
        h.clock.advance(java.time.Duration.ofMinutes(30));
        reminders.remindDue();
        assertThat(h.delivered).as("Thursday 08:03, the office is open").hasSize(4);
        assertThat(h.delivered.get(3).plainText()).contains("#caso-1");
    }

    @Test
    void remindsTheGroupOfUntakenCasesAfterTheConfiguredTime() {
        CaseReminders reminders = h.reminders();
        h.clock.advance(java.time.Duration.ofMinutes(29));
        reminders.remindDue();
        assertThat(h.delivered).isEmpty();

        h.clock.advance(java.time.Duration.ofMinutes(2));
        reminders.remindDue();
        reminders.remindDue();

        assertThat(h.delivered).singleElement().satisfies(r -> {
            assertThat(r.chat()).isEqualTo(GROUP);
            assertThat(r.plainText()).contains("#caso-1", "31 min");
            assertThat(r.buttons().get(0).get(0).data()).isEqualTo("case:take:1");
        });
        h.consultant(Inbound.Kind.BUTTON, "case:take:1", null);
        h.clock.advance(java.time.Duration.ofHours(1));
        reminders.remindDue();
        assertThat(h.delivered).hasSize(1);
    }
}
