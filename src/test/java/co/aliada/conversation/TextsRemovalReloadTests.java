package co.aliada.conversation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import co.aliada.content.ContentPart;
import co.aliada.content.LiveContent;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

class TextsRemovalReloadTests {

    @TempDir
    Path root;
    private Path intents;
    private Path kept;
    private LiveContent content;

    @BeforeEach
    void start() throws IOException {
        intents = root.resolve("intents");
        kept = root.resolve("last-good");
        FileSystemUtils.copyRecursively(TestContent.INTENTS, intents);
    }

    @AfterEach
    void stop() throws IOException {
        if (content != null) {
            content.close();
        }
    }

    private ContentPart<Texts> load() {
        ContentPart<Texts> part = TextsLoader.part(intents);
        content = new LiveContent(List.of(part), Runnable::run, Duration.ofMillis(50), Clock.systemUTC())
                .keepingLastGood(kept);
        content.load();
        return part;
    }

    @Test
    void refusesAReloadThatRemovesAFileOfTextsTheBotUses() throws IOException {
        ContentPart<Texts> part = load();
        Texts before = part.get();

        Files.delete(intents.resolve("texts/core.yml"));

        assertThat(content.reload(part.dir())).isFalse();
        assertThat(part.get()).isSameAs(before);
        assertThat(part.get().has("start.greeting")).isTrue();
        assertThat(part.lastError()).hasValueSatisfying(error -> assertThat(error.summary())
                .contains("texts/core.yml: this file was removed").contains("start.greeting").contains("more"));
        assertThat(kept.resolve("intents/texts/core.yml")).exists();
    }

    @Test
    void refusesAFileThatNoLongerHoldsSomeOfItsTexts() throws IOException {
        ContentPart<Texts> part = load();
        Path core = intents.resolve("texts/core.yml");
        Files.writeString(core, Files.readString(core).replace("\nstart.greeting:", "\nstart.greetings:"));

        assertThat(content.reload(part.dir())).isFalse();
        assertThat(part.lastError()).hasValueSatisfying(error -> assertThat(error.summary())
                .contains("texts/core.yml: 1 text the bot uses is missing: start.greeting"));
    }

    @Test
    void acceptsTextsMovedToAnotherFileAndAnExtraTextRemoved() throws IOException {
        Files.writeString(intents.resolve("texts/zz-extra.yml"), "extra.hello:\n  es: Hola\n  en: Hi\n");
        ContentPart<Texts> part = load();
        Path core = intents.resolve("texts/core.yml");
        Files.move(core, intents.resolve("texts/moved.yml"));
        Files.delete(intents.resolve("texts/zz-extra.yml"));

        assertThat(content.reload(part.dir())).isTrue();
        assertThat(part.get().has("start.greeting")).isTrue();
    }
}
