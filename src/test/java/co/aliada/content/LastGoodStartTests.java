package co.aliada.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import co.aliada.conversation.Texts;
import co.aliada.conversation.TextsLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/** Broken files on disk at start: the bot starts with the last content that passed, says so, and takes the fix live. */
class LastGoodStartTests {

    @TempDir
    Path work;
    Path intents;
    Path kept;

    @BeforeEach
    void copy() throws IOException {
        intents = work.resolve("intents");
        kept = work.resolve("data/content-last-good");
        FileSystemUtils.copyRecursively(TestContent.INTENTS, intents);
    }

    @Test
    void startsWithTheLastContentThatPassedWhenTheFilesOnDiskAreBroken() throws IOException {
        start().close(); // a good start keeps a copy
        Path core = intents.resolve("texts/core.yml");
        String good = Files.readString(core);
        Files.writeString(core, good.replaceFirst("start.greeting:", "start.greeting: es: x:"));

        ContentPart<Texts> texts = part();
        LiveContent content = live(texts);
        content.load();

        assertThat(content.servingLastGood()).isTrue();
        assertThat(texts.get().get("start.greeting", "es")).contains("Aliada");
        assertThat(content.lastError(intents.toAbsolutePath().normalize())).hasValueSatisfying(error ->
                assertThat(error.summary()).contains("texts/core.yml"));

        List<ContentSnapshot> accepted = new ArrayList<>();
        content.onAccepted(accepted::add);
        Files.writeString(core, good); // the fix restores exactly what is served

        assertThat(content.reload(intents.toAbsolutePath().normalize())).isTrue();
        assertThat(content.lastErrors()).isEmpty();
        assertThat(content.servingLastGood()).isFalse();
        assertThat(accepted).as("a fix is news even when it changes no part").hasSize(1);
        content.close();
    }

    @Test
    void doesNotStartOnBrokenFilesWithoutACopyThatPassed() throws IOException {
        Path core = intents.resolve("texts/core.yml");
        Files.writeString(core, Files.readString(core).replaceFirst("start.greeting:", "start.greeting: es: x:"));

        LiveContent content = live(part());

        assertThatThrownBy(content::load).isInstanceOf(ContentException.class).hasMessageContaining("texts/core.yml");
        assertThat(kept.resolve("intents")).doesNotExist();
    }

    private LiveContent start() {
        LiveContent content = live(part());
        content.load();
        assertThat(kept.resolve("intents/texts/core.yml")).exists();
        return content;
    }

    private ContentPart<Texts> part() {
        return TextsLoader.part(intents);
    }

    private LiveContent live(ContentPart<?> part) {
        return new LiveContent(List.of(part), Runnable::run, Duration.ofMillis(50), Clock.systemUTC()).keepingLastGood(kept);
    }
}
