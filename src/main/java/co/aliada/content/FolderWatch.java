package co.aliada.content;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one content folder and its subfolders, and runs {@code onChange} once the folder has been
 * quiet for the debounce time. Nothing that goes wrong while reacting to a change stops the watching:
 * only {@link #close()} does.
 */
final class FolderWatch implements Runnable, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FolderWatch.class);

    private final Path dir;
    private final Duration debounce;
    private final Runnable onChange;
    private volatile WatchService service;
    private volatile boolean watching;

    FolderWatch(Path dir, Duration debounce, Runnable onChange) {
        this.dir = dir;
        this.debounce = debounce;
        this.onChange = onChange;
    }

    /** Registers the folder tree; false (and a warning) when the file system cannot watch it. */
    boolean open() {
        try {
            service = FileSystems.getDefault().newWatchService();
            registerTree();
            return true;
        } catch (IOException e) {
            log.warn("cannot watch {} for changes ({}); edits apply after a restart", dir, e.getMessage());
            return false;
        }
    }

    @Override
    public void run() {
        watching = true;
        try {
            while (true) {
                try {
                    awaitQuietChange();
                    registerTree(); // a folder made since the last walk
                    onChange.run();
                } catch (ClosedWatchServiceException e) {
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    log.warn("reacting to a change in {} failed; still watching", dir, e);
                }
            }
        } finally {
            watching = false;
        }
    }

    boolean watching() {
        return watching;
    }

    private void awaitQuietChange() throws InterruptedException {
        drain(service.take());
        // Editors write a file in several steps: wait until the folder is quiet.
        WatchKey more;
        while ((more = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            drain(more);
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    /**
     * Registers every folder it can reach, through links too (a deployment may link the content folder to a release
     * folder); one removed while walking, or a link that loops, is skipped, not fatal.
     */
    private void registerTree() {
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
                    return register(service, folder) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            log.warn("could not walk {} to watch it: {}", dir, e.getMessage());
        }
    }

    /** Registers one folder; false when it is gone (removed mid-walk) or cannot be watched. */
    static boolean register(WatchService service, Path folder) {
        try {
            folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            return true;
        } catch (IOException e) {
            log.debug("not watching {}: {}", folder, e.toString());
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (service != null) {
            service.close();
        }
    }
}
