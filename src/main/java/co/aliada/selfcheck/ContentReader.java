package co.aliada.selfcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import co.aliada.content.Problems;
import co.aliada.content.YamlDocument;
import tools.jackson.databind.JsonNode;

/** Reads typed values out of one YAML document, noting each problem with its line instead of failing. */
final class ContentReader {

    private final YamlDocument doc;
    private final Problems problems;

    ContentReader(YamlDocument doc, Problems problems) {
        this.doc = doc;
        this.problems = problems;
    }

    void problem(String pointer, String message) {
        problems.add(doc.name(), doc.lineOf(pointer), message);
    }

    JsonNode at(String pointer) {
        return doc.root().at(pointer);
    }

    /** A text with non-empty {@code es} and {@code en}; null (and a problem) otherwise. */
    Localized localized(String pointer, String what) {
        JsonNode node = at(pointer);
        if (!node.isObject()) {
            problem(pointer, what + " needs es: and en: texts");
            return null;
        }
        for (String key : node.propertyNames()) {
            if (!key.equals("es") && !key.equals("en")) {
                problem(pointer + "/" + key, what + " has unknown language '" + key + "' (use es and en)");
            }
        }
        String es = text(node.get("es"));
        String en = text(node.get("en"));
        if (es == null) {
            problem(pointer, what + " is missing its Spanish (es) text");
        }
        if (en == null) {
            problem(pointer, what + " is missing its English (en) text");
        }
        return es == null || en == null ? null : new Localized(es, en);
    }

    /** A non-empty string, or null (and a problem). */
    String string(String pointer, String what) {
        String value = text(at(pointer));
        if (value == null) {
            problem(pointer, what + " is missing or empty");
        }
        return value;
    }

    /** Each element of a list read with {@code item(pointer, index)}; a missing list is a problem. */
    <T> List<T> list(String pointer, String what, BiFunction<String, Integer, T> item) {
        JsonNode node = at(pointer);
        List<T> items = new ArrayList<>();
        if (!node.isArray()) {
            problem(pointer, what + " must be a list");
            return items;
        }
        for (int i = 0; i < node.size(); i++) {
            T value = item.apply(pointer + "/" + i, i);
            if (value != null) {
                items.add(value);
            }
        }
        return items;
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() && !node.asString().isBlank() ? node.asString().strip() : null;
    }
}
