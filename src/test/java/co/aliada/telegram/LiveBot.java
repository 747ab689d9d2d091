package co.aliada.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.aliada.AliadaApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The whole application on an H2 file, long-polling a {@link BotApiDouble} with the consultants' group
 * configured; it can be stopped and started again on the same file and the same double, as a restart would.
 */
final class LiveBot implements AutoCloseable {

    static final long GROUP = -100_777_000L;
    private static LiveBot shared;
    private static final Map<String, String> FAST_OUTBOX = Map.of("aliada.outbox.chat-per-second", "100",
            "aliada.outbox.chat-burst", "10", "aliada.outbox.group-per-minute", "6000", "aliada.outbox.poll", "100ms");

    private final BotApiDouble api;
    private final Path dir;
    private final List<String> settings;
    private ConfigurableApplicationContext context;

    LiveBot(BotApiDouble api, Path dir) {
        this(api, dir, List.of());
    }

    /** @param settings more {@code --name=value} arguments, such as follow-up delays of seconds */
    LiveBot(BotApiDouble api, Path dir, List<String> settings) {
        this.api = api;
        this.dir = dir;
        this.settings = List.copyOf(settings);
    }

    /**
     * One bot for every end-to-end class of the run (each start costs seconds), with its own double and
     * database; it stops when the test JVM does.
     */
    static synchronized LiveBot shared() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("aliada-e2e");
                BotApiDouble api = new BotApiDouble();
                shared = new LiveBot(api, dir).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    shared.close();
                    api.close();
                    FileSystemUtils.deleteRecursively(dir.toFile());
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    BotApiDouble api() {
        return api;
    }

    LiveBot start() {
        // as arguments, which win over application.properties
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--aliada.telegram.token=" + BotApiDouble.TOKEN, "--aliada.telegram.base-url=" + api.baseUrl(),
                "--aliada.telegram.consultants-chat-id=" + GROUP,
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("aliada").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE"));
        // Telegram's pace (a message a second per chat, twenty a minute per group) is the outbox tests' business;
        // here it would only make each journey wait, so it is raised unless a test sets it itself
        FAST_OUTBOX.forEach((name, value) -> {
            if (settings.stream().noneMatch(setting -> setting.startsWith("--" + name + "="))) {
                args.add("--" + name + "=" + value);
            }
        });
        args.addAll(settings);
        context = new SpringApplicationBuilder(AliadaApplication.class).run(args.toArray(String[]::new));
        return this;
    }

    /** Stops the application and starts a new one on the same database and Bot API. */
    void restart() {
        close();
        start();
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
