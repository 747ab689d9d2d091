package co.aliada.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.aliada.content.ContentProblem;
import co.aliada.conversation.Html;
import co.aliada.conversation.Texts;

/**
 * Content problems as an admin reads them in a chat: the first few, each with its file and line, the
 * YAML parser's jargon said in plain words in the admin's language, and the offending line shown with
 * its neighbours, numbers aligned, so the admin sees what to fix without opening a terminal.
 */
final class ProblemLines {

    static final int MAX = 10;
    /** Parser phrases (SnakeYAML's, through Jackson) → the text that says them plainly. */
    private static final Map<String, String> PLAIN = Map.of(
            "mapping values are not allowed", "admin.yaml.colon",
            "could not find expected ':'", "admin.yaml.missing-colon",
            "found character '\\t(TAB)'", "admin.yaml.tab",
            "found unexpected end of stream", "admin.yaml.unclosed-quote",
            "did not find expected key", "admin.yaml.indent",
            "expected <block end>", "admin.yaml.indent",
            "found duplicate key", "admin.yaml.duplicate");

    /** Checks' own messages with values in them → the text that says them in the admin's language, by group. */
    private static final Map<Pattern, Phrase> PHRASES = Map.of(
            Pattern.compile("^text '(.+)' \\((es|en)\\) uses the placeholder (\\{\\w+}), which the bot does not fill in this text; it fills none$"),
            new Phrase("admin.check.no-placeholder", "key", "lang", "placeholder"),
            Pattern.compile("^text '(.+)' \\((es|en)\\) uses the placeholder (\\{\\w+}), which the bot does not fill in this text; it fills (\\{.+)$"),
            new Phrase("admin.check.placeholder", "key", "lang", "placeholder", "filled"),
            Pattern.compile("^the text after '#' is read as a comment, so the value is only \"(.*)\"; if the '#' belongs to the value, "
                    + "put the value in quotes: (\".*\")$"),
            new Phrase("admin.check.comment", "kept", "quoted"),
            // the slips admins make most: a text left in one language, an id mistyped or repeated
            Pattern.compile("^text '(.+)' is missing its Spanish \\(es\\) version$"), new Phrase("admin.check.missing-es", "key"),
            Pattern.compile("^text '(.+)' is missing its English \\(en\\) version$"), new Phrase("admin.check.missing-en", "key"),
            Pattern.compile("^duplicate \\w+ id '(.+)': already used at (.+)$"), new Phrase("admin.check.duplicate-id", "id", "at"),
            Pattern.compile("^institution '(.+)' offers service '(.+)', which does not exist$"),
            new Phrase("admin.check.unknown-offer", "institution", "service"),
            Pattern.compile("^(\\w+) names service '(.+)', which does not exist$"), new Phrase("admin.check.unknown-lift", "list", "service"),
            Pattern.compile("^service '(.+)' points at pillar '(.+)', which does not exist \\(pillars: (.+)\\)$"),
            new Phrase("admin.check.unknown-pillar", "service", "pillar", "pillars"));

    /** A text key and the names its placeholders take from a message's groups, in order. */
    private record Phrase(String key, String... names) {
    }

    private ProblemLines() {
    }

    /**
     * @param texts  where the plain words come from; null leaves parser messages as they are
     * @param source the lines of a problem's file, or an empty list when it cannot be read
     */
    static String of(List<ContentProblem> problems, String lang, Texts texts, Function<String, List<String>> source) {
        List<String> out = new ArrayList<>();
        for (ContentProblem p : problems.stream().limit(MAX).toList()) {
            StringBuilder entry = new StringBuilder("• <code>").append(Html.escape(p.line() > 0 ? p.file() + ":" + p.line() : p.file()))
                    .append("</code> ").append(Html.escape(plain(p.message(), lang, texts)));
            List<String> lines = p.line() > 0 ? source.apply(p.file()) : List.of();
            if (p.line() <= lines.size()) {
                entry.append("\n<pre>").append(Html.escape(excerpt(lines, p.line()))).append("</pre>");
            }
            out.add(entry.toString());
        }
        if (problems.size() > MAX) {
            out.add("… +" + (problems.size() - MAX));
        }
        return String.join("\n", out);
    }

    static String plain(String message, String lang, Texts texts) {
        if (texts == null) {
            return message;
        }
        for (Map.Entry<Pattern, Phrase> known : PHRASES.entrySet()) {
            Matcher said = known.getKey().matcher(message);
            if (said.matches()) {
                Object[] values = new Object[known.getValue().names().length * 2];
                for (int i = 0; i < known.getValue().names().length; i++) {
                    values[2 * i] = known.getValue().names()[i];
                    values[2 * i + 1] = said.group(i + 1);
                }
                return texts.get(known.getValue().key(), lang, values);
            }
        }
        return parserWords(message, lang, texts);
    }

    /** A malformed-YAML message whose cause is common said plainly, the parser's finding kept as a hint. */
    static String parserWords(String message, String lang, Texts texts) {
        if (texts == null) {
            return message;
        }
        for (Map.Entry<String, String> known : PLAIN.entrySet()) {
            if (message.contains(known.getKey())) {
                return texts.get(known.getValue(), lang) + " (YAML: " + message.replaceFirst("^malformed YAML: ", "").strip() + ")";
            }
        }
        return message;
    }

    /** The line before, the line itself (marked) and the line after, numbers right-aligned. */
    static String excerpt(List<String> lines, int line) {
        int from = Math.max(1, line - 1);
        int to = Math.min(lines.size(), line + 1);
        int width = String.valueOf(to).length();
        StringBuilder text = new StringBuilder();
        for (int n = from; n <= to; n++) {
            String shown = lines.get(n - 1);
            text.append(n == line ? "▶ " : "  ").append(String.format("%" + width + "d", n)).append(" │ ")
                    .append(shown.length() > 80 ? shown.substring(0, 79) + "…" : shown);
            if (n < to) {
                text.append('\n');
            }
        }
        return text.toString();
    }
}
