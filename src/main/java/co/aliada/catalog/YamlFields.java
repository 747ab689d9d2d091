package co.aliada.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import co.aliada.content.Problems;
import co.aliada.content.YamlDocument;
import tools.jackson.databind.JsonNode;

/** Reads the fields of one YAML object, reporting what is unknown, missing or of the wrong shape. */
final class YamlFields {

    private final YamlDocument doc;
    private final String pointer;
    private final JsonNode node;
    private final Problems problems;
    private final String what;

    YamlFields(YamlDocument doc, String pointer, JsonNode node, Problems problems, String what) {
        this.doc = doc;
        this.pointer = pointer;
        this.node = node;
        this.problems = problems;
        this.what = what;
    }

    /** Reports every field not in the allowed set (usually a typo) and whether the node is an object at all. */
    boolean only(Set<String> allowed) {
        if (!node.isObject()) {
            problems.add(doc.name(), doc.lineOf(pointer), what + " must be a set of fields (name: value)");
            return false;
        }
        for (String field : node.propertyNames()) {
            if (!allowed.contains(field)) {
                problems.add(doc.name(), doc.lineOf(pointer + "/" + field), what + " has an unknown field '" + field
                        + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return true;
    }

    String required(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asString().isBlank()) {
            problems.add(doc.name(), doc.lineOf(pointer + "/" + field), what + " is missing its '" + field + "'");
            return "";
        }
        return value.asString().strip();
    }

    String optional(String field, String otherwise) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? otherwise : value.asString().strip();
    }

    boolean flag(String field, boolean otherwise) {
        JsonNode value = node.get(field);
        if (value != null && !value.isBoolean()) {
            problems.add(doc.name(), doc.lineOf(pointer + "/" + field), what + ": '" + field + "' must be true or false");
        }
        return value == null || !value.isBoolean() ? otherwise : value.asBoolean();
    }

    /** A text with both {@code es} and {@code en}. */
    co.aliada.catalog.Text text(String field) {
        JsonNode value = node.get(field);
        String at = pointer + "/" + field;
        if (value == null || !value.isObject()) {
            problems.add(doc.name(), doc.lineOf(at), what + " needs '" + field + "' with es: and en: under it");
            return new co.aliada.catalog.Text("", "");
        }
        YamlFields langs = new YamlFields(doc, at, value, problems, what + " " + field);
        langs.only(Set.of("es", "en"));
        return new co.aliada.catalog.Text(langs.language("es", "Spanish"), langs.language("en", "English"));
    }

    private String language(String lang, String language) {
        JsonNode value = node.get(lang);
        if (value == null || !value.isValueNode() || value.asString().isBlank()) {
            problems.add(doc.name(), doc.lineOf(pointer + (value == null ? "" : "/" + lang)),
                    what + " is missing its " + language + " (" + lang + ") text");
            return "";
        }
        return value.asString().strip();
    }

    Keywords keywords(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Keywords.none();
        }
        YamlFields langs = new YamlFields(doc, pointer + "/" + field, value, problems, what + " " + field);
        if (!langs.only(Set.of("es", "en"))) {
            return Keywords.none();
        }
        return new Keywords(langs.list("es"), langs.list("en"));
    }

    /** A list of strings; absent means empty. */
    List<String> list(String field) {
        JsonNode value = node.get(field);
        List<String> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            problems.add(doc.name(), doc.lineOf(pointer + "/" + field), what + ": '" + field + "' must be a list ([a, b] or - a)");
            return items;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isValueNode() || item.asString().isBlank()) {
                problems.add(doc.name(), doc.lineOf(pointer + "/" + field + "/" + i), what + ": '" + field + "' has an empty item");
            } else {
                items.add(item.asString().strip());
            }
        }
        return items;
    }
}
