package co.aliada.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A copy of each content folder as it last passed validation, kept with the data: the bot starts with
 * it when the files on disk are broken, rather than not at all. Copied aside and then moved into
 * place, so a crash mid-copy leaves the previous copy whole.
 */
final class LastGood {

    static final LastGood NONE = new LastGood(null);
    private static final Logger log = LoggerFactory.getLogger(LastGood.class);

    private final Path root;

    LastGood(Path root) {
        this.root = root == null ? null : root.toAbsolutePath().normalize();
    }

    void keep(Path folder) {
        if (root == null) {
            return;
        }
        Path target = root.resolve(String.valueOf(folder.getFileName()));
        Path fresh = root.resolve("." + folder.getFileName() + ".new");
        Path old = root.resolve("." + folder.getFileName() + ".old");
        try {
            Files.createDirectories(root);
            FileSystemUtils.deleteRecursively(fresh);
            FileSystemUtils.copyRecursively(folder, fresh);
            FileSystemUtils.deleteRecursively(old);
            if (Files.exists(target)) {
                Files.move(target, old);
            }
            Files.move(fresh, target);
            FileSystemUtils.deleteRecursively(old);
        } catch (IOException | RuntimeException e) {
            log.warn("could not keep a copy of {} in {}: {}", folder, root, e.toString());
        }
    }

    Optional<Path> of(Path folder) {
        if (root == null) {
            return Optional.empty();
        }
        Path copy = root.resolve(String.valueOf(folder.getFileName()));
        if (Files.isDirectory(copy)) {
            return Optional.of(copy);
        }
        Path old = root.resolve("." + folder.getFileName() + ".old"); // a crash between the two moves
        return Files.isDirectory(old) ? Optional.of(old) : Optional.empty();
    }
}
