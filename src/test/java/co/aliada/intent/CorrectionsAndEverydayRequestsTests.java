package co.aliada.intent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intents round 23. A correction of the last answer ("borra lo último q puse, me equivoqué", "delete what i just sent, i
 * made a mistake") started over, some strongly, on "me equivoqué"; "olvídalo, ya no importa" was not read as a no. The
 * guards keep "me equivoqué en todo, quiero empezar de nuevo" a restart, the everyday requests their reading, and the
 * refusals acting on nothing.
 */
class CorrectionsAndEverydayRequestsTests {

    private static final String CHAT = "web:round-23";
    private static final IntentClassifier CLASSIFIER = CommandsAtTheMenu.CLASSIFIER;

    private final CommandsAtTheMenu menu = new CommandsAtTheMenu(CommandsAtTheMenu.REQUESTS);

    /** A correction of what was just typed neither starts over nor erases, and at the menu runs neither command. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "borra lo ultimo q puse, me equivoque | es",
            "borre lo ultimo q escribi, me equivoque | es",
            "me equivoque en la respuesta anterior, borrela | es",
            "delete what i just sent, i made a mistake | en",
            "oops wrong answer, erase the last one | en",
    })
    void aCorrectionOfTheLastAnswerStartsNothingOver(String text, String lang) {
        var intent = CLASSIFIER.classify(text, lang);
        assertThat(intent.id()).as(text).isNotIn("restart", "delete_my_data");
        assertThat(intent.strong()).as(text).isFalse();
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain("reiniciar", "borrar_datos");
    }

    /** A mistake in everything told with a wish to begin again is still the restart. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "me equivoque en todo, quiero empezar de nuevo | es",
            "me equivoqué en la última, quiero empezar de nuevo | es",
            "arranquemos de cero | es",
            "can we start from scratch, i messed up | en",
    })
    void aMistakeInEverythingStartsOver(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo("restart");
        assertThat(menu.type(CHAT, text)).as(text).containsExactly("reiniciar");
    }

    /** "Forget it" beside "it does not matter" is a no, and erases nothing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "olvidalo, ya no importa | es",
            "olvidelo, ya no hace falta | es",
            "forget it, doesn't matter anymore | en",
    })
    void forgetItIsANo(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo("deny");
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain("borrar_datos");
    }

    /** A person and erasing asked for in everyday words keep their reading. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "me pasa con alguien de verdad? | es | talk_to_human",
            "quiero hablar con un humano | es | talk_to_human",
            "can a real person call me | en | talk_to_human",
            "borren mis datos xq ya no voy a usar esto | es | delete_my_data",
            "pls delete everything u have on me | en | delete_my_data",
    })
    void everydayRequestsKeepTheirReading(String text, String lang, String expected) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(expected);
    }

    /**
     * A word typed short ("pa" for para) weighed the request down under its threshold, where the word written out passes:
     * it is read as the word it stands for, and at the menu the person is put through.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "necesito q me llame una persona pa explicarle bien | es",
            "quiero hablar con un asesor pa q me explique | es",
    })
    void aShortFormReadsAsTheWordItStandsFor(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo("talk_to_human");
        assertThat(menu.type(CHAT, text)).as(text).containsExactly("asesor");
    }

    /** A refusal never sets off what it refuses. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no me borres nada | es | delete_my_data | borrar_datos",
            "don't delete my stuff | en | delete_my_data | borrar_datos",
            "no qiero empezar d nuevo, sigamos | es | restart | reiniciar",
            "no arranquemos de cero, ya voy x la mitad | es | restart | reiniciar",
            "pls dont make me start over | en | restart | reiniciar",
            "don't transfer me | en | talk_to_human | asesor",
            "no me pase con nadie, sigo con el bot | es | talk_to_human | asesor",
    })
    void aRefusalActsOnNothing(String text, String lang, String intent, String command) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isNotEqualTo(intent);
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain(command);
    }
}
