package co.aliada.content;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The content tests read: a fixed copy of the catalogue and intents under {@code src/test/resources/content}
 * (the Spring tests get the same folders from {@code config/application.properties}), and live content
 * built around parts without Spring.
 */
public final class TestContent {

    public static final Path ROOT = Path.of("src/test/resources/content");
    public static final Path INTENTS = ROOT.resolve("intents");
    public static final Path CATALOG = ROOT.resolve("catalog");

    /** Watchers run on their own daemon threads; closing the live content ends them. */
    private static final Executor THREADS = task -> {
        Thread thread = new Thread(task, "test-content");
        thread.setDaemon(true);
        thread.start();
    };

    private TestContent() {
    }

    /** Live content holding these parts, loaded now, not watched: tests call {@code reload} themselves. */
    public static LiveContent loaded(ContentPart<?>... parts) {
        LiveContent content = new LiveContent(List.of(parts), THREADS, Duration.ofMillis(50), Clock.systemUTC());
        content.load();
        return content;
    }

    /** Live content holding these parts, loaded now and watching their folders. */
    public static LiveContent watched(ContentPart<?>... parts) {
        return loaded(parts).watch();
    }

    /** Live content loading in the background, as the application starts it. */
    public static LiveContent started(ContentPart<?>... parts) {
        return new LiveContent(List.of(parts), THREADS, Duration.ofMillis(50), Clock.systemUTC()).start();
    }
}
