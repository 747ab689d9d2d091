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
import co.aliada.conversation.TextsLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped classifier over chats that start at the menu, consent given, whose commands only note that they ran
 * (each given as its names, Spanish first): what a text typed there sets off.
 */
final class CommandsAtTheMenu {

    static final IntentClassifier CLASSIFIER = new IntentClassifier(() -> IntentModelTests.SHIPPED);
    /** The commands a request for one's data, a person, help or a new start may set off at the menu. */
    static final List<List<String>> REQUESTS = List.of(List.of("reiniciar", "restart"), List.of("mis_datos", "my_data"),
            List.of("borrar_datos", "delete_my_data"), List.of("asesor", "human"), List.of("ayuda", "help"),
            List.of("nuevo_reto", "new_challenge"));

    private final Map<String, ChatState> chats = new HashMap<>();
    private final List<String> run = new ArrayList<>();
    private final ConversationEngine engine;

    CommandsAtTheMenu(List<List<String>> commands) {
        ChatStore store = (in, turn) -> {
            ChatStore.TurnResult result = turn.apply(chats.computeIfAbsent(in.chat(),
                    chat -> new ChatState(chat, "es", ConversationEngine.MENU, ChatState.Consent.ACCEPTED, Map.of())));
            chats.put(in.chat(), result.state());
            return result.replies();
        };
        engine = TestBot.builder().store(store).texts(TextsLoader.load(TestContent.INTENTS)).understanding(CLASSIFIER)
                .step(new MenuStep(List.of(new MenuEntry(90, "common.button.help", "/ayuda"))))
                .commands(commands.stream().<Command>map(names -> RecordingCommand.of(run, names.toArray(String[]::new))).toList())
                .engine();
    }

    /**
     * A need told in words another request also uses ("no hay quien atienda", "we need a person at night"): the
     * classifier reads a need, never a sure one, and typed at the menu it opens no case.
     */
    void assertAQuietNeed(String chat, String text, String lang) {
        var intent = CLASSIFIER.classify(text, lang);
        assertThat(intent.id()).as(text).isEqualTo("challenge");
        assertThat(intent.strong()).as(text).isFalse();
        assertThat(type(chat, text)).as(text).doesNotContain("asesor");
    }

    /** The text typed in a chat at the menu; returns the first names of the commands run so far. */
    List<String> type(String chat, String text) {
        engine.handle(Inbound.text(chat, text));
        return run;
    }
}
