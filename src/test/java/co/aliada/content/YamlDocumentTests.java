package co.aliada.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /**
     * Malformed YAML was reported on the line of the last value the parser had read (a missing ':' on line 4
     * said ":3 … in reader, line 4, column 5"), and the parser's own "in reader, line …" phrases named still
     * other lines. The headline is now the line a text editor shows with the mistake, and nothing contradicts it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a missing colon after a key     | 3 | '    pillar market-positioning'        | could not find expected ':'
            a tab used for indentation      | 9 | '\\t- exportar'                        | found character '\\t(TAB)'
            an unclosed quote               | 5 | '      es: "Investigación de mercados' | found unexpected end of stream
            a line indented less than above | 6 | '     en: Market research'              | expected <block end>
            a key indented more than above  | 4 | '     name:'                            | mapping values are not allowed
            """)
    void namesTheLineWithTheMistakeAndNoOther(String mistake, int line, String written, String parserSays) {
        List<String> lines = new ArrayList<>(List.of("services:", "  - id: mp-market-entry", "    pillar: market-positioning",
                "    name:", "      es: Investigación de mercados", "      en: Market research", "    keywords:",
                "      es:", "        - exportar", "        - exportar cafe"));
        lines.set(line - 1, written.replace("\\t", "\t"));

        ContentException e = catchThrowableOfType(ContentException.class,
                () -> YamlDocument.parse(String.join("\n", lines) + "\n", "services/x.yml"));

        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).startsWith("malformed YAML: ").contains(parserSays)
                    .doesNotContain("in reader").doesNotContain("line ").doesNotContain("\n");
        });
    }
}
