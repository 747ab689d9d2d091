package co.aliada.content;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Content read from a folder that admins edit while the bot runs. A change is debounced, loaded
 * and validated beside the live content, and swapped in atomically; readers holding the old
 * snapshot finish with it. A change that fails validation leaves the old content serving and is
 * kept as {@link #lastError()}. Catalogue, intents and texts all reload through this one class.
 */
public final class HotReload<T> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HotReload.class);
    private static final Duration FIRST_LOAD_TIMEOUT = Duration.ofMinutes(2);
    /** How long a folder must stay quiet after an edit before it is reloaded: editors save in several steps. */
    public static final Duration DEBOUNCE = Duration.ofMillis(300);

    private final String name;
    private final Path dir;
    private final Function<Path, T> loader;
    private final Duration debounce;
    private final Clock clock;
    private final AtomicReference<Loaded<T>> current = new AtomicReference<>();
    private final AtomicReference<Failure> lastError = new AtomicReference<>();
    private final List<Consumer<Loaded<T>>> onReload = new CopyOnWriteArrayList<>();
    private final List<Consumer<Failure>> onFailure = new CopyOnWriteArrayList<>();
    private volatile WatchService watcher;
    private final CountDownLatch firstLoad = new CountDownLatch(1);
    private volatile ContentException firstFailure;

    /** A change that was refused, and why. */
    public record Failure(Instant at, List<ContentProblem> problems) {
        public String summary() {
            return String.join("\n", problems.stream().map(ContentProblem::toString).toList());
        }
    }

    public HotReload(String name, Path dir, Function<Path, T> loader, Duration debounce, Clock clock) {
        this.name = name;
        this.dir = dir.toAbsolutePath().normalize();
        this.loader = loader;
        this.debounce = debounce;
        this.clock = clock;
    }

    /** Loads the content once, failing with every problem found; the bot does not start on broken content. */
    public synchronized HotReload<T> load() {
        try {
            if (!Files.isDirectory(dir)) {
                throw new ContentException(ContentProblem.inFile(dir.toString(), "folder not found"));
            }
            current.set(new Loaded<>(loader.apply(dir), ContentHash.of(dir), clock.instant()));
            return this;
        } catch (ContentException e) {
            firstFailure = e;
            throw e;
        } finally {
            firstLoad.countDown();
        }
    }

    /**
     * Loads on a background thread so that start-up goes on meanwhile (building the indexes is the
     * slow part of starting); {@link #current()} and {@link #awaitLoaded} wait for it.
     */
    public HotReload<T> loadInBackground() {
        Thread thread = new Thread(() -> {
            try {
                load();
            } catch (ContentException e) {
                log.error("{} could not be loaded:\n{}", name, e.getMessage());
            } catch (RuntimeException e) {
                firstFailure = new ContentException(ContentProblem.inFile(name, String.valueOf(e.getMessage())));
                log.error("{} could not be loaded", name, e);
            }
        }, "load-" + name);
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Waits for the first load; throws its problems when it failed, or when it takes longer than the timeout. */
    public Loaded<T> awaitLoaded(Duration timeout) {
        try {
            if (!firstLoad.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ContentException(ContentProblem.inFile(name, "still loading after " + timeout.toSeconds() + " s"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContentException(ContentProblem.inFile(name, "interrupted while loading"));
        }
        if (firstFailure != null && current.get() == null) {
            throw firstFailure;
        }
        return current.get();
    }

    /** Loads again now; returns false (and keeps the old content) when the new content is invalid. */
    public synchronized boolean reload() {
        try {
            String version = ContentHash.of(dir);
            Loaded<T> live = current.get();
            if (live != null && live.version().equals(version)) {
                return true;
            }
            Loaded<T> fresh = new Loaded<>(loader.apply(dir), version, clock.instant());
            current.set(fresh);
            lastError.set(null);
            log.info("{} reloaded, version {}", name, version);
            onReload.forEach(listener -> listener.accept(fresh));
            return true;
        } catch (ContentException e) {
            refuse(e.problems());
        } catch (RuntimeException e) {
            refuse(List.of(ContentProblem.inFile(name, String.valueOf(e.getMessage()))));
        }
        return false;
    }

    private void refuse(List<ContentProblem> problems) {
        Failure failure = new Failure(clock.instant(), problems);
        lastError.set(failure);
        log.warn("{} change refused, the previous version keeps serving:\n{}", name, failure.summary());
        onFailure.forEach(listener -> listener.accept(failure));
    }

    public Loaded<T> current() {
        Loaded<T> loaded = current.get();
        return loaded != null ? loaded : awaitLoaded(FIRST_LOAD_TIMEOUT);
    }

    public boolean isLoaded() {
        return current.get() != null;
    }

    public Optional<Failure> lastError() {
        return Optional.ofNullable(lastError.get());
    }

    public Path dir() {
        return dir;
    }

    public String name() {
        return name;
    }

    public void onReload(Consumer<Loaded<T>> listener) {
        onReload.add(listener);
    }

    public void onFailure(Consumer<Failure> listener) {
        onFailure.add(listener);
    }

    /** Starts watching the folder (and its subfolders) on a daemon thread. */
    public HotReload<T> watch() {
        try {
            watcher = FileSystems.getDefault().newWatchService();
            registerTree();
        } catch (IOException e) {
            log.warn("{}: cannot watch {} for changes ({}); edits apply after a restart", name, dir, e.getMessage());
            return this;
        }
        Thread thread = new Thread(this::watchLoop, "reload-" + name);
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void registerTree() throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watchLoop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                drain(key);
                // Editors write a file in several steps: wait until the folder is quiet.
                WatchKey more;
                while ((more = watcher.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                registerTree();
                reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.warn("{}: stopped watching for changes: {}", name, e.getMessage());
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }
}
