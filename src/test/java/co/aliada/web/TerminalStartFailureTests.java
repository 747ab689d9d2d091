package co.aliada.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import co.aliada.telegram.ChildApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar aliada.jar chat} sends its log to a file, so that log lines never land in the conversation; a
 * start that fails (started from a folder without the content, say) must still say why on the terminal, and end
 * with a failure status. In a JVM of its own: the failed start leaves the logging set for the terminal.
 */
class TerminalStartFailureTests {

    @TempDir
    Path dir;
    private ChildApp app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.kill();
        }
    }

    @Test
    void aStartThatFailsSaysWhyOnTheTerminal() throws IOException {
        Path output = dir.resolve("terminal.txt");

        app = ChildApp.run("co.aliada.AliadaApplication", dir, output, List.of("chat"));

        await().atMost(Duration.ofMinutes(2)).until(() -> !app.isAlive());
        assertThat(app.exitValue()).isEqualTo(1);
        assertThat(Files.readString(output)).contains("catalog: folder not found", dir.resolve("catalog").toString(),
                "intents: folder not found", TerminalChat.LOG).doesNotContain("\tat co.aliada");
    }
}
