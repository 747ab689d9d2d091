package co.aliada.telegram;

import static co.aliada.telegram.LiveBot.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import co.aliada.conversation.TestTexts;
import org.junit.jupiter.api.Test;

/**
 * Escalation (issue 6) with two parties through the real TelegramBots client and a Bot API double: the
 * entrepreneur's private chat and the consultants' group, where a consultant takes, answers and closes.
 */
class EscalationEndToEndTests {

    static final long CONSULTANT = 9001;
    static final long LUCIA = 9003;

    static final LiveBot bot = LiveBot.shared();
    static final BotApiDouble api = bot.api();

    @Test
    void aCaseOpenedByCommandIsTakenAnsweredBothWaysAndClosed() {
        Person ana = Desk.onboarded(api, 5101);
        Person desk = new Person(api, GROUP, "es").listens();
        ana.says("/asesor").awaitsContaining("/bot");
        BotApiDouble.Call card = card(desk);
        assertThat(card.text()).contains("Popayán", TestTexts.texts().get("escalation.reason.command", "es"),
                TestTexts.texts().get("sector.commerce", "es"));
        BotApiDouble.Call transcript = desk.awaits(call -> call.is("sendDocument"));
        String file = new String(transcript.file("document"), StandardCharsets.UTF_8);
        assertThat(file).as("both sides of the conversation").contains("Usuario: Popayán", "¿En qué municipio", "Usuario: /asesor",
                TestTexts.texts().get("escalation.transcript.user", "es"), TestTexts.texts().get("escalation.transcript.bot", "es"));
        String tag = tag(card);

        desk.listens();
        api.enqueue(UpdateJson.group(GROUP, CONSULTANT).from(CONSULTANT, "Carlos", "es")
                .text("/soy Carlos Ruiz, Cámara de Comercio del Cauca, asesor"));
        desk.awaitsContaining("Carlos Ruiz</b> (asesor, Cámara de Comercio del Cauca)");

        ana.listens();
        desk.listens();
        api.pressAs(GROUP, CONSULTANT, "Carlos", "es", "case:take:" + Desk.caseId(card));
        assertThat(BotApiDouble.plain(ana.awaitsContaining("Carlos").text()))
                .contains("Carlos Ruiz (asesor, Cámara de Comercio del Cauca) tomó su caso");
        desk.awaitsContaining("Carlos Ruiz tomó el caso " + tag);

        desk.listens();
        ana.says("¿Me ayudan con el registro INVIMA de mi salsa?");
        assertThat(desk.awaitsContaining("registro INVIMA").text()).contains(tag);

        ana.listens();
        api.replyInGroup(GROUP, CONSULTANT, "Carlos", card, "Claro, mañana la llamo & le explico <los pasos>");
        assertThat(ana.awaitsContaining("mañana la llamo").text()).contains("Carlos", "&amp; le explico &lt;los pasos&gt;");

        ana.listens();
        api.replyInGroup(GROUP, CONSULTANT, "Carlos", transcript, "Ya leí lo que conversó con el bot");
        assertThat(ana.awaitsContaining("Ya leí lo que conversó").text()).as("a reply to the transcript's caption")
                .contains("Carlos");

        ana.listens();
        desk.listens();
        api.pressAs(GROUP, CONSULTANT, "Carlos", "es", "case:close:" + Desk.caseId(card));
        desk.awaitsButton("case:end:" + Desk.caseId(card) + ":resolved");
        assertThat(ana.fresh()).as("nothing is closed before the outcome is chosen").isEmpty();
        api.pressAs(GROUP, CONSULTANT, "Carlos", "es", "case:end:" + Desk.caseId(card) + ":resolved");
        ana.awaits(call -> BotApiDouble.plain(call.text()).contains("Carlos Ruiz (asesor, Cámara de Comercio del Cauca) cerró su caso"));
        desk.awaitsContaining("Carlos Ruiz cerró el caso " + tag);
        ana.awaitsButton("caserate:" + Desk.caseId(card) + ":3");
        ana.taps("caserate:" + Desk.caseId(card) + ":3").awaitsText("consultants.user.rated");

        desk.listens();
        ana.says("/continuar");
        ana.awaitsButton("sc:");
        ana.says("quiero saber de los servicios");
        ana.awaitsButton("sc:");
        assertThat(desk.fresh()).as("after the close the bot answers, nothing is relayed").isEmpty();
    }

    @Test
    void aCaseOpensByTheTalkToHumanIntent() {
        Person ana = Desk.onboarded(api, 5102);
        Person desk = new Person(api, GROUP, "es").listens();
        ana.says("quiero hablar con una persona").awaitsContaining("/bot");

        assertThat(card(desk).text()).contains(TestTexts.texts().get("escalation.reason.intent", "es"));
    }

    @Test
    void aCaseOpensWhenThePersonAcceptsTheOfferAfterTwoMisunderstandings() {
        Person ana = Desk.onboarded(api, 5103);
        ana.says("xkcd qwerty zzz").awaitsButton("sc:");
        ana.says("blorf snarg plix").awaitsButton("/asesor fallback");
        Person desk = new Person(api, GROUP, "es").listens();
        ana.taps("/asesor fallback").awaitsContaining("/bot");

        assertThat(card(desk).text()).contains(TestTexts.texts().get("escalation.reason.fallback", "es"));
    }

    @Test
    void forgedPressesAndUnrelatedRepliesDoNothing() {
        Person ana = Desk.onboarded(api, 5104);
        Person desk = new Person(api, GROUP, "es").listens();
        ana.says("/asesor").awaitsContaining("/bot");
        BotApiDouble.Call card = card(desk);
        desk.awaits(call -> call.is("sendDocument"));

        ana.listens();
        desk.listens();
        api.enqueue(UpdateJson.press(GROUP, 1, "case:take:999").from(CONSULTANT, "Carlos", "es"));
        // told to the one who pressed, as the button's pop-up
        api.await(call -> call.is("answerCallbackQuery") && call.param("text") != null && call.param("text").contains("#caso-999"),
                Person.WAIT);
        api.enqueue(UpdateJson.press(ana.chat(), Integer.parseInt(card.param("message_id")), "case:close:" + Desk.caseId(card))
                .from(ana.chat(), "Ana", "es"));
        api.enqueue(UpdateJson.group(GROUP, CONSULTANT).from(CONSULTANT, "Carlos", "es").text("¿Almorzamos a la una?")
                .replyTo("Reunión de equipo hoy", false));
        // a marker: the user's next text is relayed, so the case is still open and everything before was handled
        ana.says("sigo aquí");
        desk.awaitsContaining("sigo aquí");

        assertThat(ana.fresh()).as("the user hears nothing of forged presses").isEmpty();
        assertThat(api.sentTo(ana.chat()).stream().map(BotApiDouble.Call::text))
                .noneMatch(text -> text.contains("cerró su caso"));
        assertThat(desk.fresh()).extracting(BotApiDouble.Call::text)
                .noneMatch(text -> text.contains("Almorzamos") || text.contains("cerró"));
    }

    @Test
    void anOpenCaseKeepsRelayingAfterARestart() {
        Person ana = Desk.onboarded(api, 5105);
        Person desk = new Person(api, GROUP, "es").listens();
        ana.says("/asesor").awaitsContaining("/bot");
        String tag = tag(card(desk));

        bot.restart();

        desk.listens();
        ana.says("¿Siguen ahí?");
        BotApiDouble.Call relayed = desk.awaitsContaining("¿Siguen ahí?");
        assertThat(relayed.text()).contains(tag);
        ana.listens();
        api.replyInGroup(GROUP, LUCIA, "Lucía", relayed, "Sí, aquí estamos");
        assertThat(ana.awaitsContaining("Sí, aquí estamos").text()).as("who set no name is shown as the team, not by a first name")
                .contains(TestTexts.texts().get("consultants.who-unnamed", "es")).doesNotContain("Lucía");

        desk.listens();
        api.enqueue(UpdateJson.group(GROUP, LUCIA).from(LUCIA, "Lucía", "es").text("/casos@" + BotApiDouble.BOT_USERNAME));
        assertThat(desk.awaitsContaining("Casos abiertos").text()).as("the group lists the open case after the restart")
                .contains(tag, "Lucía");
    }

    /**
     * "cancelar" typed while the case waited (the shipped classifier leans it to erasing one's data) paused the
     * questions and left the case open for the consultants; the request is withdrawn, the group told, the question asked
     * again, and a refusal typed next ("no necesito asesor") opens no new case.
     */
    @Test
    void cancellingAWaitingCaseWithdrawsItAndTheSelfCheckGoesOn() {
        Person ana = Desk.onboarded(api, 5106);
        Person desk = new Person(api, GROUP, "es").listens();
        ana.says("/asesor").awaitsContaining("/bot");
        String tag = tag(card(desk));

        desk.listens();
        ana.says("cancelar");
        ana.awaitsText("escalation.user.withdrawn");
        assertThat(ana.awaitsButton("sc:").buttonData()).as("the self-check question again, nothing else")
                .allMatch(data -> data.startsWith("sc:"));
        assertThat(BotApiDouble.plain(desk.awaitsContaining("«cancelar»").text())).contains(tag);

        desk.listens();
        ana.says("no necesito asesor");
        ana.awaitsButton("sc:");
        ana.says("/bot").awaitsText("escalation.bot.no-case");
        assertThat(desk.fresh()).as("no case was opened, nothing reached the group").isEmpty();
    }

    /** The case card the group received: a message with Take and Close buttons. */
    private static BotApiDouble.Call card(Person desk) {
        BotApiDouble.Call card = desk.awaitsButton("case:take:");
        assertThat(card.buttonData()).hasSize(2).anyMatch(d -> d.startsWith("case:close:"));
        assertThat(card.buttonLabels()).containsExactly(TestTexts.texts().get("escalation.button.take", "es"),
                TestTexts.texts().get("escalation.button.close", "es"));
        return card;
    }

    private static String tag(BotApiDouble.Call card) {
        return "#caso-" + Desk.caseId(card);
    }
}
