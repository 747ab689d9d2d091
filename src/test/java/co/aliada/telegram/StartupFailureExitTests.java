package co.aliada.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * Issue 15: an application that cannot start (a refused text on disk, no copy that passed) ends its JVM
 * at once, so that a supervisor restarts it instead of waiting. It runs through Spring's own main, not
 * Aliada's (which exits explicitly), so that nothing the application started may keep the JVM alive:
 * the Bot API client had already made its first call, whose HTTP threads idled for a minute.
 */
class StartupFailureExitTests {

    /** Far below the minute the idle HTTP threads lingered, far above a JVM's ordinary exit. */
    static final Duration EXIT = Duration.ofSeconds(20);

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
    void theJvmEndsPromptlyAfterTheApplicationFailedToStart() throws IOException {
        Path intents = dir.resolve("intents");
        FileSystemUtils.copyRecursively(TestContent.INTENTS, intents);
        Files.writeString(intents.resolve("texts/zz-broken.yml"), "broken.unclosed:\n  es: \"<b>Hola\"\n  en: \"<b>Hi</b>\"\n");
        Path log = dir.resolve("child.log");

        app = ChildApp.run("org.springframework.boot.SpringApplication", dir, log, List.of(
                "--spring.main.sources=co.aliada.AliadaApplication",
                "--server.port=0", "--server.address=127.0.0.1",
                "--aliada.intents.dir=" + intents, "--aliada.catalog.dir=" + TestContent.CATALOG.toAbsolutePath(),
                // a token, so the Bot API client makes its calls (to a port where nobody answers)
                "--aliada.telegram.token=123456:TEST-token", "--aliada.telegram.base-url=http://127.0.0.1:9"));

        await().atMost(Duration.ofMinutes(3)).until(() -> Files.readString(log).contains("APPLICATION FAILED TO START") || !app.isAlive());
        // the admin reads the file, the line and what to do, not a stack trace
        assertThat(Files.readString(log)).contains("APPLICATION FAILED TO START", "zz-broken.yml:2", "<b> is never closed", "validate")
                .doesNotContain("\tat co.aliada");
        await().atMost(EXIT).until(() -> !app.isAlive());
    }
}
