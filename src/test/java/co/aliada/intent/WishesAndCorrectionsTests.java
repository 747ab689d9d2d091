package co.aliada.intent;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intents round 22. An order to erase after a wish ("quiero que borren lo que tienen de mí", "i want you to erase what
 * you have about me") showed the data; a refusal inside a wish ("quiero que no borren…") asked to erase, strongly;
 * "forget it", "olviden eso" and a correction of the last answer ("delete the last answer", "borre lo último que
 * escribí") asked to erase everything. The guards keep "olvídense de mí", "forget me" and "no, gracias" as they were.
 */
class WishesAndCorrectionsTests {

    private static final String CHAT = "web:round-22";
    private static final IntentClassifier CLASSIFIER = CommandsAtTheMenu.CLASSIFIER;

    private final CommandsAtTheMenu menu = new CommandsAtTheMenu(CommandsAtTheMenu.REQUESTS);

    /** A wish followed by an order to erase is the erasing, and at the menu it runs the erase command. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "quiero que borren lo que tienen de mi | es",
            "necesito que borren lo que tienen de mi negocio | es",
            "i want you to erase what you have about me | en",
            "ya no quiero que sigan teniendo mi cedula | es",
            "olvidense de mi, ya no quiero saber nada de esto | es",
            "forget me, erase everything | en",
    })
    void aWishedErasingErases(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo("delete_my_data");
        assertThat(menu.type(CHAT, text)).as(text).containsExactly("borrar_datos");
    }

    /** A refusal told inside a wish never erases. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "quiero que no borren lo que tienen de mi | es",
            "quiero que no eliminen mis respuestas todavia | es",
            "prefiero que no borren nada de lo mio | es",
            "i want you not to delete my data | en",
    })
    void aRefusalInsideAWishNeverErases(String text, String lang) {
        var intent = CLASSIFIER.classify(text, lang);
        assertThat(intent.id()).as(text).isNotEqualTo("delete_my_data");
        assertThat(intent.strong()).as(text).isFalse();
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain("borrar_datos");
    }

    /** "Forget it" is a no; "no, gracias" stays one. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "forget it | en", "never mind, forget it | en", "olviden eso | es", "olvidelo, no importa | es",
            "no, gracias | es",
    })
    void forgetItIsANo(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo("deny");
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain("borrar_datos");
    }

    /**
     * "olvidalo, ya no importa" (round 22's check batch, after it) was read as erasing: the request read beside a negation
     * did not look at the phrases erasing is never read with. Two more written with it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "olvidalo, ya no importa | es",
            "olvídelo, ya no es necesario | es",
            "forget it, it doesn't matter anymore | en",
    })
    void forgetItBesideANegationErasesNothing(String text, String lang) {
        var intent = CLASSIFIER.classify(text, lang);
        assertThat(intent.id()).as(text).isNotEqualTo("delete_my_data");
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain("borrar_datos");
    }

    /** A correction of what was just typed erases nothing and, at the menu, runs no command that erases. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "delete the last answer | en",
            "borre lo ultimo que escribi | es",
            "can you delete what i just typed | en",
    })
    void aCorrectionOfTheLastAnswerErasesNothing(String text, String lang) {
        var intent = CLASSIFIER.classify(text, lang);
        assertThat(intent.id()).as(text).isNotEqualTo("delete_my_data");
        assertThat(intent.strong()).as(text).isFalse();
        assertThat(menu.type(CHAT, text)).as(text).doesNotContain("borrar_datos");
    }
}
