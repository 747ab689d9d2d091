package co.aliada.intent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.aliada.content.Problems;
import co.aliada.content.YamlDocument;
import tools.jackson.databind.JsonNode;

/** Reads one intent's entry, adding a problem with file and line for anything an admin must fix. */
final class IntentReader {

    private static final List<String> FIELDS = List.of("command", "threshold", "es", "en");
    private static final Map<String, Features> ANALYSIS = Map.of("es", Features.forLanguage("es"), "en", Features.forLanguage("en"));

    private IntentReader() {
    }

    static IntentDefinition read(String id, JsonNode node, YamlDocument doc, Problems problems) {
        String at = "/" + id.replace("~", "~0").replace("/", "~1");
        String file = doc.name();
        if (!id.matches("[a-z][a-z0-9_]{0,40}")) {
            problems.add(file, doc.lineOf(at), "intent id '" + id + "' must be lower-case letters, digits and '_'");
            return null;
        }
        if (!node.isObject()) {
            problems.add(file, doc.lineOf(at), "intent '" + id + "' needs es: and en: phrase lists under it");
            return null;
        }
        int before = problems.list().size();
        node.properties().forEach(field -> {
            if (!FIELDS.contains(field.getKey())) {
                problems.add(file, doc.lineOf(at + "/" + field.getKey()), "intent '" + id + "' has unknown field '"
                        + field.getKey() + "' (use " + String.join(", ", FIELDS) + ")");
            }
        });
        JsonNode command = node.get("command");
        if (command != null && !command.isBoolean()) {
            problems.add(file, doc.lineOf(at + "/command"), "intent '" + id + "': command must be true or false");
        }
        JsonNode threshold = node.get("threshold");
        if (threshold != null && (!threshold.isNumber() || threshold.asDouble() <= 0 || threshold.asDouble() >= 1)) {
            problems.add(file, doc.lineOf(at + "/threshold"), "intent '" + id + "': threshold must be a number between 0 and 1");
        }
        Map<String, List<String>> phrases = new HashMap<>();
        for (String lang : IntentFiles.LANGUAGES) {
            phrases.put(lang, phrases(id, lang, node.get(lang), at, doc, problems));
        }
        if (problems.list().size() > before) {
            return null;
        }
        return new IntentDefinition(id, command != null && command.asBoolean(),
                threshold != null ? threshold.asDouble() : IntentModel.THRESHOLD, phrases);
    }

    private static List<String> phrases(String id, String lang, JsonNode list, String at, YamlDocument doc, Problems problems) {
        String file = doc.name();
        String language = lang.equals("es") ? "Spanish (es)" : "English (en)";
        List<String> phrases = new ArrayList<>();
        if (list == null) {
            problems.add(file, doc.lineOf(at), "intent '" + id + "' is missing its " + language + " phrases");
        } else if (!list.isArray() || list.isEmpty()) {
            problems.add(file, doc.lineOf(at + "/" + lang), "intent '" + id + "' has an empty " + language + " phrase list");
        } else {
            for (int i = 0; i < list.size(); i++) {
                JsonNode phrase = list.get(i);
                if (!phrase.isString() || phrase.asString().isBlank()) {
                    problems.add(file, doc.lineOf(at + "/" + lang + "/" + i), "intent '" + id + "' has an empty "
                            + language + " phrase");
                } else if (ANALYSIS.get(lang).extract(phrase.asString()).isEmpty()) {
                    problems.add(file, doc.lineOf(at + "/" + lang + "/" + i), "intent '" + id + "' has a "
                            + language + " phrase with no words or emojis: '" + phrase.asString() + "'");
                } else {
                    phrases.add(phrase.asString().strip());
                }
            }
        }
        return phrases;
    }
}
