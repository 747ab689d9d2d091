package co.aliada.intent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.aliada.content.ContentException;
import co.aliada.content.Problems;
import co.aliada.content.YamlDocument;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code nlu/*.yml} under the intents folder into an {@link IntentModel}. Each top-level key
 * is an intent id with {@code es} and {@code en} phrase lists and optional {@code command} and
 * {@code threshold}. Every problem is reported with its file and line; nothing half-valid is served.
 */
public final class IntentFiles {

    public static final String FOLDER = "nlu";
    static final List<String> LANGUAGES = List.of("es", "en");
    /** The ids other features and checks rely on; every one must be defined. */
    static final List<String> CONTRACT = List.of("greet", "help", "talk_to_human", "restart", "continue",
            "change_language", "thanks", "goodbye", "affirm", "deny", "my_data", "delete_my_data",
            "my_challenges", "summary", "out_of_scope", "challenge");

    private IntentFiles() {
    }

    public static IntentModel load(Path intentsDir) {
        Problems problems = new Problems();
        List<IntentDefinition> definitions = new ArrayList<>();
        Map<String, String> definedIn = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (Path file : YamlDocument.filesIn(intentsDir.resolve(FOLDER))) {
            String name = intentsDir.relativize(file).toString();
            YamlDocument doc;
            try {
                doc = YamlDocument.read(file, name);
            } catch (ContentException e) {
                problems.addAll(e.problems());
                continue;
            }
            if (!doc.root().isObject() || doc.root().isEmpty()) {
                problems.add(name, doc.lineOf(""), "expected intent ids with es and en phrases, found nothing");
                continue;
            }
            for (Map.Entry<String, JsonNode> entry : doc.root().properties()) {
                String id = entry.getKey();
                if (definedIn.containsKey(id)) {
                    problems.add(name, doc.lineOf("/" + id), "intent '" + id + "' is already defined in " + definedIn.get(id));
                    continue;
                }
                definedIn.put(id, name);
                lineOf.put(id, doc.lineOf("/" + id));
                IntentDefinition definition = IntentReader.read(id, entry.getValue(), doc, problems);
                if (definition != null) {
                    definitions.add(definition);
                }
            }
        }
        for (String id : CONTRACT) {
            if (!definedIn.containsKey(id)) {
                // a typo of the id is the usual cause: point at it rather than at the folder
                String typo = definedIn.keySet().stream().filter(other -> !CONTRACT.contains(other))
                        .filter(other -> distance(other, id) <= 2).findFirst().orElse(null);
                if (typo != null) {
                    problems.add(definedIn.get(typo), lineOf.get(typo), "intent '" + id + "' is missing; the bot relies on it. "
                            + "Is '" + typo + "' on this line a typo of '" + id + "'?");
                } else {
                    problems.add(FOLDER, 0, "intent '" + id + "' is missing; the bot relies on it");
                }
            }
        }
        // an intent that yields to another names one that exists: a typo would silently drop the reading (a missing
        // contract intent is told above)
        definitions.stream().filter(d -> !d.yields().none() && !definedIn.containsKey(d.yields().to())
                && !CONTRACT.contains(d.yields().to())).forEach(d ->
                problems.add(definedIn.get(d.id()), lineOf.get(d.id()), "intent '" + d.id() + "': yields to '"
                        + d.yields().to() + "', which is no intent"));
        Negation negation = Negation.read(intentsDir, problems);
        problems.throwIfAny();
        return new IntentModel(definitions, negation);
    }

    /** Edit distance between two ids, for spotting a typo. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
