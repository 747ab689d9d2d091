package co.aliada.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A content file's lines, to show an admin the line a problem is on; none when it cannot be read. */
final class SourceLines {

    private SourceLines() {
    }

    static List<String> of(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
