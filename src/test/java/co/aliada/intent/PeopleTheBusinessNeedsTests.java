package co.aliada.intent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intents round 27. A person the business itself needs, told as "de carne y hueso" or "a real human", by the task
 * they would do ("q conteste los mensajes", "answering whatsapp") or by its days ("los festivos", "on holidays"), read
 * as asking for one of ours or as nothing; a person asked for as whether there is nobody ("oiga y no hay un humano x ahi
 * q me atienda?") read as a refusal; help and a summary typed casually read as a person or as nothing. The guards keep a
 * person asked for in the same words the request, and needs and refusals told with "no hay" what they were.
 */
class PeopleTheBusinessNeedsTests {

    private static final String CHAT = "web:round-27";
    private static final IntentClassifier CLASSIFIER = CommandsAtTheMenu.CLASSIFIER;

    private final CommandsAtTheMenu menu = new CommandsAtTheMenu(CommandsAtTheMenu.REQUESTS);

    /** Someone the business needs, whatever words tell the person, is a need: no case is opened, nothing strong. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nos hace falta una persona real en el mostrador los sabados | es",
            "en el negocio nos hace falta alguien de carne y hueso q conteste los mensajes | es",
            "la tienda necesita alguien que atienda los festivos | es",
            "the shop needs a real person answering whatsapp on sundays | en",
            "our hostel needs a real human at the front desk on holidays | en",
            "we're missing a real person to take customer calls in the afternoons | en",
            "my shop needs someone on sundays | en",
    })
    void aPersonTheBusinessNeedsIsANeed(String text, String lang) {
        menu.assertAQuietNeed(CHAT, text, lang);
    }

    /** A person asked for, in the same words or as whether there is nobody, is still the request and opens a case. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "oiga y no hay un humano x ahi q me atienda? | es",
            "hola no hay una persona q me ayude? | es",
            "no hay un asesor que me llame? | es",
            "quiero hablar con un humano | es",
            "paseme con alguien de carne y hueso | es",
            "quiero hablar con alguien de carne y hueso sobre mis clientes | es",
            "necesito una persona de carne y hueso que me ayude con mis clientes | es",
            "quisiera que una persona me explique esto | es",
            "prefiero que me explique una persona | es",
            "is there any actual human i can text with | en",
            "is there a human i can talk to | en",
            "isn't there a real person i can talk to | en",
            "put me through to a real human, my customers are angry | en",
            "i need to speak to a human about my customers | en",
            "can i talk to someone on saturdays? | en",
    })
    void aPersonAskedForIsStillTheRequest(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo("talk_to_human");
        assertThat(menu.type(CHAT, text)).as(text).containsExactly("asesor");
    }

    /** Erasing asked as whether there is no way is the request too. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no hay una forma de borrar mis datos? | es",
    })
    void erasingAskedAsWhetherThereIsNoWayIsTheRequest(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo("delete_my_data");
    }

    /** A need told with "no hay" or "isn't there" stays a need; a refusal stays a refusal and triggers nothing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no hay alguien que sepa de mercadeo en el negocio | es | challenge",
            "isn't there a way to sell more | en | challenge",
    })
    void aNeedToldWithNoHayIsANeed(String text, String lang, String intent) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(intent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no hay necesidad de un asesor | es | asesor",
            "no hay un motivo para borrar nada | es | borrar_datos",
            "no me pase con nadie todavia, yo sigo | es | asesor",
            "no need to get me a person, i'm fine with the bot | en | asesor",
    })
    void aRefusalTriggersNothing(String text, String lang, String command) {
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain(command);
    }

    /** Help and a summary typed casually are those commands, not a person or nothing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "uy no se como es esto, me explica? | es | help",
            "sum up what we've got so far | en | summary",
    })
    void otherCommandsTypedCasually(String text, String lang, String intent) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(intent);
    }
}
