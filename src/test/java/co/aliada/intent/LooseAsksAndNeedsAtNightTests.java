package co.aliada.intent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intents round 29. A need told at night ("abrimos de noche y no hay quien atienda", "we need a person to restock the
 * shelves at night") leaned to goodbye or read as a no; "buenas noches, hablamos mañana" was a greeting; my data, erasing
 * and out of scope asked loosely ("what personal stuff of mine do u guys have", "borren lo q tengan mio pues", "is it gonna
 * rain tomorrow in popayan") stayed under their thresholds. The guards keep "buenas noches" alone a greeting, a person of
 * ours asked for at night the request, and refusals triggering nothing.
 */
class LooseAsksAndNeedsAtNightTests {

    private static final String CHAT = "web:round-29";
    private static final IntentClassifier CLASSIFIER = CommandsAtTheMenu.CLASSIFIER;

    private final CommandsAtTheMenu menu = new CommandsAtTheMenu(CommandsAtTheMenu.REQUESTS);

    /** A need told at night is a need: no case is opened, nothing strong. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abrimos de noche y no hay quien atienda | es",
            "we need a person to restock the shelves at night | en",
            "we stay open late at night and nobody's there to serve | en",
            "we need an extra pair of hands in the kitchen on friday nights | en",
    })
    void aNeedToldAtNightIsANeed(String text, String lang) {
        menu.assertAQuietNeed(CHAT, text, lang);
    }

    /** Loose asks read as what they ask. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "buenas noches, hablamos mañana | es | goodbye",
            "what personal stuff of mine do u guys have | en | my_data",
            "borren lo q tengan mio pues | es | delete_my_data",
            "is it gonna rain tomorrow in popayan | en | out_of_scope",
            "who's playing in the final tonight | en | out_of_scope",
            "did colombia win the game last night | en | out_of_scope",
    })
    void looseAsksReadAsWhatTheyAsk(String text, String lang, String intent) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(intent);
    }

    /** The guards: a greeting at night, a person of ours asked for at night, erasing asked loosely. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "buenas noches | es | greet",
            "hola buenas noches | es | greet",
            "paseme con alguien por las noches | es | talk_to_human",
            "can i talk to a real person at night | en | talk_to_human",
            "wipe my info | en | delete_my_data",
            "what do u have on me | en | my_data",
    })
    void theGuardsStay(String text, String lang, String intent) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(intent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no, no me borre mis datos pues | es | borrar_datos",
            "pls don't wipe my info | en | borrar_datos",
            "no empecemos de ceros otra vez, ya voy bien | es | reiniciar",
            "nah let's not start over | en | reiniciar",
            "no me pase con nadie por las noches, yo escribo | es | asesor",
    })
    void aRefusalTriggersNothing(String text, String lang, String command) {
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain(command);
    }
}
