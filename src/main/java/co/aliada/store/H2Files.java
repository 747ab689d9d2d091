package co.aliada.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database's files: kept readable by the owner only, and compacted after an erasure.
 * H2 writes changes as new pages and leaves old ones in the file until it reuses the space, so erased
 * text stays readable there; compacting the file online rewrites the live pages together and truncates
 * the rest, which is what makes an erasure real. On PostgreSQL none of this applies (autovacuum).
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

    /** Rewrites the file so that deleted rows leave no trace in it; runs while the application serves. */
    static void compact(DataSource dataSource, int maxMillis) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            JdbcConnection h2 = connection.unwrap(JdbcConnection.class);
            if (h2.getSession() instanceof SessionLocal session && session.getDatabase().getStore() != null) {
                var store = session.getDatabase().getStore();
                // other connections pause meanwhile: moving chunks must not race with writers
                try (var statement = connection.createStatement()) {
                    statement.execute("SET EXCLUSIVE 1");
                    var mv = store.getMvStore();
                    int retention = mv.getRetentionTime();
                    try {
                        // old chunks reusable at once (for these few seconds only), every chunk holding dead rows
                        // rewritten, then live chunks moved to the start and the file cut: nothing erased remains
                        mv.setRetentionTime(0);
                        for (int pass = 0; pass < 3; pass++) {
                            mv.compact(100, Integer.MAX_VALUE);
                            mv.commit();
                            store.compactFile(maxMillis);
                        }
                    } finally {
                        mv.setRetentionTime(retention);
                        statement.execute("SET EXCLUSIVE 0");
                    }
                }
            }
        }
    }
}
