package co.aliada.intent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intents round 31. A person the business takes on in a trade no list names ("busco una señora que me ayude a pelar papa
 * pa el restaurante", "we're looking for a driver to do our deliveries", "i need a guy to help me haul sacks") leaned to
 * out of scope or to help, or stayed under the need's threshold; a need told after a no said to someone ("no señora, no
 * hay quien atienda el puesto") read as a no; my challenges asked with other verbs ("what did i send u before"), out of
 * scope about dishes, football, films and a loan, and starting over "from zero" read as nothing or as the summary. The
 * person is now read by the person word ("una señora", "un muchacho", "a guy") whatever the trade. The guards keep a call
 * for help that names nobody, one's own job, a no said to someone with nothing after it or with its reason, a person of
 * ours asked for with a person word, and refusals triggering nothing.
 */
class PersonWordsAndNewEverydayWordsTests {

    private static final String CHAT = "web:round-31";
    private static final IntentClassifier CLASSIFIER = CommandsAtTheMenu.CLASSIFIER;

    private final CommandsAtTheMenu menu = new CommandsAtTheMenu(CommandsAtTheMenu.REQUESTS);

    /** A person the business takes on, told by the person word or after a no said to someone, is a need: no case, nothing strong. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "busco una señora que me ayude a pelar papa pa el restaurante | es",
            "busco un muchacho que me ayude a cargar bultos los dias de mercado | es",
            "toca conseguir un celador pa cuidar la bodega | es",
            "necesito un man que me maneje la camioneta pa repartir | es",
            "we're looking for a driver to do our deliveries | en",
            "i need a guy to help me haul sacks on market days | en",
            "we're short a baker for the early shift | en",
            "no señora, no hay quien atienda el puesto | es",
            "no señor, no hay quien atienda | es",
    })
    void aPersonTheBusinessTakesOnIsANeed(String text, String lang) {
        menu.assertAQuietNeed(CHAT, text, lang);
    }

    /** Loose asks and the requests that must never be missed, in new everyday words, read as what they ask. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "what did i send u before | en | my_challenges",
            "oiga y cuales fueron los retos q le mande? | es | my_challenges",
            "que retos fue que le escribi? | es | my_challenges",
            "usted sabe preparar lechona? | es | out_of_scope",
            "jajaja y usted sabe cocinar tamales? | es | out_of_scope",
            "who's gonna win the world cup | en | out_of_scope",
            "u know any good movies to watch rn | en | out_of_scope",
            "sumerce me presta unos pesitos hasta el viernes? | es | out_of_scope",
            "me puede prestar plata | es | out_of_scope",
            "wanna redo it all from zero | en | restart",
            "volvamos a arrancar desde el puro principio | es | restart",
            "comuniqueme con alguien que entienda de esto | es | talk_to_human",
            "can a real human look at this | en | talk_to_human",
            "no quiero que ustedes se queden con nada mio | es | delete_my_data",
            "scrub me from your records | en | delete_my_data",
    })
    void looseAsksReadAsWhatTheyAsk(String text, String lang, String intent) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(intent);
    }

    /** The guards: help that names nobody, one's own job, a no said to someone, a person of ours named with a person word. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "necesito que alguien me ayude | es | help",
            "i need someone to help me | en | help",
            "busco trabajo | es | out_of_scope",
            "i'm looking for work | en | out_of_scope",
            "no señor | es | deny",
            "no sir | en | deny",
            "no señor, eso no es lo que quiero | es | deny",
            "no señor, porque no me queda tiempo | es | deny",
            "no sir, i don't need help | en | deny",
            "paseme con un señor que sepa | es | talk_to_human",
            "necesito hablar con un muchacho de ustedes | es | talk_to_human",
            "send me my summary | en | summary",
    })
    void theGuardsStay(String text, String lang, String intent) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(intent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no, no me comunique con nadie, yo sigo solita | es | asesor",
            "no señor, no me pase con nadie | es | asesor",
            "no quiero que se deshagan de nada mio | es | borrar_datos",
            "no señora, no borre nada | es | borrar_datos",
            "don't scrub anything of mine, i'm staying | en | borrar_datos",
            "no need to redo it from zero, keep going | en | reiniciar",
            "no mijo, no quiero empezar de nuevo | es | reiniciar",
    })
    void aRefusalTriggersNothing(String text, String lang, String command) {
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain(command);
    }
}
