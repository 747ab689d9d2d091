package co.aliada.intent;

import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WrittenLanguageTests {

    private final Understanding understanding = new IntentClassifier(() -> IntentModelTests.SHIPPED);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hello                                              | en
            Hi, I need help with my business                   | en
            hello, can you help me sell my coffee online?      | en
            we grow cacao and want to export it                | en
            Hola, I need some help                             | en
            hola                                               | es
            Buenas tardes, necesito ayuda con mi negocio       | es
            kiero vender mi cafe x internet                    | es
            QUÉ DATOS TIENEN DE MÍ                             | es
            tengo una tienda de artesanías en Silvia, ok?      | es
            """)
    void tellsTheLanguageAMessageIsWrittenIn(String text, String lang) {
        assertThat(understanding.writtenIn(text)).isEqualTo(lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "👍", "3", "Pedro Pérez", "", "wifi"})
    void saysNothingWhenTheWordsDoNotTell(String text) {
        assertThat(understanding.writtenIn(text)).isNull();
    }

    @Test
    void wordsOfBothLanguagesInTheSameMeasureDoNotTell() {
        // one plain word of each: neither leads
        assertThat(understanding.writtenIn("hola hello")).isNull();
    }
}
