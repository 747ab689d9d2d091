package co.aliada.intent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.aliada.content.TestContent;
import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChatStore;
import co.aliada.conversation.Command;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.MenuStep;
import co.aliada.conversation.TestBot;
import co.aliada.conversation.Texts;
import co.aliada.conversation.TextsLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A business need that borrows the words of a request for a person ("tengo que hablar con mis proveedores", "we need
 * someone to serve customers") names who that person deals with in the business, or what they would do for it; a
 * request for a person names the bot's side (an advisor, someone of yours, a real person) or nobody at all. The needs
 * were read as talk_to_human: not strong, but at the menu they offered or opened a case instead of taking the challenge.
 */
class BusinessPeopleAreNotAdvisorsTests {

    private static final Texts TEXTS = TextsLoader.load(TestContent.INTENTS);
    private static final String CHAT = "web:business-people";
    private static final IntentClassifier CLASSIFIER = new IntentClassifier(() -> IntentModelTests.SHIPPED);

    private final Map<String, ChatState> chats = new HashMap<>();
    private final List<String> commandsRun = new ArrayList<>();
    private final ChatStore store = (in, turn) -> {
        ChatStore.TurnResult result = turn.apply(chats.computeIfAbsent(in.chat(),
                chat -> new ChatState(chat, "es", ConversationEngine.MENU, ChatState.Consent.ACCEPTED, Map.of())));
        chats.put(in.chat(), result.state());
        return result.replies();
    };
    private final ConversationEngine engine = TestBot.builder().store(store).texts(TEXTS).understanding(CLASSIFIER)
            .step(new MenuStep(List.of(new MenuEntry(90, "common.button.help", "/ayuda"))))
            .commands(List.of(recording("asesor", "advisor"), recording("ayuda", "help")))
            .engine();

    private Command recording(String... names) {
        return RecordingCommand.of(commandsRun, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "necesito una persona que hable con los compradores | es",
            "quiero que alguien le hable a mis clientes por telefono | es",
            "necesito hablar con mis empleados pero no se como | es",
            "quiero hablar con alguien de mi equipo de ventas | es",
            "necesito a alguien que llame a los clientes | es",
            "necesito alguien que me atienda el local | es",
            "necesito una persona que me colabore con los domicilios | es",
            "i want someone to talk to buyers for me | en",
            "need someone to call my clients | en",
            "i need to speak with my employees | en",
            "we need somebody to help customers in the store | en",
            "i want to talk to my staff about the new prices | en",
    })
    void aNeedNamingThePeopleOfTheBusinessIsNoRequestForAPerson(String text, String lang) {
        var intent = CLASSIFIER.classify(text, lang);
        // the challenge where its phrases reach their threshold, otherwise nothing: never a person, never strong
        assertThat(intent.id()).as(text).isIn("challenge", null);
        assertThat(intent.strong()).as(text).isFalse();

        engine.handle(Inbound.text(CHAT, text));
        assertThat(commandsRun).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "quiero hablar con un asesor | es",
            "paseme con alguien | es",
            "quiero hablar con alguien | es",
            "necesito que alguien de ustedes me llame | es",
            "una persona de carne y hueso que me atienda | es",
            "mis clientes no me pagan, quiero hablar con un asesor | es",
            "tengo lios con los proveedores, paseme con alguien | es",
            "can I talk to a real person | en",
            "i want to talk to someone from your team | en",
            "bot is useless, put me through to staff | en",
    })
    void aRequestForAPersonFromTheBotsSideStillOpensACase(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo("talk_to_human");

        engine.handle(Inbound.text(CHAT, text));
        assertThat(commandsRun).as(text).containsExactly("asesor");
    }
}
