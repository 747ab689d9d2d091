package co.aliada.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

/** A short hash of files under a folder, so admins can tell which content is live and reloads skip what did not change. */
final class ContentHash {

    private ContentHash() {
    }

    static String of(Path dir) {
        return of(dir, relative -> true);
    }

    /** The hash of the files whose path relative to {@code dir} passes {@code which}. */
    static String of(Path dir, Predicate<Path> which) {
        try {
            List<Path> sorted = FolderFiles.under(dir).stream().filter(f -> which.test(dir.relativize(f))).toList();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : sorted) {
                sha.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
