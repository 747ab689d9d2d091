package co.aliada.intent;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intents round 21. An order to erase followed by what the bot holds ("borren lo que tienen de mí", "please erase what
 * you have about me") showed the data instead; a reason before "ya no necesito que tengan mis datos", or before an order
 * no phrase knew ("desháganse"), left the erasing unheard; a need for someone to sell or keep the till asked for a
 * person, old stock to get rid of asked to erase the data, and "since we opened" was a need. Refusals told in the same
 * words stay refusals. 8 of the 23 cases fail on the code and content before the change (the others are guards).
 */
class RequestsInEverydayWordsTests {

    private static final String CHAT = "web:round-21";
    private static final IntentClassifier CLASSIFIER = CommandsAtTheMenu.CLASSIFIER;

    private final CommandsAtTheMenu menu = new CommandsAtTheMenu(CommandsAtTheMenu.REQUESTS);

    /** The request, and the command it runs at the menu. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ya no uso esto, borren lo que tienen de mi | es | delete_my_data | borrar_datos",
            "please erase what you have about me, I closed the shop | en | delete_my_data | borrar_datos",
            "cerre el negocio, deshaganse de mis datos por favor | es | delete_my_data | borrar_datos",
            "cerre la tienda, ya no necesito que tengan mis datos | es | delete_my_data | borrar_datos",
            "que tienen de mi | es | my_data | mis_datos",
            "paseme el menu | es | help | ayuda",
            "borre todo y empezamos de nuevo | es | restart | reiniciar",
            "prefiero hablar con una persona de verdad | es | talk_to_human | asesor",
    })
    void anOrderSaysWhatIsDoneWithWhatFollows(String text, String lang, String expected, String command) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(expected);
        assertThat(menu.type(CHAT, text)).as(text).containsExactly(command);
    }

    /** A need told with a request's words is the need, never strong; at the menu it starts a challenge. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "necesito una persona que me ayude a vender | es",
            "necesito alguien de confianza que me maneje la caja | es",
            "i need to get rid of old stock that nobody buys | en",
            "necesito borrar las deudas del negocio | es",
            "i need a person to help me sell online | en",
    })
    void aNeedThatBorrowsARequestsWordsStaysANeed(String text, String lang) {
        var intent = CLASSIFIER.classify(text, lang);
        assertThat(intent.id()).as(text).isEqualTo("challenge");
        assertThat(intent.strong()).as(text).isFalse();
        assertThat(menu.type(CHAT, text)).as(text).containsExactly("nuevo_reto");
    }

    /** A few words told since when are no need; "desde el principio" where nothing was asked still starts over. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"since we opened | en | -", "desde que abrimos | es | -", "desde el principio | es | restart"})
    void aShortSinceWhenAnswerIsNoNeed(String text, String lang, String expected) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(expected.equals("-") ? null : expected);
    }

    /** A refusal told in the same words never runs what it refuses. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no borren nada todavia, sigo usando esto | es | delete_my_data | borrar_datos",
            "no quiero que eliminen lo mio, sigo aqui | es | delete_my_data | borrar_datos",
            "don't delete anything please, i still need it | en | delete_my_data | borrar_datos",
            "no, no quiero hablar con nadie por ahora, sigo con el bot | es | talk_to_human | asesor",
            "no thanks, i don't want anyone to call me | en | talk_to_human | asesor",
            "no, no quiero empezar otra vez, ya casi termino | es | restart | reiniciar",
            "please don't restart, i'm almost done | en | restart | reiniciar",
    })
    void aRefusalNeverRunsWhatItRefuses(String text, String lang, String refused, String command) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isNotEqualTo(refused);
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain(command);
    }
}
