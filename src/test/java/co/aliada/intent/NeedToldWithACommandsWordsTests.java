package co.aliada.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.challenge.ChallengeFixture;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestBot;
import co.aliada.conversation.TestTexts;
import co.aliada.onboarding.OnboardingFixture;
import org.junit.jupiter.api.Test;

/**
 * "necesito un resumen de cuánto vendo al mes" at the menu showed the summary, "tengo que volver a empezar porque se me
 * quemó el taller" asked whether to start over, and the need was gone: the classifier leaned to those commands without being sure. The
 * command still answers, and the text is offered beside it as a challenge, for the next tap only, where the classifier
 * ranks a need close behind the command. Those two now name the
 * business's matter and read as challenges ({@link NeedsToldWithCommandWordsTests}); the texts here still lean to the
 * command without naming any, as the next ones may.
 */
class NeedToldWithACommandsWordsTests {

    private static final String CHAT = "web:command-words";
    private static final String CHALLENGE_TEXT = "challenge.draft.text";

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final ConversationEngine engine = TestBot.builder().store(store).with(OnboardingFixture::install)
            .with(ChallengeFixture.withChallengeOf(CHAT, null))
            .understanding(new IntentClassifier(() -> IntentModelTests.SHIPPED)).engine();

    private List<Outbound> text(String typed) {
        return engine.handle(Inbound.text(CHAT, typed));
    }

    private List<Outbound> press(String data) {
        return engine.handle(Inbound.button(CHAT, data));
    }

    private static String aside(String need) {
        return TestTexts.texts().get("common.need-aside", "es").replace("{text}", need).strip();
    }

    private static List<String> texts(List<Outbound> replies) {
        return replies.stream().map(reply -> reply.text().strip()).toList();
    }

    private void atTheMenu() {
        text("hola");
        press("consent:yes");
        press("sector:commerce");
        press("size:micro");
        text("Popayán");
        press("company:skip");
        assertThat(store.state(CHAT).step()).isEqualTo(ConversationEngine.MENU);
    }

    @Test
    void aNeedToldWithTheSummarysWordsIsOfferedAsAChallengeBesideTheSummary() {
        atTheMenu();
        String need = "necesito un resumen para la reunión con los socios";

        List<String> answer = texts(text(need));

        assertThat(answer).as("the summary still answers").anyMatch(line -> line.contains("Popayán"));
        assertThat(answer).last().isEqualTo(aside(need));
        press("/nuevo_reto");
        assertThat(store.state(CHAT).get(CHALLENGE_TEXT)).as("the challenge starts from the need").isEqualTo(need);
    }

    @Test
    void aNeedReadAsStartingOverIsOfferedBesideTheConfirmationWhoseAnswersStay() {
        atTheMenu();
        String need = "tengo que empezar otra vez desde cero, no me compran";

        List<Outbound> answer = text(need);

        assertThat(texts(answer)).last().isEqualTo(aside(need));
        assertThat(answer.get(answer.size() - 1).buttons()).as("the confirmation's own no is the way back")
                .containsExactly(List.of(new Outbound.Button(TestTexts.texts().get("common.button.work-on-need", "es"), "/nuevo_reto")));
        assertThat(answer.stream().flatMap(reply -> reply.buttons().stream()).flatMap(List::stream).map(Outbound.Button::data))
                .as("starting over is only asked, never done").contains("/reiniciar si");
        assertThat(store.state(CHAT).get("profile.sector")).isEqualTo("commerce");
    }

    @Test
    void atAQuestionItsOptionsStayUnderTheAnswerAndTheOfferCarriesOnlyTheChallenge() {
        text("hola");
        press("consent:yes");
        press("sector:commerce");
        String need = "necesito un resumen para la reunión con los socios";

        List<Outbound> answer = text(need);

        assertThat(texts(answer)).last().isEqualTo(aside(need));
        assertThat(answer.get(answer.size() - 2).buttons().stream().flatMap(List::stream).map(Outbound.Button::data))
                .as("the question's options, under the summary, are the way back").contains("size:micro");
        assertThat(answer.get(answer.size() - 1).buttons()).containsExactly(
                List.of(new Outbound.Button(TestTexts.texts().get("common.button.work-on-need", "es"), "/nuevo_reto")));
        press("size:micro");
        assertThat(store.state(CHAT).get("profile.size")).isEqualTo("micro");
    }

    @Test
    void theOfferLastsOneTurn() {
        atTheMenu();
        text("mis retos este año son grandes");

        text("gracias");
        press("/nuevo_reto");

        assertThat(store.state(CHAT).get(CHALLENGE_TEXT)).as("a later challenge is not written from it").isNull();
    }

    /** Before, every loose request of four words or more was offered as a challenge too; a need must come close behind. */
    @Test
    void aLooseRequestWithNoNeedCloseBehindIsAnsweredWithNothingBeside() {
        atTheMenu();
        text("hola");

        List<String> answer = texts(text("ok let's go on"));

        assertThat(answer).noneMatch(line -> line.contains("<i>ok let's go on</i>"));
    }

    @Test
    void aPlainRequestIsAnsweredWithNothingBeside() {
        atTheMenu();

        List<String> answer = texts(text("quiero ver mi resumen"));

        assertThat(answer).anyMatch(line -> line.contains("Popayán"));
        assertThat(answer).noneMatch(line -> line.contains("<i>quiero ver mi resumen</i>"));
    }
}
