package co.aliada.intent;

import java.util.List;

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
    private static final IntentClassifier CLASSIFIER = CommandsAtTheMenu.CLASSIFIER;

    private final CommandsAtTheMenu menu = new CommandsAtTheMenu(List.of(List.of("resumen", "summary"),
            List.of("reiniciar", "restart"), List.of("continuar", "continue"), List.of("mis_retos", "my_challenges"),
            List.of("ayuda", "help"), List.of("borrar_datos", "delete_my_data"), List.of("idioma", "language"),
            List.of("nuevo_reto", "new_challenge")));

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

        assertThat(menu.type(CHAT, text)).as("at the menu the challenge starts from it: " + text).containsExactly("nuevo_reto");
    }

    /** "mis cuentas" (the business's books) asked whether to erase everything: it names nothing of what we keep. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"mis cuentas | es", "las cuentas | es", "mis cuentas y facturas | es", "my bills | en"})
    void theBusinesssBooksAreNoRequestToErase(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isNotEqualTo("delete_my_data");

        assertThat(menu.type(CHAT, text)).as(text).doesNotContain("borrar_datos");
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

        assertThat(menu.type(CHAT, text)).as(text).contains(command).doesNotContain("nuevo_reto");
    }
}
