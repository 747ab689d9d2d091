package co.aliada.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database's folder and files, kept readable by the owner only. (H2 writes changes as
 * new pages and leaves old ones in the file until it reuses the space, so erased text stays readable
 * there until the file is compacted: see {@link StorageWipe}. On PostgreSQL none of this applies.)
 */
final class H2Files {

    private static final Logger log = LoggerFactory.getLogger(H2Files.class);
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private final Path dir;

    private H2Files(Path dir) {
        this.dir = dir;
    }

    /** The folder of a file database URL ({@code jdbc:h2:file:./data/aliada;…}), if it is one. */
    static Optional<H2Files> of(String url) {
        if (url == null || !(url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:./") || url.startsWith("jdbc:h2:/"))) {
            return Optional.empty();
        }
        String path = url.substring(url.startsWith("jdbc:h2:file:") ? "jdbc:h2:file:".length() : "jdbc:h2:".length());
        int options = path.indexOf(';');
        Path file = Path.of(options < 0 ? path : path.substring(0, options).replace("~", System.getProperty("user.home")));
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Optional.empty() : Optional.of(new H2Files(parent));
    }

    Path dir() {
        return dir;
    }

    /** Before H2 creates anything: the folder exists and only the owner may enter it. */
    void prepare() {
        try {
            Files.createDirectories(dir);
            restrict();
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("could not restrict the database folder to its owner: {}", e.getClass().getSimpleName());
        }
    }

    /** The folder 0700, its files 0600. */
    void restrict() {
        try (Stream<Path> files = Files.list(dir)) {
            Files.setPosixFilePermissions(dir, DIR);
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file)) {
                    Files.setPosixFilePermissions(file, FILE);
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("could not restrict the database files to their owner: {}", e.getClass().getSimpleName());
        }
    }
}
