package co.aliada.telegram;

import static co.aliada.telegram.LiveBot.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import co.aliada.conversation.TestTexts;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The consultants' desk (issue 14) with two consultants and two entrepreneurs, through the real
 * TelegramBots client and the Bot API double, which refuses HTML that Telegram would not parse.
 */
class ConsultantsDeskEndToEndTests extends OnTheSharedBot {

    static final long MARIA = 9101;
    static final long JUAN = 9102;

    @Test
    void aReplyToAMessageNamingSeveralCasesOrNoneAsksWhichAndSendsNothingUntilAnswered() {
        Person ana = Desk.onboarded(api, 5201);
        Person beto = Desk.onboarded(api, 5202);
        Person desk = new Person(api, GROUP, "es").listens();
        ana.says("/asesor").awaitsContaining("/bot");
        String anaCase = Desk.caseId(desk.awaitsButton("case:take:"));
        desk.listens();
        beto.says("/asesor").awaitsContaining("/bot");
        String betoCase = Desk.caseId(desk.awaitsButton("case:take:"));

        desk.listens();
        Desk.groupText(api, MARIA, "María", "/casos");
        BotApiDouble.Call list = desk.awaits(call -> call.text().contains("#caso-" + betoCase)
                && call.text().contains("#caso-" + anaCase));

        ana.listens();
        beto.listens();
        desk.listens();
        api.replyInGroup(GROUP, MARIA, "María", list, "Buenos días, ya reviso su solicitud");
        BotApiDouble.Call which = desk.awaitsButton("case:to:");
        assertThat(which.buttonData()).contains("case:to:" + anaCase, "case:to:" + betoCase);
        assertThat(which.text()).contains("María");

        // a marker: Beto's next text is relayed, so everything before it was handled, and nobody got the reply
        beto.says("¿Hola?");
        desk.awaitsContaining("¿Hola?");
        assertThat(api.sentTo(ana.chat()).stream().map(BotApiDouble.Call::text)).noneMatch(t -> t.contains("ya reviso"));
        assertThat(api.sentTo(beto.chat()).stream().map(BotApiDouble.Call::text)).noneMatch(t -> t.contains("ya reviso"));

        api.pressAs(GROUP, MARIA, "María", "es", "case:to:" + betoCase);
        beto.awaitsContaining("ya reviso su solicitud");
        ana.says("sigo esperando");
        desk.awaitsContaining("sigo esperando");
        assertThat(api.sentTo(ana.chat()).stream().map(BotApiDouble.Call::text)).noneMatch(t -> t.contains("ya reviso"));

        // a reply to a bot message naming no case asks too
        desk.listens();
        Desk.groupText(api, MARIA, "María", "/ayuda");
        BotApiDouble.Call help = desk.awaitsContaining(TestTexts.plain("consultants.help.group", "es").lines().findFirst().orElseThrow());
        desk.listens();
        api.replyInGroup(GROUP, MARIA, "María", help, "¿Y esto para quién es?");
        assertThat(desk.awaitsButton("case:to:").buttonData()).contains("case:to:" + anaCase);
    }

    @Test
    void theOwnerAnswersAnotherConsultantGetsAHintAndCanTakeTheCaseOver() {
        Person caro = Desk.onboarded(api, 5203);
        Person desk = new Person(api, GROUP, "es").listens();
        Desk.groupText(api, MARIA, "María", "/soy María López, Cámara de Comercio del Cauca, asesora");
        desk.awaitsContaining("María López</b> (asesora, Cámara de Comercio del Cauca)");
        desk.listens();
        Desk.groupText(api, JUAN, "Juan", "/soy Juan Pérez, SENA, asesor");
        desk.awaitsContaining("Juan Pérez</b> (asesor, SENA)");

        desk.listens();
        caro.says("/asesor").awaitsContaining("/bot");
        BotApiDouble.Call card = desk.awaitsButton("case:take:");
        String id = Desk.caseId(card);
        caro.listens();
        api.pressAs(GROUP, MARIA, "María", "es", "case:take:" + id);
        assertThat(Desk.plain(caro.awaitsContaining("tomó su caso"))).contains("María López (asesora, Cámara de Comercio del Cauca)");

        caro.listens();
        desk.listens();
        api.replyInGroup(GROUP, JUAN, "Juan", card, "Hola, le escribe Juan");
        BotApiDouble.Call hint = desk.awaitsButton("case:reassign:" + id);
        assertThat(Desk.plain(hint)).contains("Juan Pérez", "María López", "#caso-" + id);
        caro.says("¿Quién me atiende?");
        desk.awaitsContaining("¿Quién me atiende?");
        assertThat(caro.fresh()).as("the owner's colleague reaches nobody").isEmpty();
        assertThat(api.sentTo(caro.chat()).stream().map(BotApiDouble.Call::text)).noneMatch(t -> t.contains("le escribe Juan"));

        caro.listens();
        api.pressAs(GROUP, JUAN, "Juan", "es", "case:reassign:" + id);
        assertThat(Desk.plain(caro.awaitsContaining("Ahora le atiende"))).contains("Juan Pérez (asesor, SENA)");
        assertThat(Desk.plain(caro.awaitsContaining("le escribe Juan"))).as("the held-back answer goes out once the case is his")
                .contains("Juan Pérez (asesor, SENA): Hola, le escribe Juan");

        desk.listens();
        api.replyInGroup(GROUP, MARIA, "María", card, "Yo sigo con esto");
        assertThat(desk.awaitsButton("case:reassign:" + id).text()).contains("Juan Pérez");

        desk.listens();
        Desk.groupText(api, JUAN, "Juan", "/mis_casos");
        assertThat(desk.awaitsContaining("#caso-" + id).text()).contains("Juan Pérez");
    }

    @Test
    void otherGroupsGetOnlyALinkToAPrivateChatAndTheConsultantsGroupOnlyConsultantsCommands() {
        long family = -100_333_000L;
        api.enqueue(UpdateJson.group(family, 5301).from(5301, "Pedro", "es").text("/asesor@" + BotApiDouble.BOT_USERNAME));
        BotApiDouble.Call pointer = api.awaitSentContaining(family, 0, "t.me/" + BotApiDouble.BOT_USERNAME + "?start=grupo", Person.WAIT);
        assertThat(pointer.buttonData()).isEmpty();
        api.enqueue(UpdateJson.group(family, 5301).from(5301, "Pedro", "es").text("/start@" + BotApiDouble.BOT_USERNAME));
        api.awaitSent(family, 2, Person.WAIT);
        assertThat(api.sentTo(family)).allMatch(call -> call.text().contains("?start=grupo") && call.buttonData().isEmpty());

        Person desk = new Person(api, GROUP, "es").listens();
        Desk.groupText(api, JUAN, "Juan", "/asesor@" + BotApiDouble.BOT_USERNAME);
        desk.awaitsContaining(TestTexts.plain("consultants.help.group", "es").lines().findFirst().orElseThrow());
        assertThat(desk.fresh()).as("no case is opened for the group").noneMatch(call -> call.buttonData().stream()
                .anyMatch(d -> d.startsWith("case:take:")));

        Desk.groupText(api, JUAN, "Juan", "/soy Juan Pérez, SENA, asesor");
        desk.awaitsContaining("Juan Pérez</b>");
        Person juan = new Person(api, JUAN, "es");
        api.enqueue(UpdateJson.message(JUAN).from(JUAN, "Juan", "es").text("/start"));
        juan.awaitsText("consultants.help.private");
        assertThat(juan.all()).as("no onboarding for a consultant").noneMatch(call -> call.buttonData().contains("consent:yes"));
    }

    @Test
    void erasingDataMidCaseTellsTheConsultants() {
        Person dora = Desk.onboarded(api, 5204);
        Person desk = new Person(api, GROUP, "es").listens();
        dora.says("/asesor").awaitsContaining("/bot");
        String id = Desk.caseId(desk.awaitsButton("case:take:"));

        desk.awaitsContaining(TestTexts.texts().get("escalation.transcript.caption", "es", "tag", "#caso-" + id));
        desk.listens();
        dora.says("/borrar_datos si");
        assertThat(desk.awaitsContaining("#caso-" + id).text())
                .isEqualTo(TestTexts.texts().get("consultants.group.erased", "es", "tag", "#caso-" + id));
    }

    @Test
    void caseNumbersHaveNoGapsWhenTheDatabaseLosesItsCachedIdentityValues() {
        Person eva = Desk.onboarded(api, 5205);
        Person fabio = Desk.onboarded(api, 5206);
        Person desk = new Person(api, GROUP, "es").listens();
        eva.says("/asesor").awaitsContaining("/bot");
        long first = Long.parseLong(Desk.caseId(desk.awaitsButton("case:take:")));

        // what a crash does to an identity with a cache: the values it had handed out in memory are lost
        bot.context().getBean(JdbcTemplate.class).execute("alter table escalation_case alter column id restart with " + (first + 1000));
        bot.restart();

        desk.listens();
        fabio.says("/asesor").awaitsContaining("/bot");
        assertThat(Long.parseLong(Desk.caseId(desk.awaitsButton("case:take:")))).isEqualTo(first + 1);
    }
}
