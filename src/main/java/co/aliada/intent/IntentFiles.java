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
                IntentDefinition definition = IntentReader.read(id, entry.getValue(), doc, problems);
                if (definition != null) {
                    definitions.add(definition);
                }
            }
        }
        for (String id : CONTRACT) {
            if (!definedIn.containsKey(id)) {
                problems.add(FOLDER, 0, "intent '" + id + "' is missing; the bot relies on it");
            }
        }
        Negation negation = Negation.read(intentsDir, problems);
        problems.throwIfAny();
        return new IntentModel(definitions, negation);
    }
}
