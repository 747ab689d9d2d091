package co.aliada.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A text file whose emoji fell where the YAML parser's 1,024-character window ends was refused with an
 * IndexOutOfBoundsException (and, at start, kept the bot from starting): adding one line to escalation.yml did it.
 */
class YamlDocumentTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"", "", "'"})
    void anEmojiAtAnyPlaceInTheFileIsRead(String quote) {
        for (int before = 980; before <= 1060; before++) {
            String value = "x".repeat(before) + "🙋 hola";
            String yaml = "key:\n  es: " + quote + value + quote + "\n  en: " + quote + "🎯 " + value + quote + "\n";
            YamlDocument doc = YamlDocument.parse(yaml, "texts/test.yml");
            assertThat(doc.root().get("key").get("es").asString()).as("emoji after %d characters", before).isEqualTo(value);
            assertThat(doc.root().get("key").get("en").asString()).isEqualTo("🎯 " + value);
            assertThat(doc.lineOf("/key/en")).isEqualTo(3);
        }
    }
}
