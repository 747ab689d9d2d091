package co.aliada.intent;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intents round 28. A person the business needs for a task or on a day the yield did not hold ("pa hornear en la
 * madrugada", "los viernes", "restock the shelves at night"), or told as whether there is nobody ("no hay una persona que
 * atienda el local los domingos"), read as asking for one of ours or as nothing; a summary, my data and a match result
 * typed casually ("un resumencito de lo q hemos hecho", "mis datiquos") read as nothing. The guards keep a person asked
 * for on those days the request, and refusals triggering nothing.
 */
class CasualCommandsAndPeopleNeededTests {

    private static final String CHAT = "web:round-28";
    private static final IntentClassifier CLASSIFIER = CommandsAtTheMenu.CLASSIFIER;

    private final CommandsAtTheMenu menu = new CommandsAtTheMenu(CommandsAtTheMenu.REQUESTS);

    /** Someone the business needs, for a task or on a day, is a need: no case is opened, nothing strong. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no hay una persona que atienda el local los domingos | es",
            "en la panaderia nos hace falta alguien pa hornear en la madrugada | es",
            "necesitamos alguien que haga los domicilios los viernes | es",
            "necesitamos otra persona pa lavar la loza los jueves | es",
            "en el restaurante nos falta gente por las noches | es",
            "my sister helps me but we need a person to restock the shelves at night | en",
            "we need someone to do the deliveries on fridays | en",
            "we need somebody to clean the kitchen at night | en",
    })
    void aPersonTheBusinessNeedsIsANeed(String text, String lang) {
        menu.assertAQuietNeed(CHAT, text, lang);
    }

    /** A person of ours asked for on those days or hours is still the request and opens a case. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "quiero hablar con un asesor los viernes | es",
            "paseme con alguien por las noches | es",
            "can i talk to a real person at night | en",
            "i need a human on fridays | en",
            "put me through to someone, we need help at night | en",
    })
    void aPersonAskedForIsStillTheRequest(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo("talk_to_human");
        assertThat(menu.type(CHAT, text)).as(text).containsExactly("asesor");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no necesitamos a nadie de ustedes, gracias | es | asesor",
            "no, no me pasen con nadie los viernes | es | asesor",
            "no necesito q me pasen con nadie, sigo aca con usted | es | asesor",
            "no me borre nada todavia, solo era una pregunta | es | borrar_datos",
            "dont wipe my stuff, i was just asking | en | borrar_datos",
    })
    void aRefusalTriggersNothing(String text, String lang, String command) {
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain(command);
    }

    /** A summary, my data and a match result typed casually are what they ask. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hagame un resumencito de lo q hemos hecho | es | summary",
            "oiga muestreme mis datiquos q tienen ahi | es | my_data",
            "did colombia win the game last night | en | out_of_scope",
    })
    void commandsTypedCasually(String text, String lang, String intent) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(intent);
    }

    /** An -ico typed with "qu" ("datiquos", "ratiquo") is read as the word it makes small, after a t only. */
    @Test
    void anIcoTypedWithQuIsADiminutive() {
        assertThat(Diminutives.base("datiku", Set.of("dat"))).isEqualTo("dat"); // datiquos
        assertThat(Diminutives.base("ratiku", Set.of("rato"))).isEqualTo("rato"); // ratiquo
        assertThat(Diminutives.base("obliku", Set.of("obl", "oblo"))).isNull(); // oblicuo: no t before it
    }
}
