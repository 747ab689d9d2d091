package co.aliada.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The content files of a folder, each with what it holds in a few words ("9 services", "85 lines"), so that
 * a file that disappears can be told plainly: an admin recognises a file by what was in it.
 */
final class FileSummary {

    private static final Pattern LIST_KEY = Pattern.compile("^([a-z][a-z_-]*):\\s*(#.*)?$");
    private static final Pattern ITEM = Pattern.compile("^\\s*- id:");
    private static final Pattern TOP_KEY = Pattern.compile("^[^\\s#-][^:]*:.*$");

    private FileSummary() {
    }

    /** File (relative to the folder) to what it holds, for its {@code .yml}, {@code .yaml} and {@code .txt} files. */
    static Map<String, String> of(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try {
            FolderFiles.under(dir).stream().filter(FileSummary::isContent)
                    .forEach(file -> files.put(dir.relativize(file).toString(), holds(file)));
        } catch (UncheckedIOException e) {
            // a folder that cannot be listed is the loaders' to report
        }
        return files;
    }

    private static boolean isContent(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".txt");
    }

    /** "9 services" for a list of entries with ids under one key, else the count of top-level keys or of lines. */
    private static String holds(Path file) {
        String[] lines;
        try {
            lines = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\n");
        } catch (IOException e) {
            return "content that could not be read";
        }
        long used = Stream.of(lines).map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
        if (file.getFileName().toString().endsWith(".txt")) {
            return count(used, "line");
        }
        String listKey = Stream.of(lines).map(LIST_KEY::matcher).filter(java.util.regex.Matcher::matches)
                .map(m -> m.group(1)).findFirst().orElse(null);
        long items = Stream.of(lines).filter(l -> ITEM.matcher(l).find()).count();
        if (listKey != null && items > 0) {
            return items + " " + (items == 1 && listKey.endsWith("s") ? listKey.substring(0, listKey.length() - 1) : listKey);
        }
        return count(Stream.of(lines).filter(l -> TOP_KEY.matcher(l).matches()).count(), "entry");
    }

    private static String count(long n, String what) {
        return n + " " + (n == 1 ? what : what.endsWith("y") ? what.substring(0, what.length() - 1) + "ies" : what + "s");
    }
}
