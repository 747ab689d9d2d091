package co.aliada.telegram;

import static co.aliada.telegram.LiveBot.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Media, corrections, threads and pop-ups at the consultants' desk (issue 14, points 5 and 6), with two
 * consultants and two entrepreneurs, through the real TelegramBots client and the Bot API double, which
 * refuses what Telegram refuses (bad HTML, texts and captions over the limits).
 */
class DeskMediaEndToEndTests extends OnTheSharedBot {

    static final long MARIA = 9201;
    static final long JUAN = 9202;

    @Test
    void mediaGoBothWaysByFileIdWithTheirCaptionsInTheCasesThread() {
        Person ana = Desk.onboarded(api, 5401);
        Person beto = Desk.onboarded(api, 5402);
        Person desk = new Person(api, GROUP, "es").listens();
        ana.says("/asesor").awaitsContaining("/bot");
        BotApiDouble.Call card = desk.awaitsButton("case:take:");
        String id = Desk.caseId(card);
        desk.awaits(call -> call.is("sendDocument") && call.text().contains("#caso-" + id));
        desk.listens();
        beto.says("/asesor").awaitsContaining("/bot");
        desk.awaitsButton("case:take:");

        ana.listens();
        desk.listens();
        api.enqueue(UpdateJson.message(ana.chat()).from(ana.chat(), "Ana", "es").photo("ph-ana", "La etiqueta <nueva> & el precio"));
        BotApiDouble.Call photo = desk.awaits(call -> call.is("sendPhoto"));
        assertThat(photo.param("photo")).isEqualTo("ph-ana");
        assertThat(BotApiDouble.plain(photo.text())).contains("#caso-" + id, "una foto", "La etiqueta <nueva> & el precio");
        assertThat(photo.param("reply_parameters")).as("threaded under the case's card")
                .contains("\"message_id\":" + card.param("message_id"));
        ana.awaitsContaining("le pasé una foto");

        desk.listens();
        api.enqueue(UpdateJson.message(ana.chat()).from(ana.chat(), "Ana", "es").location());
        BotApiDouble.Call place = desk.awaits(call -> call.is("sendLocation"));
        assertThat(place.param("latitude")).startsWith("2.44");
        assertThat(place.param("longitude")).startsWith("-76.61");
        assertThat(desk.fresh()).as("a place takes no caption: the case is named in a text before it")
                .anyMatch(call -> call.is("sendMessage") && call.text().contains("#caso-" + id) && call.text().contains("ubicación"));
        desk.listens();
        ana.listens();
        api.enqueue(UpdateJson.group(GROUP, MARIA).from(MARIA, "María", "es").text("Te visitamos el lunes")
                .replyToBotPlace(Integer.parseInt(place.param("message_id"))));
        assertThat(desk.awaitsContaining("Todavía no envié nada").buttonData())
                .as("a reply to a place names no case: the desk is asked which, nothing is dropped").isNotEmpty();
        assertThat(ana.fresh()).noneMatch(call -> call.text().contains("Te visitamos"));

        desk.listens();
        api.enqueue(UpdateJson.message(ana.chat()).from(ana.chat(), "Ana", "es").photo("ph-long", "x".repeat(1500)));
        BotApiDouble.Call longOne = desk.awaits(call -> call.is("sendPhoto"));
        assertThat(longOne.text()).as("a caption over 1,024 characters goes as a text before the photo").isEmpty();
        assertThat(desk.fresh()).anyMatch(call -> call.is("sendMessage") && call.text().contains("x".repeat(1500)));

        // María takes it and answers with a file; Juan answers with a voice note and is held back until he takes over
        api.pressAs(GROUP, MARIA, "María", "es", "case:take:" + id);
        ana.awaitsContaining("tomó su caso");
        ana.listens();
        beto.listens();
        api.enqueue(UpdateJson.group(GROUP, MARIA).from(MARIA, "María", "es").document("doc-maria", "plan.pdf", "El plan de trabajo")
                .replyToBotMessage(Integer.parseInt(card.param("message_id")), BotApiDouble.plain(card.text()), false));
        BotApiDouble.Call file = ana.awaits(call -> call.is("sendDocument"));
        assertThat(file.param("document")).isEqualTo("doc-maria");
        assertThat(BotApiDouble.plain(file.text())).contains("El plan de trabajo");

        desk.listens();
        api.enqueue(UpdateJson.group(GROUP, JUAN).from(JUAN, "Juan", "es").voice("vo-juan")
                .replyToBotMessage(Integer.parseInt(card.param("message_id")), BotApiDouble.plain(card.text()), false));
        desk.awaitsButton("case:reassign:" + id);
        api.pressAs(GROUP, JUAN, "Juan", "es", "case:reassign:" + id);
        assertThat(ana.awaits(call -> call.is("sendVoice")).param("voice")).isEqualTo("vo-juan");
        assertThat(beto.fresh()).as("the other entrepreneur gets nothing of it").isEmpty();
    }

    @Test
    void editsFromEitherSideArePassedOnAsCorrections() {
        Person caro = Desk.onboarded(api, 5403);
        Person desk = new Person(api, GROUP, "es").listens();
        caro.says("/asesor").awaitsContaining("/bot");
        BotApiDouble.Call card = desk.awaitsButton("case:take:");
        api.pressAs(GROUP, MARIA, "María", "es", "case:take:" + Desk.caseId(card));
        caro.awaitsContaining("tomó su caso");

        desk.listens();
        api.enqueue(UpdateJson.message(caro.chat()).from(caro.chat(), "Ana", "es").text("Somos 15 personas").as("edited_message"));
        desk.awaitsContaining("corrección: Somos 15 personas");

        caro.listens();
        api.enqueue(UpdateJson.group(GROUP, MARIA).from(MARIA, "María", "es").text("Le llamo el martes")
                .replyToBotMessage(Integer.parseInt(card.param("message_id")), BotApiDouble.plain(card.text()), false)
                .as("edited_message"));
        caro.awaitsContaining("corrección: Le llamo el martes");
    }

    @Test
    void feedbackForTheConsultantWhoPressedIsAPopUpNotAGroupMessage() {
        Person dora = Desk.onboarded(api, 5404);
        Person desk = new Person(api, GROUP, "es").listens();
        dora.says("/asesor").awaitsContaining("/bot");
        BotApiDouble.Call card = desk.awaitsButton("case:take:");
        String id = Desk.caseId(card);
        api.pressAs(GROUP, MARIA, "María", "es", "case:take:" + id);
        desk.awaitsButton("case:close:" + id);

        desk.listens();
        // Juan's screen still showed the card's Take button when he pressed it
        int press = api.enqueue(UpdateJson.press(GROUP, Integer.parseInt(card.param("message_id")), "case:take:" + id)
                .from(JUAN, "Juan", "es"));
        BotApiDouble.Call popUp = api.await(call -> call.is("answerCallbackQuery") && call.param("text") != null
                && call.param("text").contains("ya lo tomó"), Person.WAIT);
        assertThat(popUp.param("show_alert")).isEqualTo("true");
        api.until(() -> java.util.Optional.of(press).filter(api::confirmed), Person.WAIT);
        dora.says("¿Hola?");
        desk.awaitsContaining("¿Hola?");
        assertThat(desk.fresh()).noneMatch(call -> call.text().contains("ya lo tomó"));
    }

    @Test
    void inAForumEachCaseGetsItsOwnTopicAndConsultantsAnswerInIt() throws IOException {
        Path dir = Files.createTempDirectory("aliada-forum");
        try (BotApiDouble forum = new BotApiDouble().forum(GROUP); LiveBot own = new LiveBot(forum, dir).start()) {
            Person eva = new Person(forum, 5405, "es");
            JourneyEndToEndTests.onboard(eva, "commerce", "Popayán");
            eva.awaitsButton("sc:");
            Person desk = new Person(forum, GROUP, "es").listens();
            eva.says("/asesor").awaitsContaining("/bot");
            BotApiDouble.Call card = desk.awaitsButton("case:take:");
            BotApiDouble.Call topic = forum.await(call -> call.is("createForumTopic"), Person.WAIT);
            assertThat(topic.param("name")).isEqualTo("#caso-" + Desk.caseId(card));
            String thread = card.param("message_thread_id");
            assertThat(thread).isNotNull();

            desk.listens();
            eva.says("¿Me ayudan con el registro Invima?");
            assertThat(desk.awaitsContaining("registro Invima").param("message_thread_id")).isEqualTo(thread);

            eva.listens();
            forum.enqueue(UpdateJson.group(GROUP, JUAN).from(JUAN, "Juan", "es").text("¿alguien conoce esta empresa?")
                    .inTopic(Integer.parseInt(thread)));
            forum.pressInGroup(GROUP, MARIA, "case:take:" + Desk.caseId(card));
            assertThat(desk.awaitsButton("case:close:").param("message_thread_id"))
                    .as("who took the case is said in its topic").isEqualTo(thread);
            forum.enqueue(UpdateJson.group(GROUP, MARIA).from(MARIA, "María", "es").text("Claro, le explico")
                    .inTopic(Integer.parseInt(thread)));
            eva.awaitsContaining("Claro, le explico");
            assertThat(eva.fresh()).as("what another consultant says in the topic stays among consultants")
                    .noneMatch(call -> call.text().contains("conoce esta empresa"));
            assertThat(forum.calls("createForumTopic")).as("one topic a case").hasSize(1);

            // the group's admins close the case's topic mid-case: the case gets a new one, and nothing is lost
            forum.closeTopic(Integer.parseInt(thread));
            desk.listens();
            eva.says("Sigo con la duda del registro");
            String moved = desk.awaitsContaining("Sigo con la duda").param("message_thread_id");
            assertThat(moved).as("a closed topic is replaced, not written into").isNotNull().isNotEqualTo(thread);
            assertThat(forum.calls("createForumTopic")).hasSize(2);
            desk.listens();
            eva.says("/bot");
            assertThat(desk.awaitsContaining("#caso-" + Desk.caseId(card)).param("message_thread_id"))
                    .as("and that the person closed it, in the case's topic").isEqualTo(moved);
            assertThat(forum.refusedHtml()).isEmpty();
        } finally {
            FileSystemUtils.deleteRecursively(dir.toFile());
        }
    }
}
