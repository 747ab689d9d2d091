package co.aliada.intent;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intents round 18. A start told as what befell the business ("nos tocó empezar de cero otra vez") or when it began
 * ("empezamos hace poco") was a restart, strongly for the first, which asks to throw the answers away; a thing named
 * alone ("con datos", "on my phone", "en el teléfono") answers how or where and ran my data, the erasing or a person;
 * "ya mismo" said yes. The same words asked for plainly keep their request.
 */
class StartsToldAndThingsNamedTests {

    private static final String CHAT = "web:round-18";
    private static final IntentClassifier CLASSIFIER = CommandsAtTheMenu.CLASSIFIER;

    private final CommandsAtTheMenu menu = new CommandsAtTheMenu(List.of(List.of("reiniciar", "restart"),
            List.of("mis_datos", "my_data"), List.of("borrar_datos", "delete_my_data"), List.of("asesor", "human"),
            List.of("nuevo_reto", "new_challenge")));

    /** {@code challenge}: the need, never strong, and at the menu it starts a challenge; otherwise the request, strong. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nos tocó empezar de cero otra vez | es | challenge | nuevo_reto",
            "perdimos todo y toco empezar de cero | es | challenge | nuevo_reto",
            "tuvimos que volver a empezar después del paro | es | challenge | nuevo_reto",
            "se nos quemó todo y hay que volver a empezar | es | challenge | nuevo_reto",
            "quiero empezar de cero | es | restart | reiniciar",
            "empecemos de nuevo | es | restart | reiniciar",
            "se me fue la señal, empecemos de nuevo | es | restart | reiniciar",
            "perdí la conexión, quiero empezar de nuevo | es | restart | reiniciar",
            "start over please | en | restart | reiniciar",
    })
    void aStartToldAsWhatHappenedIsANeedAndAStartAskedForIsTheCommand(String text, String lang, String expected,
            String command) {
        var intent = CLASSIFIER.classify(text, lang);
        assertThat(intent.id()).as(text).isEqualTo(expected);
        assertThat(intent.strong()).as(text).isEqualTo(!expected.equals("challenge"));

        assertThat(menu.type(CHAT, text)).as(text).containsExactly(command);
    }

    /** {@code -}: an answer, which runs no command ("empezamos hace poco" may start a challenge at the menu). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "con datos | es | - | mis_datos",
            "los datos | es | - | mis_datos",
            "on my phone | en | - | borrar_datos",
            "en el telefono | es | - | asesor",
            "con los datos del celular | es | - | borrar_datos",
            "empezamos hace poco | es | - | reiniciar",
            "hace poco empezamos | es | - | reiniciar",
            "ya mismo | es | - | -",
            "all of it | en | - | borrar_datos",
            "mis datos | es | my_data | mis_datos",
            "y mis datos? | es | my_data | mis_datos",
            "my data | en | my_data | mis_datos",
            "borren mis datos ya mismo | es | delete_my_data | borrar_datos",
            "quiten mi numero | es | delete_my_data | borrar_datos",
    })
    void aThingNamedAloneIsAnAnswerAndNamedAsOnesOwnIsTheRequest(String text, String lang, String expected, String command) {
        var intent = CLASSIFIER.classify(text, lang);
        if (expected.equals("-")) {
            assertThat(IntentModelTests.COMMANDS).as(text).doesNotContain(intent.id());
            assertThat(intent.id()).as(text).isNotEqualTo("affirm");
            assertThat(intent.strong()).as(text).isFalse();
            assertThat(menu.type(CHAT, text)).as(text).doesNotContain(command);
        } else {
            assertThat(intent.id()).as(text).isEqualTo(expected);
            assertThat(menu.type(CHAT, text)).as(text).containsExactly(command);
        }
    }

    /** A sign-up cancelled and a WhatsApp number taken off were not understood; their refusals stay refusals. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cancelen mi inscripcion | es | true",
            "borren mi whatsapp | es | true",
            "no cancelen mi inscripcion | es | false",
            "no borren mi whatsapp | es | false",
    })
    void erasingToldInRarerWordsIsUnderstood(String text, String lang, boolean asks) {
        boolean erases = "delete_my_data".equals(CLASSIFIER.classify(text, lang).id());
        assertThat(erases).as(text).isEqualTo(asks);
    }
}
