package co.aliada.conversation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.aliada.content.Problems;
import co.aliada.content.TelegramHtml;
import co.aliada.content.YamlDocument;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code texts/*.yml} under the intents folder. Each top-level key maps to {@code es} and
 * {@code en}; a missing language, an unknown one, a key defined twice or an empty file is refused
 * with its file and line, and so are texts the bot uses that are missing ({@link ShippedTexts}).
 */
public final class TextsLoader {

    public static final String FOLDER = "texts";

    private TextsLoader() {
    }

    /**
     * The texts as a part of the live content. Its files are judged by their keys, not one by one: texts may move
     * to another file and an admin's own file may go, while a change that loses a text the bot uses is refused.
     */
    public static co.aliada.content.ContentPart<Texts> part(Path intentsDir) {
        return co.aliada.content.ContentPart.of("texts", intentsDir, TextsLoader::load, FOLDER).judgingRemovedFiles();
    }

    /** The texts the bot serves: each file valid, and every text the bot uses there. */
    public static Texts load(Path intentsDir) {
        return read(intentsDir, true);
    }

    /** The texts as the files hold them, each file valid, with no check that the bot's own are all there. */
    public static Texts read(Path intentsDir) {
        return read(intentsDir, false);
    }

    private static Texts read(Path intentsDir, boolean complete) {
        Problems problems = new Problems();
        java.util.Set<String> unread = new java.util.HashSet<>();
        Map<String, Map<String, String>> texts = new HashMap<>();
        Map<String, String> definedIn = new HashMap<>();
        for (Path file : YamlDocument.filesIn(intentsDir.resolve(FOLDER))) {
            String name = intentsDir.relativize(file).toString();
            YamlDocument doc;
            try {
                doc = YamlDocument.read(file, name);
            } catch (co.aliada.content.ContentException e) {
                problems.addAll(e.problems());
                unread.add(name);
                continue;
            }
            JsonNode root = doc.root();
            if (!root.isObject() || root.isEmpty()) {
                problems.add(name, doc.lineOf(""), "expected keys with es and en texts, found nothing");
                unread.add(name);
                continue;
            }
            for (Map.Entry<String, JsonNode> entry : root.properties()) {
                String key = entry.getKey();
                String at = "/" + key.replace("~", "~0").replace("/", "~1");
                if (definedIn.containsKey(key)) {
                    problems.add(name, doc.lineOf(at), "text '" + key + "' is already defined in " + definedIn.get(key));
                    continue;
                }
                definedIn.put(key, name);
                Map<String, String> versions = readVersions(entry.getValue(), name, key, at, doc, problems);
                texts.put(key, versions);
            }
        }
        if (texts.isEmpty() && problems.isEmpty()) {
            problems.add(FOLDER, 0, "no texts found: the bot has nothing to say");
        } else if (complete) {
            // a file that cannot be read is reported as such, not once more for every text it holds
            Problems missing = new Problems();
            ShippedTexts.required().missing(texts.keySet(), intentsDir.resolve(FOLDER), missing);
            missing.list().stream().filter(p -> !unread.contains(p.file())).forEach(p -> problems.add(p.file(), p.line(), p.message()));
        }
        problems.throwIfAny();
        return new Texts(texts);
    }

    private static Map<String, String> readVersions(JsonNode node, String file, String key, String at,
                                                    YamlDocument doc, Problems problems) {
        Map<String, String> versions = new LinkedHashMap<>();
        if (!node.isObject()) {
            problems.add(file, doc.lineOf(at), "text '" + key + "' needs es: and en: under it");
            return versions;
        }
        for (Map.Entry<String, JsonNode> lang : node.properties()) {
            if (!List.of(Texts.SPANISH, Texts.ENGLISH).contains(lang.getKey())) {
                problems.add(file, doc.lineOf(at + "/" + lang.getKey()),
                        "text '" + key + "' has unknown language '" + lang.getKey() + "' (use es or en)");
            } else if (!lang.getValue().isString() || lang.getValue().asString().isBlank()) {
                problems.add(file, doc.lineOf(at + "/" + lang.getKey()),
                        "text '" + key + "' has an empty " + lang.getKey() + " version");
            } else {
                String text = lang.getValue().asString().strip();
                int line = doc.lineOf(at + "/" + lang.getKey());
                // Telegram answers 400 to a message whose HTML it cannot parse, and the message is lost
                TelegramHtml.problems(text).forEach(problem ->
                        problems.add(file, line, "text '" + key + "' (" + lang.getKey() + "): " + problem));
                unfilled(key, lang.getKey(), text).forEach(problem -> problems.add(file, line, problem));
                versions.put(lang.getKey(), text);
            }
        }
        Set<String> es = placeholders(versions.get(Texts.SPANISH));
        Set<String> en = placeholders(versions.get(Texts.ENGLISH));
        if (versions.size() == 2 && !es.equals(en)) {
            // the bot fills placeholders by name: one the code does not give reaches people verbatim
            problems.add(file, doc.lineOf(at), "text '" + key + "' uses placeholders " + es + " in es but " + en
                    + " in en; both must use the same names, as the original text does (a placeholder is not translated)");
        }
        for (String required : List.of(Texts.SPANISH, Texts.ENGLISH)) {
            if (!node.has(required)) {
                problems.add(file, doc.lineOf(at), "text '" + key + "' is missing its "
                        + (required.equals(Texts.SPANISH) ? "Spanish (es)" : "English (en)") + " version");
            }
        }
        return versions;
    }

    /**
     * A placeholder the code does not fill in this text ({@link TextPlaceholders}) would reach people as
     * written, such as {@code {nombre}} where the code gives {@code {name}}.
     */
    private static List<String> unfilled(String key, String lang, String text) {
        Set<String> filled = TextPlaceholders.declared().of(key);
        return placeholders(text).stream().filter(name -> !filled.contains(name))
                .map(name -> "text '" + key + "' (" + lang + ") uses the placeholder {" + name + "}, which the bot does not fill in this text; "
                        + (filled.isEmpty() ? "it fills none" : "it fills " + String.join(", ", filled.stream().map(f -> "{" + f + "}").toList())))
                .toList();
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([a-zA-Z_][a-zA-Z0-9_]*)}");

    /** The {@code {name}} placeholders of a text, sorted. */
    public static Set<String> placeholders(String text) {
        Set<String> names = new java.util.TreeSet<>();
        if (text != null) {
            java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
