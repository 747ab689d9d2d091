package co.aliada.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds values that YAML cuts at a {@code #}: in {@code address: calle 4 # 2-67} everything from the
 * {@code #} on is a comment, so the bot would serve "calle 4". Such a line is almost always a mistake
 * when the value is text, so it is reported with its line; quoting the value keeps the {@code #}.
 * Lines inside block texts ({@code |} and {@code >}) are text, not comments, and are left alone.
 */
public final class YamlComments {

    private static final Pattern KEY = Pattern.compile("^([A-Za-z0-9_.\\-/]+(?: [A-Za-z0-9_.\\-/]+)*):(?:\\s+(.*))?$");
    private static final Pattern BLOCK_START = Pattern.compile(".*:\\s*[|>][-+0-9]*\\s*(#.*)?$|^\\s*-\\s+[|>][-+0-9]*\\s*$");

    private YamlComments() {
    }

    /** The plain (unquoted, inline) value of a line, or null when it has none. */
    private static String value(String line) {
        String rest = line;
        while (rest.startsWith("- ")) {
            rest = rest.substring(2).stripLeading();
        }
        if (rest.isEmpty() || rest.startsWith("#")) {
            return null;
        }
        Matcher key = KEY.matcher(rest);
        if (key.matches()) {
            rest = key.group(2) == null ? "" : key.group(2);
        }
        boolean quotedOrStructured = rest.isEmpty() || "'\"[{|>&*!%#".indexOf(rest.charAt(0)) >= 0;
        return quotedOrStructured ? null : rest;
    }

    /** Where a comment starts in a plain value: a '#' after a space. */
    private static int commentStart(String value) {
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) == '#' && Character.isWhitespace(value.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    /** The warnings of every YAML file under a content folder, file names relative to it, in file order. */
    public static List<ContentProblem> inFolder(Path dir) {
        List<ContentProblem> warnings = new ArrayList<>();
        try {
            for (Path file : FolderFiles.under(dir).stream()
                    .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).toList()) {
                warnings.addAll(warnings(Files.readString(file), dir.relativize(file).toString()));
            }
        } catch (IOException | UncheckedIOException e) {
            // an unreadable file is the loaders' problem to report, with its name
        }
        return warnings;
    }

    public static List<ContentProblem> warnings(String text, String file) {
        List<ContentProblem> warnings = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int blockIndent = -1;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].replace("\r", "");
            int indent = line.length() - line.stripLeading().length();
            if (blockIndent >= 0) {
                if (line.isBlank() || indent > blockIndent) {
                    continue;
                }
                blockIndent = -1;
            }
            if (BLOCK_START.matcher(line).matches()) {
                blockIndent = indent;
                continue;
            }
            String value = value(line.strip());
            int comment = value == null ? -1 : commentStart(value);
            if (comment > 0 && value.substring(0, comment).chars().anyMatch(Character::isLetter)) {
                String kept = value.substring(0, comment).strip();
                warnings.add(new ContentProblem(file, n + 1, "the text after '#' is read as a comment, so the value is only \""
                        + kept + "\"; if the '#' belongs to the value, put the value in quotes: \"" + value.strip() + "\""));
            }
        }
        return warnings;
    }
}
