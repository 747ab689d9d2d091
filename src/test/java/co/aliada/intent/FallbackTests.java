package co.aliada.intent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.aliada.content.TestContent;
import co.aliada.conversation.TestBot;
import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChatStore;
import co.aliada.conversation.Command;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.MenuStep;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Texts;
import co.aliada.conversation.TextsLoader;
import co.aliada.conversation.Turn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine with the real classifier and texts: what happens, turn after turn, when the bot does not understand. */
class FallbackTests {

    private static final Texts TEXTS = TextsLoader.load(TestContent.INTENTS);
    private static final String CHAT = "web:fallback";

    private final Map<String, ChatState> chats = new HashMap<>();
    private final List<String> commandsRun = new ArrayList<>();
    private final ChatStore store = (in, turn) -> {
        ChatStore.TurnResult result = turn.apply(chats.computeIfAbsent(in.chat(), this::atMenu));
        chats.put(in.chat(), result.state());
        return result.replies();
    };
    private final ConversationEngine engine = TestBot.builder().store(store).texts(TEXTS)
            .understanding(new IntentClassifier(() -> IntentModelTests.SHIPPED))
            .step(new MenuStep(List.of(new MenuEntry(90, "common.button.help", "/ayuda")))).step(new PlaceStep())
            .commands(List.of(recording("asesor", "advisor"), recording("ayuda", "help"), recording("reiniciar", "restart")))
            .engine();

    private ChatState atMenu(String chat) {
        return new ChatState(chat, "es", ConversationEngine.MENU, ChatState.Consent.ACCEPTED, Map.of());
    }

    private Command recording(String... names) {
        return RecordingCommand.of(commandsRun, names);
    }

    /** A question answered with free text, like the municipality. */
    private static final class PlaceStep implements Step {
        @Override
        public String id() {
            return "place";
        }

        @Override
        public void enter(Turn turn) {
            turn.say("menu.question");
        }

        @Override
        public boolean expectsText() {
            return true;
        }

        @Override
        public void handle(Inbound in, Turn turn) {
            turn.state().put("test.place", in.payload());
            turn.goTo(ConversationEngine.MENU);
        }
    }

    private List<Outbound> say(String text) {
        return engine.handle(Inbound.text(CHAT, text));
    }

    private static List<String> texts(List<Outbound> replies) {
        return replies.stream().map(Outbound::plainText).toList();
    }

    private static List<String> buttonData(List<Outbound> replies) {
        return replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream).map(Outbound.Button::data).toList();
    }

    @Test
    void notUnderstoodOnceSaysSoKindlyAndShowsWhatCanBeDone() {
        List<Outbound> replies = say("asdfgh qwerty");
        assertThat(texts(replies)).contains(TEXTS.get("common.not-understood", "es"));
        assertThat(buttonData(replies)).contains("/ayuda");
        assertThat(texts(replies)).doesNotContain(TEXTS.get("common.offer-human", "es"));
    }

    @Test
    void notUnderstoodTwiceInARowOffersAConsultant() {
        say("asdfgh qwerty");
        List<Outbound> second = say("Piendamó");
        assertThat(texts(second)).contains(TEXTS.get("common.offer-human", "es"));
        assertThat(buttonData(second)).contains("/asesor fallback", "/ayuda");
    }

    /**
     * Before consent, two misses offered a person ("¿Quiere que le pase con una persona?") just below the consent
     * buttons, and the "sí" that answered the offer was taken as consent.
     */
    @Test
    void missesBeforeConsentOfferNoPersonWhoseYesCouldPassForConsent() {
        chats.put(CHAT, new ChatState(CHAT, "es", ConversationEngine.MENU, ChatState.Consent.NONE, Map.of()));
        say("asdfgh qwerty");
        List<Outbound> second = say("Piendamó");
        assertThat(texts(second)).doesNotContain(TEXTS.get("common.offer-human", "es"));
        assertThat(buttonData(second)).doesNotContain("/asesor fallback");
    }

    @Test
    void anUnderstoodMessageInBetweenStartsTheCountAgain() {
        say("asdfgh qwerty");
        assertThat(texts(say("muchas gracias"))).contains(TEXTS.get("common.thanks-back", "es"));
        List<Outbound> afterThanks = say("Piendamó");
        assertThat(texts(afterThanks)).doesNotContain(TEXTS.get("common.offer-human", "es"));
        assertThat(texts(say("zzz"))).contains(TEXTS.get("common.offer-human", "es"));
    }

    @Test
    void theOfferIsMadeOnceThenTheCountStartsOver() {
        say("asdfgh");
        assertThat(texts(say("qwerty"))).contains(TEXTS.get("common.offer-human", "es"));
        assertThat(texts(say("zzz"))).doesNotContain(TEXTS.get("common.offer-human", "es"));
    }

    @Test
    void somethingTheBotDoesNotDoGetsAKindAnswerAndIsNotAMiss() {
        say("asdfgh");
        assertThat(texts(say("cuénteme un chiste"))).contains(TEXTS.get("intent.out-of-scope", "es"));
        assertThat(texts(say("qwerty"))).doesNotContain(TEXTS.get("common.offer-human", "es"));
    }

    @Test
    void askingForAPersonRunsTheAdvisorCommandFromAnyWording() {
        say("necesito hablar con alguien de verdad, no con un bot");
        say("can i talk to a human please");
        assertThat(commandsRun).containsExactly("asesor", "asesor");
    }

    @Test
    void aPlaceNameAnswersTheQuestionButAStrongIntentInterruptsIt() {
        chats.put(CHAT, new ChatState(CHAT, "es", "place", ChatState.Consent.ACCEPTED, Map.of()));
        say("quiero hablar con una persona");
        assertThat(commandsRun).containsExactly("asesor");
        assertThat(chats.get(CHAT).step()).isEqualTo("place");

        say("Popayán");
        assertThat(chats.get(CHAT).get("test.place")).isEqualTo("Popayán");
        assertThat(commandsRun).containsExactly("asesor");
    }

    @Test
    void aWeakCommandDoesNotInterruptAQuestionThatWaitsForText() {
        chats.put(CHAT, new ChatState(CHAT, "es", "place", ChatState.Consent.ACCEPTED, Map.of()));
        say("Puerto Tejada");
        assertThat(commandsRun).isEmpty();
        assertThat(chats.get(CHAT).get("test.place")).isEqualTo("Puerto Tejada");
    }

    @Test
    void aNegatedRequestNeverRunsItsCommand() {
        for (String text : List.of("no necesito asesor", "ya no quiero hablar con un asesor", "i don't need an advisor",
                "no quiero empezar de nuevo", "no hace falta reiniciar")) {
            say(text);
        }
        assertThat(commandsRun).isEmpty();
    }

    @Test
    void aNeedThatMentionsAnAdvisorStaysTheAnswerOfAFreeTextQuestion() {
        chats.put(CHAT, new ChatState(CHAT, "es", "place", ChatState.Consent.ACCEPTED, Map.of()));
        say("necesito un asesor contable, me va mal con los impuestos");
        assertThat(commandsRun).isEmpty();
        assertThat(chats.get(CHAT).get("test.place")).isEqualTo("necesito un asesor contable, me va mal con los impuestos");
    }
}
