package co.aliada.intent;

import java.util.List;

import co.aliada.content.TestContent;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IntentModelTests {

    static final List<String> COMMANDS = List.of("help", "talk_to_human", "restart", "continue", "change_language",
            "my_data", "delete_my_data", "my_challenges", "summary");
    static final IntentModel SHIPPED = IntentFiles.load(TestContent.INTENTS);

    private final IntentClassifier classifier = new IntentClassifier(() -> SHIPPED);

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            buenas tardes, cómo le va       | es | greet
            hello good morning               | en | greet
            no entiendo cómo funciona        | es | help
            how do i use this bot            | en | help
            necesito hablar con un asesor    | es | talk_to_human
            can i speak to a real person     | en | talk_to_human
            quiero empezar de nuevo          | es | restart
            let's start over                 | en | restart
            sigamos donde íbamos             | es | continue
            let's keep going                 | en | continue
            hábleme en inglés                | es | change_language
            switch to spanish please         | en | change_language
            muchas gracias                   | es | thanks
            thank you so much                | en | thanks
            chao, nos vemos                  | es | goodbye
            bye, see you later               | en | goodbye
            sí, claro                        | es | affirm
            yes of course                    | en | affirm
            no gracias                       | es | deny
            no thanks                        | en | deny
            qué datos tienen de mí           | es | my_data
            what data do you have about me   | en | my_data
            borren mis datos                 | es | delete_my_data
            please erase my data             | en | delete_my_data
            quiero ver mis retos             | es | my_challenges
            show my saved challenges         | en | my_challenges
            cuál es mi nivel de innovación   | es | summary
            show me my results               | en | summary
            cuénteme un chiste               | es | out_of_scope
            will it rain tomorrow            | en | out_of_scope
            quiero exportar café             | es | challenge
            llevo los pedidos en un cuaderno | es | challenge
            i want to sell my products online| en | challenge
            tengo un problema con mis ventas | es | challenge
            i have a problem with my sales   | en | challenge
            mas info del 2                   | es | help
            ya le dije, quiero vender por internet | es | challenge
            """)
    void recognisesEachIntentInBothLanguages(String text, String lang, String intent) {
        assertThat(classifier.classify(text, lang).id()).isEqualTo(intent);
    }

    /** "quiero cambiar la respuesta de la pregunta 2" showed the language picker: "cambiar" alone names no language. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            quiero cambiar la respuesta de la pregunta 2 | es
            cambiar respuesta                            | es
            quiero cambiar el municipio                  | es
            quiero cambiar mi reto                       | es
            i want to change my answer                   | en
            """)
    void aWishToChangeSomethingThatNamesNoLanguageIsNoWishForAnotherLanguage(String text, String lang) {
        assertThat(classifier.classify(text, lang).id()).isNotEqualTo("change_language");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            cambiar idioma             | es
            quiero cambiar el idioma   | es
            en ingles por favor        | es
            change the language please | en
            """)
    void aWishThatNamesALanguageStillChangesIt(String text, String lang) {
        assertThat(classifier.classify(text, lang).id()).isEqualTo("change_language");
    }

    @Test
    void understandsTheOtherLanguageWhateverTheChatLanguage() {
        assertThat(classifier.classify("i want to talk to a person", "es").id()).isEqualTo("talk_to_human");
        assertThat(classifier.classify("quiero hablar con una persona", "en").id()).isEqualTo("talk_to_human");
    }

    @Test
    void toleratesMissingAccentsStretchedLettersAndTypos() {
        assertThat(classifier.classify("ayudaaaa", "es").id()).isEqualTo("help");
        assertThat(classifier.classify("kiero hablar con un asesr", "es").id()).isEqualTo("talk_to_human");
        assertThat(classifier.classify("borrar mis datos", "es").id()).isEqualTo("delete_my_data");
    }

    @Test
    void commandIntentsAreStrongEnoughToInterruptAQuestion() {
        Understanding.Intent intent = classifier.classify("quiero hablar con una persona", "es");
        assertThat(intent.strong()).isTrue();
        assertThat(classifier.classify("reiniciar", "es").strong()).isTrue();
    }

    @Test
    void smallTalkIsNeverStrong() {
        assertThat(classifier.classify("gracias", "es").strong()).isFalse();
        assertThat(classifier.classify("sí", "es").strong()).isFalse();
    }

    @Test
    void placeNamesAndGibberishAreNotUnderstood() {
        assertThat(classifier.classify("Popayán", "es")).isEqualTo(Understanding.Intent.NONE);
        assertThat(classifier.classify("Santander de Quilichao", "es").recognised()).isFalse();
        assertThat(classifier.classify("asdfgh", "es").recognised()).isFalse();
    }

    @Test
    void keepsTheRankingEvenWhenNothingPassesTheThreshold() {
        Classification result = classifier.rank("hay alguien?? holaaa asesor", "es");
        assertThat(result.ranked()).isNotEmpty();
        Classification weak = classifier.rank("el Tambo", "es");
        assertThat(weak.intent()).isNull();
        assertThat(weak.score()).isLessThan(IntentModel.THRESHOLD);
    }

    @Test
    void numbersAndPunctuationCarryNoIntent() {
        assertThat(classifier.rank("3", "es")).isEqualTo(Classification.NOTHING);
        assertThat(classifier.rank("310 456 7890", "es")).isEqualTo(Classification.NOTHING);
        assertThat(classifier.rank("?!...", "es")).isEqualTo(Classification.NOTHING);
    }

    @Test
    void emojisAreUnderstoodOnlyWhenAPhraseHasThem() {
        assertThat(classifier.classify("👍", "es").id()).isEqualTo("affirm");
        assertThat(classifier.classify("🙏", "en").id()).isEqualTo("thanks");
        assertThat(classifier.classify("🤔", "es").recognised()).isFalse();
    }

    @Test
    void aLongTextIsADescriptionNotACommand() {
        String longText = "quiero hablar con una persona sobre mi negocio de café, " + "vendemos en la plaza ".repeat(20);
        assertThat(longText.length()).isGreaterThan(IntentModel.MAX_COMMAND_LENGTH);
        assertThat(classifier.classify(longText, "es").strong()).isFalse();
        String huge = "necesito vender más café ".repeat(2000);
        assertThat(classifier.classify(huge, "es").id()).isEqualTo("challenge");
    }
}
