package co.aliada.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateIntentsTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int validate(String dir) {
        return ValidateCommand.run(new String[] {dir}, new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @Test
    void acceptsTheShippedIntents() {
        assertThat(validate(TestContent.INTENTS.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("intents: 16 intents");
    }

    @Test
    void reportsABrokenIntentsFileWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("nlu"));
        Files.writeString(dir.resolve("nlu/basics.yml"), """
                greet:
                  es: [hola]
                  en: []
                """);

        assertThat(validate(dir.toString())).isEqualTo(1);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains(dir.resolve("nlu/basics.yml") + ":3: intent 'greet' has an empty English (en) phrase list");
        assertThat(printed).contains("intent 'talk_to_human' is missing; the bot relies on it");
    }

    @Test
    void failsWhenATextsFileTheBotUsesIsMissing(@TempDir Path dir) throws IOException {
        org.springframework.util.FileSystemUtils.copyRecursively(TestContent.INTENTS, dir);
        Files.delete(dir.resolve("texts/core.yml"));

        assertThat(validate(dir.toString())).isEqualTo(1);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains(dir.resolve("texts/core.yml") + ": this file was removed").contains("start.greeting")
                .doesNotContain("Exception");
    }
}
