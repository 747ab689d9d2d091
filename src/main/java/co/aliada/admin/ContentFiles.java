package co.aliada.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import co.aliada.content.ContentProblem;
import co.aliada.content.FolderFiles;
import org.springframework.util.FileSystemUtils;

/**
 * Replaces one content file with a version an admin sent, only when the whole folder would still load
 * with it; keeps the replaced file as a dated backup so that the change can be undone. Files are found
 * by name under the catalogue and intents folders ({@code services/market-positioning.yml} or, where the
 * name alone is ambiguous, by the relative path).
 */
final class ContentFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final String ORIGIN = "origin.txt";

    /** One content folder that admins may change, with its name in backups. */
    record Root(String name, Path dir) {
    }

    /** Where an uploaded name points. */
    sealed interface Target permits Found, Unknown, Ambiguous {
    }

    record Found(Root root, String relative) implements Target {
        Path file() {
            return root.dir().resolve(relative);
        }
    }

    record Unknown(List<String> examples) implements Target {
    }

    record Ambiguous(List<String> paths) implements Target {
    }

    /** What undo restored. */
    record Restored(Root root, String relative) {
    }

    private final List<Root> roots;
    private final Path backups;
    private final Clock clock;

    ContentFiles(List<Root> roots, Path backups, Clock clock) {
        this.roots = List.copyOf(roots);
        this.backups = backups.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** Finds the existing file an upload replaces: by relative path when given, else by its name alone. */
    Target find(String fileName, String hint) {
        String wanted = hint != null && !hint.isBlank() ? hint.strip() : fileName;
        List<Found> matches = new ArrayList<>();
        for (Root root : roots) {
            for (Path file : files(root.dir())) {
                String relative = root.dir().relativize(file).toString().replace('\\', '/');
                if (relative.equals(wanted) || (root.name() + "/" + relative).equals(wanted)
                        || (!wanted.contains("/") && file.getFileName().toString().equals(wanted))) {
                    matches.add(new Found(root, relative));
                }
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            return new Unknown(roots.stream().flatMap(r -> files(r.dir()).stream().limit(2)
                    .map(f -> f.getFileName().toString())).toList());
        }
        return new Ambiguous(matches.stream().map(f -> f.root().name() + "/" + f.relative()).toList());
    }

    /** The problems the folder would have with this file replaced; nothing on disk changes. */
    List<ContentProblem> check(Found target, byte[] content) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("aliada-upload");
            Path copy = scratch.resolve(target.root().dir().getFileName().toString());
            FileSystemUtils.copyRecursively(target.root().dir(), copy);
            Files.write(copy.resolve(target.relative()), content);
            return ValidateCommand.check(copy, new ArrayList<>());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (scratch != null) {
                try {
                    FileSystemUtils.deleteRecursively(scratch);
                } catch (IOException e) {
                    // a temporary folder left behind harms nothing
                }
            }
        }
    }

    /** Keeps the current file as a dated backup, then puts the new one in place in one move. */
    void replace(Found target, byte[] content) {
        try {
            Path backup = backups.resolve(STAMP.format(clock.instant()));
            Files.createDirectories(backup);
            Files.copy(target.file(), backup.resolve(target.file().getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            Files.writeString(backup.resolve(ORIGIN), target.root().name() + "\n" + target.relative() + "\n");
            writeInPlace(target.file(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts back the file of the latest backup and forgets that backup; empty when there is none. */
    Optional<Restored> undo() {
        try {
            Optional<Path> latest = latestBackup();
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            List<String> origin = Files.readAllLines(latest.get().resolve(ORIGIN));
            Root root = roots.stream().filter(r -> r.name().equals(origin.get(0))).findFirst().orElseThrow();
            Path saved;
            try (Stream<Path> list = Files.list(latest.get())) {
                saved = list.filter(p -> !p.getFileName().toString().equals(ORIGIN)).findFirst().orElseThrow();
            }
            writeInPlace(root.dir().resolve(origin.get(1)), Files.readAllBytes(saved));
            FileSystemUtils.deleteRecursively(latest.get());
            return Optional.of(new Restored(root, origin.get(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Path> latestBackup() throws IOException {
        if (!Files.isDirectory(backups)) {
            return Optional.empty();
        }
        try (Stream<Path> list = Files.list(backups)) {
            return list.filter(p -> Files.isRegularFile(p.resolve(ORIGIN))).max(Comparator.comparing(Path::getFileName));
        }
    }

    /** Written beside the target under a name no loader reads, then moved over it: readers never see half a file. */
    private static void writeInPlace(Path file, byte[] content) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".upload");
        Files.write(temp, content);
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        return FolderFiles.under(dir).stream().filter(p -> !p.getFileName().toString().startsWith("."))
                .filter(p -> p.getFileName().toString().matches(".*\\.(ya?ml|txt)")).toList();
    }
}
