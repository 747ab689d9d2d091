package co.aliada.intent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intents round 24. A request asked as why it is not done ("xq no me comunica con un asesor de una vez", "why don't you
 * just delete my data") read as a refusal, or as a yes: its "no" was taken to turn the request around. A mistake owned
 * alone ("me equivoqué") started over strongly, and "olvídalo todo, borren mis datos" was a no. The guards keep reasons
 * told with "porque no" and refusals acting on nothing, and a mistake with a wish to begin again a restart.
 */
class RequestsAskedAsWhyNotTests {

    private static final String CHAT = "web:round-24";
    private static final IntentClassifier CLASSIFIER = CommandsAtTheMenu.CLASSIFIER;

    private final CommandsAtTheMenu menu = new CommandsAtTheMenu(CommandsAtTheMenu.REQUESTS);

    /** Asked as why it is not done, the request is read, and at the menu its command runs. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "xq no me comunica con un asesor de una vez | es | talk_to_human | asesor",
            "¿por qué no me pasan con alguien? | es | talk_to_human | asesor",
            "pq no me comunican con un asesor? | es | talk_to_human | asesor",
            "why don't you just put me through to a person | en | talk_to_human | asesor",
            "porque no me borran mis datos de una vez | es | delete_my_data | borrar_datos",
            "xq no borran todo lo mio y ya | es | delete_my_data | borrar_datos",
            "why don't you just delete my data | en | delete_my_data | borrar_datos",
            "¿por qué no empezamos de nuevo? | es | restart | reiniciar",
            "why don't we just start over | en | restart | reiniciar",
    })
    void aRequestAskedAsWhyNotIsTheRequest(String text, String lang, String intent, String command) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(intent);
        assertThat(menu.type(CHAT, text)).as(text).containsExactly(command);
    }

    /** "why can't i talk to a human" was read right before: it stays so. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "why can't i talk to a human | en | talk_to_human",
            "quiero hablar con un humano | es | talk_to_human",
    })
    void aPlainRequestKeepsItsReading(String text, String lang, String intent) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(intent);
    }

    /** A reason told with "porque no", and a refusal, never set off what they name. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "porque no me interesa seguir | es | continue | reiniciar",
            "porque no necesito asesor | es | talk_to_human | asesor",
            "porque no quiero que me pasen con nadie | es | talk_to_human | asesor",
            "no quiero asesor porque no tengo tiempo | es | talk_to_human | asesor",
            "because i don't need anyone | en | talk_to_human | asesor",
            "no borren nada porque no me voy a ir | es | delete_my_data | borrar_datos",
            "no empecemos de nuevo porque no hay tiempo | es | restart | reiniciar",
            "why would i start over, no | en | restart | reiniciar",
    })
    void aReasonOrARefusalActsOnNothing(String text, String lang, String intent, String command) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isNotEqualTo(intent);
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain(command);
    }

    /** A mistake owned alone corrects an answer: it never cuts into a question, and at the menu starts nothing over. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "me equivoque | es",
            "uy, me equivoqué | es",
            "oops, i made a mistake | en",
            "me equivoque en lo ultimo q le conteste, cambielo | es",
    })
    void aMistakeAloneStartsNothingOver(String text, String lang) {
        var intent = CLASSIFIER.classify(text, lang);
        assertThat(intent.id()).as(text).isNotEqualTo("restart");
        assertThat(intent.strong()).as(text).isFalse();
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain("reiniciar");
    }

    /** A mistake told with a wish to begin again still starts over. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "me equivoque en todo, quiero empezar de nuevo | es",
            "me equivoque quiero empezar de nuevo | es",
            "arranquemos de nuevo pues q me equivoque | es",
            "i made a mistake let me start over | en",
            "me equivoqué en las respuestas | es",
    })
    void aMistakeWithAWishToBeginAgainStartsOver(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo("restart");
        assertThat(menu.type(CHAT, text)).as(text).containsExactly("reiniciar");
    }

    /** "Forget it" before an order to erase is the no the order follows: the erasing is asked (it is confirmed first). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "olvídalo todo, borren mis datos | es",
            "forget it, delete my data | en",
    })
    void anOrderAfterForgetItErases(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo("delete_my_data");
        assertThat(menu.type(CHAT, text)).as(text).containsExactly("borrar_datos");
    }

    /** A correction of the last answer still erases nothing, though it opens with an order. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "delete what i just sent, i made a mistake | en",
            "olvidalo, borra lo ultimo q puse | es",
    })
    void aCorrectionAfterForgetItErasesNothing(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isNotIn("delete_my_data", "restart");
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain("borrar_datos", "reiniciar");
    }
}
