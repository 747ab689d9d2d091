package co.aliada.admin;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.aliada.catalog.TestCatalogs;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCatalogTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void passesTheShippedCatalogueWithAOneLineSummary() {
        assertThat(ValidateCommand.run(new String[] {TestContent.CATALOG.toString()}, print())).isZero();
        assertThat(output()).isEqualTo("OK: catalogue: 4 pillars, 29 services, 7 institutions\n");
    }

    @Test
    void printsFileLineAndWhatIsWrongAndFails(@TempDir Path dir) {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "institutions.yml", TestCatalogs.INSTITUTIONS.replace("[mp-market-entry]", "[mp-nothing]"));
        assertThat(ValidateCommand.run(new String[] {dir.toString()}, print())).isEqualTo(1);
        assertThat(output()).contains(dir.resolve("institutions.yml") + ":8: institution 'unicauca' offers service 'mp-nothing'")
                .contains("1 problem found");
    }

    @Test
    void namesAFileNotSavedAsUtf8WithItsLineAndPrintsNoStackTrace(@TempDir Path dir) throws IOException {
        org.springframework.util.FileSystemUtils.copyRecursively(TestContent.CATALOG, dir);
        latin1(dir.resolve("services/market-positioning.yml"));
        latin1(dir.resolve("synonyms-es.txt"));

        assertThat(ValidateCommand.run(new String[] {dir.toString()}, print())).isEqualTo(1);
        assertThat(output())
                .contains(dir.resolve("services/market-positioning.yml") + ":6: this file is not saved as UTF-8")
                .contains(dir.resolve("synonyms-es.txt") + ":1: this file is not saved as UTF-8")
                .contains("save it as UTF-8 in your editor")
                .doesNotContain("Exception").doesNotContain("Input length");
    }

    /**
     * A broken file was reported with the parser's English ("while scanning a simple key … could not find
     * expected ':'") and on another line than the parser's own; now the line is the one with the mistake and
     * the admin reads what is wrong in plain words, in the admin's language, the parser's finding as a hint.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a missing colon  | 4  | '    pillar: '  | '    pillar '    | Falta «:» después de un nombre de campo | could not find expected ':'
            a tab            | 20 | '        - '    | '\\t- '          | Hay un tabulador                        | found character '\\t(TAB)'
            an unclosed quote| 6  | '      es: '    | '      es: "'    | Unas comillas se abren y no se cierran  | found unexpected end of stream
            bad indentation  | 7  | '      en: '    | '     en: '      | La sangría (los espacios al inicio)     | expected <block end>
            """)
    void saysAYamlMistakeInPlainWordsOnTheLineThatHasIt(String mistake, int line, String was, String is, String plain,
                                                         String hint, @TempDir Path dir) throws IOException {
        org.springframework.util.FileSystemUtils.copyRecursively(TestContent.CATALOG, dir);
        Path services = dir.resolve("services/market-positioning.yml");
        List<String> lines = new ArrayList<>(Files.readAllLines(services));
        assertThat(lines.get(line - 1)).startsWith(was);
        lines.set(line - 1, is.replace("\\t", "\t") + lines.get(line - 1).substring(was.length()));
        Files.write(services, lines);

        assertThat(ValidateCommand.run(new String[] {dir.toString()}, print(), "es")).isEqualTo(1);
        assertThat(output()).startsWith(services + ":" + line + ": " + plain).contains("(YAML: ").contains(hint)
                .doesNotContain("in reader").doesNotContain("line ");
    }

    private static void latin1(Path file) throws IOException {
        Files.writeString(file, Files.readString(file), StandardCharsets.ISO_8859_1);
    }

    private PrintStream print() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
