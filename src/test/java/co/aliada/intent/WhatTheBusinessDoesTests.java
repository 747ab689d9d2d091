package co.aliada.intent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intents round 25. What the business does, told with "we" ("cada año empezamos de cero", "lo borramos", "we start from
 * scratch every season"), read strongly as erasing or starting over, so at a self-check question it cut in. A request
 * asked as "why not" after a greeting ("oiga y xq no me pasan con un asesor pues") read as a no, and a no told with its
 * reason ("no, porque no me queda tiempo") as nothing. The guards keep a start or an erasing asked with a wish or "let's"
 * a request, and needs told with "no tengo tiempo" needs.
 */
class WhatTheBusinessDoesTests {

    private static final String CHAT = "web:round-25";
    private static final IntentClassifier CLASSIFIER = CommandsAtTheMenu.CLASSIFIER;

    private final CommandsAtTheMenu menu = new CommandsAtTheMenu(CommandsAtTheMenu.REQUESTS);

    /** A description in the first person plural is no request: never strong, and at the menu it erases or restarts nothing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cada año empezamos de cero | es",
            "reiniciamos el plan cada año | es",
            "borramos lo que no sirve | es",
            "lo borramos | es",
            "empezamos otra vez cada enero | es",
            "we start from scratch every season | en",
            "we delete the old files every month | en",
            "we restart the plan every year | en",
    })
    void whatTheBusinessDoesIsNoRequest(String text, String lang) {
        var intent = CLASSIFIER.classify(text, lang);
        assertThat(intent.id()).as(text).isNotIn("delete_my_data", "restart");
        assertThat(intent.strong()).as(text).isFalse();
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain("borrar_datos", "reiniciar");
    }

    /** Asked with a wish, "let's" or "can we", a start or an erasing is still the request. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "empecemos de nuevo | es | restart | reiniciar",
            "arranquemos de cero | es | restart | reiniciar",
            "let's start over | en | restart | reiniciar",
            "can we start again | en | restart | reiniciar",
            "borremos todo | es | delete_my_data | borrar_datos",
            "quiero que borren mis datos | es | delete_my_data | borrar_datos",
            "we want you to delete all our data | en | delete_my_data | borrar_datos",
    })
    void aWishedStartOrErasingIsTheRequest(String text, String lang, String intent, String command) {
        var read = CLASSIFIER.classify(text, lang);
        assertThat(read.id()).as(text).isEqualTo(intent);
        assertThat(read.strong()).as(text).isTrue();
        assertThat(menu.type(CHAT, text)).as(text).containsExactly(command);
    }

    /** After a greeting or "y"/"and", "why not" still asks: the person is put through. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "oiga y xq no me pasan con un asesor pues | es",
            "bueno y xq no me pasan con alguien pues | es",
            "hola, y por que no me comunican con un asesor | es",
            "hey and why don't you put me through to a person | en",
    })
    void whyNotAfterAGreetingAsks(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo("talk_to_human");
        assertThat(menu.type(CHAT, text)).as(text).containsExactly("asesor");
    }

    /** A refusal after a greeting stays one. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "oiga, no me pase con nadie | es",
            "hey, don't transfer me | en",
    })
    void aRefusalAfterAGreetingPutsNobodyThrough(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isNotEqualTo("talk_to_human");
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain("asesor");
    }

    /** A no told with its reason is a no; a need told with "no tengo tiempo" stays a need. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no, porque no me queda tiempo | es | deny",
            "no, because i don't have time right now | en | deny",
            "no tengo tiempo para hacer publicidad | es | challenge",
            "no me compran porque no tengo publicidad | es | challenge",
    })
    void aNoWithItsReasonIsANo(String text, String lang, String intent) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(intent);
    }
}
