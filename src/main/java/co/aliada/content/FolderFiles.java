package co.aliada.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files under a content folder, the one way every reader of a folder lists them: through links too (a deployment
 * may link the content folder to a release folder, and a listing that did not follow it saw an empty folder).
 */
public final class FolderFiles {

    private FolderFiles() {
    }

    /** Every regular file under the folder, sorted; a folder that cannot be walked is an {@link UncheckedIOException}. */
    public static List<Path> under(Path dir) {
        try (Stream<Path> all = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
