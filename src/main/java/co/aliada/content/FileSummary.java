package co.aliada.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * "9 services" for a list of entries with ids under a top-level key ("15 questions, 6 areas, 5 levels" for
     * several such lists), else the count of top-level keys or of lines.
     */
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
        List<String> lists = new ArrayList<>();
        String key = null;
        int indent = -1;
        long items = 0;
        for (String line : lines) {
            if (TOP_KEY.matcher(line).matches()) {
                addList(lists, key, items);
                java.util.regex.Matcher list = LIST_KEY.matcher(line);
                key = list.matches() ? list.group(1) : null;
                indent = -1;
                items = 0;
            } else if (key != null && ITEM.matcher(line).find()) {
                int at = line.indexOf('-');
                if (indent < 0) {
                    indent = at;
                }
                if (at == indent) { // an entry of this list, not one nested in an entry
                    items++;
                }
            }
        }
        addList(lists, key, items);
        if (!lists.isEmpty()) {
            return String.join(", ", lists);
        }
        return count(Stream.of(lines).filter(l -> TOP_KEY.matcher(l).matches()).count(), "entry");
    }

    private static void addList(List<String> lists, String key, long items) {
        if (key != null && items > 0) {
            lists.add(items + " " + (items == 1 && key.endsWith("s") ? key.substring(0, key.length() - 1) : key));
        }
    }

    private static String count(long n, String what) {
        return n + " " + (n == 1 ? what : what.endsWith("y") ? what.substring(0, what.length() - 1) + "ies" : what + "s");
    }
}
