package co.aliada.telegram;

import java.nio.file.Files;
import java.nio.file.Path;

import co.aliada.content.ContentException;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TelegramContentTests {

    @Test
    void shippedTextsDescribeEveryCommand() {
        assertThat(TelegramContent.check(TestContent.INTENTS)).isEqualTo("12 commands described");
    }

    @Test
    void missingOrTooLongDescriptionIsNamed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("texts"));
        Files.writeString(dir.resolve("texts/telegram.yml"), """
                telegram.command.start:
                  es: "Empezar"
                  en: "%s"
                """.formatted("x".repeat(300)));

        assertThatThrownBy(() -> TelegramContent.check(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("telegram.command.ayuda").hasMessageContaining("over 256 characters");
    }
}
