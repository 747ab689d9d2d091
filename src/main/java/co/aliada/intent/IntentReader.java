package co.aliada.intent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.aliada.content.Problems;
import co.aliada.content.YamlDocument;
import co.aliada.content.YamlReader;
import tools.jackson.databind.JsonNode;

/** Reads one intent's entry, adding a problem with file and line for anything an admin must fix. */
final class IntentReader {

    private static final List<String> FIELDS = List.of("command", "clause", "threshold", "needs", "yields", "never_with", "es", "en");
    private static final Map<String, Features> ANALYSIS = Map.of("es", Features.forLanguage("es"), "en", Features.forLanguage("en"));

    private IntentReader() {
    }

    static IntentDefinition read(String id, JsonNode node, YamlDocument doc, Problems problems) {
        YamlReader r = new YamlReader(doc, problems);
        String at = "/" + id.replace("~", "~0").replace("/", "~1");
        if (!id.matches("[a-z][a-z0-9_]{0,40}")) {
            r.problem(at, "intent id '" + id + "' must be lower-case letters, digits and '_'");
            return null;
        }
        if (!node.isObject()) {
            r.problem(at, "intent '" + id + "' needs es: and en: phrase lists under it");
            return null;
        }
        int before = problems.list().size();
        r.only(at, FIELDS, "intent '" + id + "'");
        boolean command = r.flag(at + "/command", "intent '" + id + "': command", false);
        boolean clause = r.flag(at + "/clause", "intent '" + id + "': clause", false);
        JsonNode threshold = node.get("threshold");
        if (threshold != null && (!threshold.isNumber() || threshold.asDouble() <= 0 || threshold.asDouble() >= 1)) {
            r.problem(at + "/threshold", "intent '" + id + "': threshold must be a number between 0 and 1");
        }
        // "needs": words of which a text must hold one ("idioma", "inglés"): "quiero cambiar la respuesta" leaned to
        // change_language on "cambiar" alone, and showed the language picker
        Set<String> needs = new HashSet<>();
        r.strings(at + "/needs", "intent '" + id + "': needs", 0, Integer.MAX_VALUE).forEach(word -> needs.addAll(Negation.words(word)));
        IntentDefinition.Yield yields = yields(id, node.get("yields"), at + "/yields", r);
        // "never_with": phrases that say the text is about something else ("forget it", "the last answer" leaned to
        // erasing all one's data on "forget", "delete"); es: and en: lists, both apply in any chat
        List<List<String>> neverWith = node.has("never_with")
                ? phrasesOf(at + "/never_with", "intent '" + id + "': never_with", r, 1) : List.of();
        Map<String, List<String>> phrases = new HashMap<>();
        for (String lang : IntentFiles.LANGUAGES) {
            phrases.put(lang, phrases(id, lang, node.get(lang), at, r));
        }
        if (problems.list().size() > before) {
            return null;
        }
        return new IntentDefinition(id, command, clause, threshold != null ? threshold.asDouble() : IntentModel.THRESHOLD, phrases, needs, yields, neverWith);
    }

    /**
     * "yields": the intent it gives way to ({@code to}) when a text names one of {@code when} and none of
     * {@code unless}, each with es: and en: lists (both apply in any chat). "necesito hablar con mis clientes" read
     * as a request for a person and opened a case at the menu; it names the people of the business, not ours.
     */
    private static IntentDefinition.Yield yields(String id, JsonNode node, String at, YamlReader r) {
        if (node == null) {
            return IntentDefinition.Yield.NONE;
        }
        String what = "intent '" + id + "': yields";
        if (!node.isObject()) {
            r.problem(at, what + " needs to:, when: and unless: under it");
            return IntentDefinition.Yield.NONE;
        }
        r.only(at, List.of("to", "when", "unless"), what);
        String to = r.string(at + "/to", what + ": to");
        if (!to.isEmpty() && !to.matches("[a-z][a-z0-9_]{0,40}")) {
            r.problem(at + "/to", what + ": to must be an intent id");
        }
        return new IntentDefinition.Yield(to, phrasesOf(at + "/when", what + ": when", r, 1),
                phrasesOf(at + "/unless", what + ": unless", r, 0));
    }

    private static List<List<String>> phrasesOf(String at, String what, YamlReader r, int min) {
        List<List<String>> phrases = new ArrayList<>();
        for (String lang : IntentFiles.LANGUAGES) {
            for (String phrase : r.strings(at + "/" + lang, what + " (" + lang + ")", min, Integer.MAX_VALUE)) {
                if (phrase != null && !Negation.words(phrase).isEmpty()) {
                    phrases.add(List.copyOf(Negation.words(phrase)));
                }
            }
        }
        return phrases;
    }

    private static List<String> phrases(String id, String lang, JsonNode list, String at, YamlReader r) {
        String language = lang.equals("es") ? "Spanish (es)" : "English (en)";
        List<String> phrases = new ArrayList<>();
        if (list == null) {
            r.problem(at, "intent '" + id + "' is missing its " + language + " phrases");
        } else if (!list.isArray() || list.isEmpty()) {
            r.problem(at + "/" + lang, "intent '" + id + "' has an empty " + language + " phrase list");
        } else {
            for (int i = 0; i < list.size(); i++) {
                JsonNode phrase = list.get(i);
                if (!phrase.isString() || phrase.asString().isBlank()) {
                    r.problem(at + "/" + lang + "/" + i, "intent '" + id + "' has an empty "
                            + language + " phrase");
                } else if (ANALYSIS.get(lang).extract(phrase.asString()).isEmpty()) {
                    r.problem(at + "/" + lang + "/" + i, "intent '" + id + "' has a "
                            + language + " phrase with no words or emojis: '" + phrase.asString() + "'");
                } else {
                    phrases.add(phrase.asString().strip());
                }
            }
        }
        return phrases;
    }
}
