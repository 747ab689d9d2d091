package co.aliada.intent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intents round 30. A person the business needs told as a role or a shift ("we need a cook for the weekend shift",
 * "looking for a part-time helper for the bakery") leaned to out of scope or to a person of ours; a need told after a bare
 * no ("no, no hay quien atienda") or with "no tengo quien me ayude" read as a no; goodbye, my challenges and out of scope
 * asked loosely ("alright night night, talk soon", "cuales eran los problemas que le conte?", "any good recipe for
 * empanadas?") read as a yes or as nothing. The guards keep a person of ours asked for on a shift or in a season the
 * request, a no with its reason and a refusal a no, one's own job out of scope, everyday writing (jajaja, sumercé, pls,
 * rn) read as it asks, and refusals triggering nothing.
 */
class RolesShiftsAndEverydayWritingTests {

    private static final String CHAT = "web:round-30";
    private static final IntentClassifier CLASSIFIER = CommandsAtTheMenu.CLASSIFIER;

    private final CommandsAtTheMenu menu = new CommandsAtTheMenu(CommandsAtTheMenu.REQUESTS);

    /** A role, a shift or nobody to help, told after a no or not, is a need: no case is opened, nothing strong. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "necesito una muchacha pa la cocina en el turno de la tarde | es",
            "quiero hablar con alguien que trabaje medio tiempo en el almacen | es",
            "we need a cook for the weekend shift | en",
            "looking for a part-time helper for the bakery | en",
            "we need somebody to cover the night shift at the restaurant | en",
            "no, no hay quien atienda | es",
            "no, no tengo quien me ayude | es",
            "en la tienda cerramos tarde y por la noche no tengo quien me ayude | es",
            "no, we got nobody to watch the shop on sundays | en",
    })
    void aRoleAShiftOrNobodyToHelpIsANeed(String text, String lang) {
        menu.assertAQuietNeed(CHAT, text, lang);
    }

    /** Loose asks read as what they ask. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "listo pues, que descanse, hablamos mas tardecito | es | goodbye",
            "alright night night, talk soon | en | goodbye",
            "cuales eran los problemas que le conte? | es | my_challenges",
            "what were the problems i told u about | en | my_challenges",
            "remind me what problems i told u pls | en | my_challenges",
            "y sumerce sabe como se hacen las empanadas de pipian? | es | out_of_scope",
            "any good recipe for empanadas? | en | out_of_scope",
            "whats a good place to eat in popayan rn | en | out_of_scope",
    })
    void looseAsksReadAsWhatTheyAsk(String text, String lang, String intent) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(intent);
    }

    /** The guards: a person of ours on a shift, a no with its reason, one's own job, a need told as problems, everyday writing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "paseme con un asesor en el turno de la tarde | es | talk_to_human",
            "quiero hablar con una persona real en la temporada | es | talk_to_human",
            "i need a human on the weekend shift | en | talk_to_human",
            "can i talk to a real person at night | en | talk_to_human",
            "sumerce me puede pasar con un asesor | es | talk_to_human",
            "i need to talk to a real person rn | en | talk_to_human",
            "no, no quiero | es | deny",
            "no, porque no me queda tiempo | es | deny",
            "no, no necesito asesor | es | deny",
            "jajaja no gracias | es | deny",
            "ahh ok, si señora | es | affirm",
            "buenas noches | es | greet",
            "busco trabajo | es | out_of_scope",
            "i'm looking for work | en | out_of_scope",
            "mis problemas son que no vendo | es | challenge",
            "pls delete all my stuff rn | en | delete_my_data",
            "can u restart this pls | en | restart",
    })
    void theGuardsStay(String text, String lang, String intent) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(intent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no mijo, no me pase con nadie, yo sigo aca | es | asesor",
            "no, no me pase con nadie en el turno de la noche | es | asesor",
            "jajaja no, no borre nada | es | borrar_datos",
            "pls dont delete my stuff rn | en | borrar_datos",
            "nah dont restart, im good | en | reiniciar",
    })
    void aRefusalTriggersNothing(String text, String lang, String command) {
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain(command);
    }
}
