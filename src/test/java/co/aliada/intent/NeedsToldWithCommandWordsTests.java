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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entrepreneurs tell a need with the words of one of the bot's commands ("necesito un resumen de cuánto vendo al mes",
 * "mis retos son vender más y bajar costos", "quiero cambiar el idioma de las etiquetas para exportar"): the classifier
 * read the command, strongly for the labels' language, which switched the chat's language. The business's matter named
 * beside the command's words makes them a challenge; the commands asked for plainly keep working.
 */
class NeedsToldWithCommandWordsTests {

    private static final String CHAT = "web:command-words";
    private static final IntentClassifier CLASSIFIER = new IntentClassifier(() -> IntentModelTests.SHIPPED);

    private final Map<String, ChatState> chats = new HashMap<>();
    private final List<String> commandsRun = new ArrayList<>();
    private final ChatStore store = (in, turn) -> {
        ChatStore.TurnResult result = turn.apply(chats.computeIfAbsent(in.chat(),
                chat -> new ChatState(chat, "es", ConversationEngine.MENU, ChatState.Consent.ACCEPTED, Map.of())));
        chats.put(in.chat(), result.state());
        return result.replies();
    };
    private final ConversationEngine engine = TestBot.builder().store(store).texts(TextsLoader.load(TestContent.INTENTS))
            .understanding(CLASSIFIER).step(new MenuStep(List.of(new MenuEntry(90, "common.button.help", "/ayuda"))))
            .commands(List.of(recording("resumen", "summary"), recording("reiniciar", "restart"),
                    recording("continuar", "continue"), recording("mis_retos", "my_challenges"), recording("ayuda", "help"),
                    recording("borrar_datos", "delete_my_data"), recording("idioma", "language"),
                    recording("nuevo_reto", "new_challenge")))
            .engine();

    private Command recording(String... names) {
        return RecordingCommand.of(commandsRun, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "necesito un resumen de cuánto vendo al mes | es",
            "I need a summary of my monthly sales | en",
            "necesito un informe de mis ventas para el banco | es",
            "cómo registro mi marca | es",
            "tengo que volver a empezar porque se me quemó el taller | es",
            "mis retos son vender más y bajar costos | es",
            "quiero continuar creciendo pero no sé cómo | es",
            "quiero cambiar el idioma de las etiquetas para exportar | es",
            "necesito que alguien me ayude a organizar las cuentas | es",
            "cómo hago para que me conozcan más | es",
            "ayuda con el mercadeo de mi café | es",
            "quiero borrar las deudas que tengo con los proveedores | es",
            "I want to start over with a new product line | en",
    })
    void aNeedToldWithACommandsWordsIsAChallenge(String text, String lang) {
        var intent = CLASSIFIER.classify(text, lang);
        assertThat(intent.id()).as(text).isEqualTo("challenge");
        assertThat(intent.strong()).as(text).isFalse();

        engine.handle(Inbound.text(CHAT, text));
        assertThat(commandsRun).as("at the menu the challenge starts from it: " + text).containsExactly("nuevo_reto");
    }

    /** "mis cuentas" (the business's books) asked whether to erase everything: it names nothing of what we keep. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"mis cuentas | es", "las cuentas | es", "mis cuentas y facturas | es", "my bills | en"})
    void theBusinesssBooksAreNoRequestToErase(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isNotEqualTo("delete_my_data");

        engine.handle(Inbound.text(CHAT, text));
        assertThat(commandsRun).as(text).doesNotContain("borrar_datos");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "quiero ver mi resumen | es | summary | resumen",
            "reiniciar | es | restart | reiniciar",
            "cambiar idioma a inglés | es | change_language | idioma",
            "borrar mis datos | es | delete_my_data | borrar_datos",
            "ayuda | es | help | ayuda",
            "mis retos | es | my_challenges | mis_retos",
            "continuar | es | continue | continuar",
            "quiero volver a hacer el diagnóstico desde el principio | es | restart | reiniciar",
            "muéstreme mis retos guardados | es | my_challenges | mis_retos",
            "no sé cómo usar esto para mi negocio | es | help | ayuda",
            "hábleme en inglés, no entiendo bien | es | change_language | idioma",
            "show me the summary of my self-check | en | summary | resumen",
            "let's continue with the questions | en | continue | continuar",
    })
    void aCommandAskedForKeepsItsIntent(String text, String lang, String expected, String command) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(expected);

        engine.handle(Inbound.text(CHAT, text));
        assertThat(commandsRun).as(text).contains(command).doesNotContain("nuevo_reto");
    }
}
