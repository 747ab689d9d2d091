package co.aliada.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All the content the bot serves (texts, intents, self-check questions, challenge content, catalogue
 * and its index) as one {@link ContentSnapshot}. A change to a folder is debounced; the parts reading
 * the changed files are built and validated beside the live snapshot, and the new snapshot is swapped
 * in whole. A change with any problem changes nothing: the old snapshot keeps serving and the problems
 * are kept, with file and line, as the folder's {@link #lastError}. Listeners hear of accepted and
 * refused changes; {@link #reloadNow()} is there for admins who do not want to wait for the watcher.
 */
public final class LiveContent implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveContent.class);
    /** How long a folder must stay quiet after an edit before it is reloaded: editors save in several steps. */
    public static final Duration DEBOUNCE = Duration.ofMillis(300);
    static final Duration PATIENCE = Duration.ofMinutes(2);

    private final Map<Path, List<ContentPart<?>>> byFolder = new LinkedHashMap<>();
    private final Executor tasks;
    private final Duration debounce;
    private final Clock clock;
    private final AtomicReference<ContentSnapshot> live = new AtomicReference<>();
    private final CompletableFuture<ContentSnapshot> firstLoad = new CompletableFuture<>();
    private final Map<Path, RefusedChange> lastErrors = new ConcurrentHashMap<>();
    private final List<Consumer<ContentSnapshot>> onAccepted = new CopyOnWriteArrayList<>();
    private final List<Consumer<RefusedChange>> onRefused = new CopyOnWriteArrayList<>();
    private final Map<Path, List<ContentProblem>> warnings = new ConcurrentHashMap<>();
    private final List<Consumer<ContentWarnings>> onWarned = new CopyOnWriteArrayList<>();
    private final Map<Path, FolderWatch> watches = new ConcurrentHashMap<>();
    /** The content files of each folder as last served, with what each held: a file that disappears is told. */
    private final Map<Path, Map<String, String>> servedFiles = new ConcurrentHashMap<>();
    private volatile LastGood lastGood = LastGood.NONE;
    private volatile boolean servingLastGood;

    public LiveContent(Collection<ContentPart<?>> parts, Executor tasks, Duration debounce, Clock clock) {
        this.tasks = tasks;
        this.debounce = debounce;
        this.clock = clock;
        for (ContentPart<?> part : parts) {
            part.bind(this);
            byFolder.computeIfAbsent(part.dir(), dir -> new ArrayList<>()).add(part);
        }
    }

    /**
     * Keeps a copy of every folder that passed under this directory (beside the data), so that the bot
     * can start with it when the files on disk are broken.
     */
    public LiveContent keepingLastGood(Path dir) {
        this.lastGood = new LastGood(dir);
        return this;
    }

    /** Loads on a background task, so that start-up goes on meanwhile, and watches every folder. */
    public LiveContent start() {
        tasks.execute(() -> {
            try {
                load();
            } catch (ContentException e) {
                log.error("content could not be loaded:\n{}", e.getMessage());
            }
        });
        watch();
        return this;
    }

    /** Loads every part now; fails with every problem found, and the bot does not start on broken content. */
    public synchronized ContentSnapshot load() {
        try {
            ContentSnapshot first;
            try {
                first = build(null, byFolder.keySet(), folder -> folder);
                byFolder.keySet().forEach(lastGood::keep);
                byFolder.keySet().forEach(folder -> servedFiles.put(folder, FileSummary.of(folder)));
            } catch (ContentException broken) {
                first = fromLastGood(broken);
            }
            live.set(first);
            byFolder.keySet().stream().filter(folder -> !lastErrors.containsKey(folder)).forEach(this::warnAbout);
            firstLoad.complete(first);
            return first;
        } catch (RuntimeException | Error e) {
            // Recorded before anyone waiting is released: no reader ever sees "loaded" without content.
            ContentException failure = e instanceof ContentException c ? c
                    : new ContentException(ContentProblem.inFile("content", String.valueOf(e)));
            firstLoad.completeExceptionally(failure);
            throw failure;
        }
    }

    /**
     * The files on disk are refused: each broken folder is read from the last copy that passed, and its
     * problems stay as the folder's last error until a fix is accepted. Without such a copy the first
     * problems stand and the bot does not start.
     */
    private ContentSnapshot fromLastGood(ContentException broken) {
        Map<Path, Path> sources = new HashMap<>();
        Map<Path, List<ContentProblem>> problems = new LinkedHashMap<>();
        for (Path folder : byFolder.keySet()) {
            try {
                build(null, List.of(folder), f -> f);
                sources.put(folder, folder);
            } catch (ContentException e) {
                Path copy = lastGood.of(folder).orElseThrow(() -> broken);
                sources.put(folder, copy);
                problems.put(folder, e.problems());
            }
        }
        ContentSnapshot first = build(null, byFolder.keySet(), sources::get);
        sources.forEach((folder, source) -> servedFiles.put(folder, FileSummary.of(source)));
        problems.forEach((folder, found) -> {
            RefusedChange refused = new RefusedChange(String.valueOf(folder.getFileName()), clock.instant(), found);
            lastErrors.put(folder, refused);
            log.error("\n********************************************************************************\n"
                    + "{} on disk is refused: the bot STARTS WITH THE LAST CONTENT THAT PASSED, kept in {}.\n"
                    + "Fix these problems and save; the fix goes live without a restart:\n{}\n"
                    + "********************************************************************************",
                    folder, sources.get(folder), refused.summary());
        });
        servingLastGood = true;
        return first;
    }

    /** Whether some folder is served from the last copy that passed because its files on disk are refused. */
    public boolean servingLastGood() {
        return servingLastGood && !lastErrors.isEmpty();
    }

    /** Starts one watcher per folder on the content task executor. */
    public LiveContent watch() {
        for (Path folder : byFolder.keySet()) {
            FolderWatch watch = new FolderWatch(folder, debounce, () -> reload(folder));
            if (watch.open()) {
                watches.put(folder, watch);
                tasks.execute(watch);
            }
        }
        return this;
    }

    /** Reads every folder again now; false when any change was refused. */
    public boolean reloadNow() {
        boolean accepted = true;
        for (Path folder : byFolder.keySet()) {
            accepted &= reload(folder);
        }
        return accepted;
    }

    /**
     * Reads one folder again; false (and the old content keeps serving) when the change is refused. A content file
     * the served content was read from that is gone is refused, even when what remains would pass: a file deleted by
     * mistake (the institutions, the negation cues) must not quietly change what the bot answers. Only the parts
     * that judge their own files by what they hold (the texts, by key) take such a removal. To do without a file
     * on purpose, restart the bot: at start the files are taken as they are.
     */
    public synchronized boolean reload(Path folder) {
        ContentSnapshot before = live.get();
        if (before == null) {
            return false; // the first load reads the files as they are
        }
        if (!Files.isDirectory(folder)) {
            refuse(folder, List.of(ContentProblem.inFile(name(folder), "folder not found; put it back: the bot keeps serving it as it was")));
            return false;
        }
        Map<String, String> served = servedFiles.getOrDefault(folder, Map.of());
        Map<String, String> now = FileSummary.of(folder);
        Map<String, String> removed = new LinkedHashMap<>(served);
        removed.keySet().removeAll(now.keySet());
        Map<String, String> guarded = new LinkedHashMap<>(removed);
        guarded.keySet().removeIf(file -> !guarded(folder, file));
        try {
            ContentSnapshot next = build(before, List.of(folder), f -> f);
            if (!guarded.isEmpty()) {
                refuse(folder, removedFirst(guarded, List.of()));
                return false;
            }
            servedFiles.put(folder, now);
            // a fix that restores the served files changes no part, yet it is news: the error is gone
            boolean fixed = lastErrors.remove(folder) != null;
            lastGood.keep(folder);
            boolean changed = next.parts().entrySet().stream().anyMatch(e -> before.parts().get(e.getKey()) != e.getValue());
            live.set(next);
            if (changed || fixed) {
                log.info("{} reloaded, version {}", folder.getFileName(), next.version(folder));
                tell(onAccepted, next);
            }
            warnAbout(folder);
            warnRemoved(folder, removed);
            return true;
        } catch (ContentException e) {
            // a removal a part took (an admin's texts file) is not why: the problems speak for themselves
            refuse(folder, guarded.isEmpty() ? e.problems() : removedFirst(guarded, e.problems()));
        } catch (RuntimeException e) {
            refuse(folder, List.of(ContentProblem.inFile(name(folder), String.valueOf(e))));
        }
        return false;
    }

    /** Whether a removed file is the reload's to refuse: some part reads it and does not judge removals itself. */
    private boolean guarded(Path folder, String file) {
        Path relative = Path.of(file);
        return byFolder.get(folder).stream().anyMatch(part -> part.reads(relative) && !part.judgesRemovals());
    }

    private static String name(Path folder) {
        return String.valueOf(folder.getFileName());
    }

    /** The parts reading files that changed are built again; the others are carried over as they are. */
    private ContentSnapshot build(ContentSnapshot before, Collection<Path> folders, java.util.function.UnaryOperator<Path> source) {
        Map<ContentPart<?>, Loaded<?>> parts = before == null ? new HashMap<>() : new HashMap<>(before.parts());
        Map<Path, String> versions = before == null ? new HashMap<>() : new HashMap<>(before.versions());
        Problems problems = new Problems();
        Instant now = clock.instant();
        for (Path folder : folders) {
            Path dir = source.apply(folder);
            if (!Files.isDirectory(dir)) {
                // only at the first load (a reload meets a missing folder earlier): the operator's own path, in the log
                problems.add(name(folder), 0, "folder not found (looked for " + dir.toAbsolutePath()
                        + "; start the bot from the folder that holds it, or name it with aliada.catalog.dir / aliada.intents.dir)");
                continue;
            }
            versions.put(folder, ContentHash.of(dir));
            for (ContentPart<?> part : byFolder.get(folder)) {
                String version = ContentHash.of(dir, part::reads);
                Loaded<?> old = parts.get(part);
                if (old != null && old.version().equals(version)) {
                    continue;
                }
                try {
                    parts.put(part, new Loaded<>(part.loadFrom(dir), version, now));
                } catch (ContentException e) {
                    problems.addAll(e.problems());
                } catch (UncheckedIOException e) {
                    problems.addAll(List.of(ContentText.unreadable(e.getCause(), dir, part.name())));
                }
            }
        }
        problems.throwIfAny();
        return new ContentSnapshot(parts, versions, now);
    }

    /**
     * Files saved straight to disk get the warnings an upload gets: what serves but was probably not meant
     * (a value cut at a '#'). Each is logged and told once, not again at every reload of the folder.
     */
    private void warnAbout(Path folder) {
        List<ContentProblem> found = YamlComments.inFolder(folder);
        List<ContentProblem> before = warnings.getOrDefault(folder, List.of());
        warnings.put(folder, found);
        List<ContentProblem> fresh = found.stream().filter(w -> before.stream()
                .noneMatch(old -> old.file().equals(w.file()) && old.message().equals(w.message()))).toList();
        if (!fresh.isEmpty()) {
            ContentWarnings warned = new ContentWarnings(String.valueOf(folder.getFileName()), fresh);
            log.warn("{} serves, but check this; it may not be what was meant:\n{}", folder, warned.summary());
            tell(onWarned, warned);
        }
    }

    /**
     * A file that disappeared is said first and plainly, with what it held, rather than only through what its
     * absence breaks elsewhere (an institution offering a service that no longer exists). What the loaders say of
     * the file itself ("file not found") goes, and the problems elsewhere, which most likely follow from the removal,
     * are counted after it: once the file is back, any that remain are told. The texts say themselves which texts
     * the bot uses went with a file; their lines stand.
     */
    private static List<ContentProblem> removedFirst(Map<String, String> removed, List<ContentProblem> problems) {
        List<ContentProblem> all = new ArrayList<>();
        removed.forEach((file, held) -> all.add(ContentProblem.inFile(file, "this file was removed (it held " + held
                + "); put it back: the bot keeps serving it as it was")));
        List<ContentProblem> elsewhere = new ArrayList<>();
        for (ContentProblem problem : problems) {
            if (problem.message().startsWith("this file was removed")) {
                all.add(problem); // the texts', naming the texts the bot uses that went with it
            } else if (!removed.containsKey(problem.file())) {
                elsewhere.add(problem);
            }
        }
        if (!elsewhere.isEmpty()) {
            int n = elsewhere.size();
            boolean one = removed.size() == 1;
            all.add(ContentProblem.inFile(all.get(0).file(), "and " + n + " more problem" + (n == 1 ? "" : "s")
                    + " in other files, most likely because of " + (one ? "this removal" : "these removals")
                    + ": put " + (one ? "it" : "them") + " back first"));
        }
        return all;
    }

    /**
     * A file whose removal a part judged and took (an admin's own texts file) is never quiet either: the admins
     * hear which file went and what it held, as a warning.
     */
    private void warnRemoved(Path folder, Map<String, String> removed) {
        if (removed.isEmpty()) {
            return;
        }
        List<ContentProblem> found = new ArrayList<>();
        removed.forEach((file, held) -> found.add(ContentProblem.inFile(file, "this file was removed (it held " + held
                + "); the bot now works without it: put it back if that was not meant")));
        ContentWarnings warned = new ContentWarnings(String.valueOf(folder.getFileName()), found);
        log.warn("{} serves, but check this; it may not be what was meant:\n{}", folder, warned.summary());
        tell(onWarned, warned);
    }

    private void refuse(Path folder, List<ContentProblem> problems) {
        RefusedChange refused = new RefusedChange(String.valueOf(folder.getFileName()), clock.instant(), problems);
        lastErrors.put(folder, refused);
        log.warn("change to {} refused, the previous version keeps serving:\n{}", folder, refused.summary());
        tell(onRefused, refused);
    }

    /** A listener that throws is logged and skipped: it must not stop the others nor the watching. */
    private static <E> void tell(List<Consumer<E>> listeners, E event) {
        for (Consumer<E> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("a content listener failed", e);
            }
        }
    }

    /** The snapshot being served; waits for the first load. */
    public ContentSnapshot current() {
        ContentSnapshot snapshot = live.get();
        return snapshot != null ? snapshot : awaitLoaded(PATIENCE);
    }

    /** Waits for the first load; throws its problems when it failed, or when it takes longer than the timeout. */
    public ContentSnapshot awaitLoaded(Duration timeout) {
        try {
            return firstLoad.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof ContentException c ? c
                    : new ContentException(ContentProblem.inFile("content", String.valueOf(e.getCause())));
        } catch (TimeoutException e) {
            throw new ContentException(ContentProblem.inFile("content", "still loading after " + timeout.toSeconds() + " s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContentException(ContentProblem.inFile("content", "interrupted while loading"));
        }
    }

    public boolean isLoaded() {
        return live.get() != null;
    }

    /** The last refused change of a folder, while its files on disk are not the ones served. */
    public Optional<RefusedChange> lastError(Path folder) {
        return Optional.ofNullable(lastErrors.get(folder));
    }

    /** Every folder whose last change was refused. */
    public Map<Path, RefusedChange> lastErrors() {
        return Map.copyOf(lastErrors);
    }

    /** What the files a folder serves probably did not mean (a value cut at a '#'); empty when nothing. */
    public List<ContentProblem> warnings(Path folder) {
        return warnings.getOrDefault(folder, List.of());
    }

    public List<Path> folders() {
        return List.copyOf(byFolder.keySet());
    }

    /** Whether a folder's watcher is running (false when the file system cannot watch it). */
    public boolean watching(Path folder) {
        FolderWatch watch = watches.get(folder);
        return watch != null && watch.watching();
    }

    public void onAccepted(Consumer<ContentSnapshot> listener) {
        onAccepted.add(listener);
    }

    public void onRefused(Consumer<RefusedChange> listener) {
        onRefused.add(listener);
    }

    /** Hears of warnings a change brought (not of those the folder already had). */
    public void onWarned(Consumer<ContentWarnings> listener) {
        onWarned.add(listener);
    }

    @Override
    public void close() throws IOException {
        for (FolderWatch watch : watches.values()) {
            watch.close();
        }
    }
}
