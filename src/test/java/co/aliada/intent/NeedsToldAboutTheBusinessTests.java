package co.aliada.intent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intents round 26. A need told about the business with a person's words ("we need a real person at the shop on
 * weekends") read as asking for one of ours; what the business does each period ("reiniciamos las metas cada semestre")
 * as starting over; a no typed straight before its reason ("no porque no me queda tiempo pa eso") as nothing; a need told
 * with its cause ("customers don't come because i have no sign") as a no. The guards keep a person, erasing and starting
 * over asked for the requests, and refusals told with a reason refusals.
 */
class NeedsToldAboutTheBusinessTests {

    private static final String CHAT = "web:round-26";
    private static final IntentClassifier CLASSIFIER = CommandsAtTheMenu.CLASSIFIER;

    private final CommandsAtTheMenu menu = new CommandsAtTheMenu(CommandsAtTheMenu.REQUESTS);

    /** Someone wanted at the shop's counter or hours is the business's need: no case is opened, nothing strong. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "we need a real person at the shop on weekends | en",
            "we need a real person answering the phone at the shop | en",
            "my bakery needs a real person at the counter in the mornings | en",
    })
    void aPersonTheBusinessNeedsIsNoRequest(String text, String lang) {
        menu.assertAQuietNeed(CHAT, text, lang);
    }

    /** A person, erasing or starting over asked for is still the request, strong, and runs at the menu. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "quiero hablar con una persona | es | talk_to_human | asesor",
            "quiero hablar con una persona, por favor | es | talk_to_human | asesor",
            "i want to talk to a real person please | en | talk_to_human | asesor",
            "can i talk to a real person | en | talk_to_human | asesor",
            "borren mis datos | es | delete_my_data | borrar_datos",
            "borren mis datos porfa | es | delete_my_data | borrar_datos",
            "empecemos de nuevo | es | restart | reiniciar",
            "empecemos de nuevo que me enrede | es | restart | reiniciar",
            "let's start again from zero | en | restart | reiniciar",
    })
    void aRequestIsStillTheRequest(String text, String lang, String intent, String command) {
        var read = CLASSIFIER.classify(text, lang);
        assertThat(read.id()).as(text).isEqualTo(intent);
        assertThat(read.strong()).as(text).isTrue();
        assertThat(menu.type(CHAT, text)).as(text).containsExactly(command);
    }

    /** A start told with the period the business counts in is what it does: never a restart, at the menu either. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "reiniciamos las metas cada semestre | es",
            "reiniciamos el inventario cada trimestre | es",
            "cada quincena reiniciamos la caja | es",
            "we start over with the menu every semester | en",
    })
    void aStartEachPeriodIsNoRestart(String text, String lang) {
        var intent = CLASSIFIER.classify(text, lang);
        assertThat(intent.id()).as(text).isNotEqualTo("restart");
        assertThat(intent.strong()).as(text).isFalse();
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain("reiniciar");
    }

    /** A no typed straight before its reason is a no, as with the comma; a need told with "porque no" stays a need. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no porque no me queda tiempo pa eso | es | deny",
            "no porque no tengo tiempo ahorita | es | deny",
            "no porque ahorita no puedo | es | deny",
            "no because i don't have time for that | en | deny",
            "nah because i'm too busy | en | deny",
            "no vendo porque no tengo clientes | es | challenge",
            "no tengo tiempo para hacer publicidad | es | challenge",
    })
    void aNoBeforeItsReasonIsANo(String text, String lang, String intent) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(intent);
    }

    /** Customers who stay away and what the business lacks tell a need, though a "no" and a "because" are in it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "customers don't come because i have no sign | en",
            "la gente no entra porque no tengo aviso | es",
    })
    void aNeedToldWithItsCauseIsANeed(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo("challenge");
    }

    /** A refusal told with its reason triggers nothing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no necesito hablar con una persona porque no tengo tiempo | es | asesor",
            "no borren mis datos porque voy a volver | es | borrar_datos",
            "don't delete my data because i'll be back | en | borrar_datos",
            "no arranquemos otra vez porque ya casi termino | es | reiniciar",
    })
    void aRefusalWithItsReasonTriggersNothing(String text, String lang, String command) {
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain(command);
    }
}
