package co.aliada.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;

/**
 * Reads typed values out of one YAML document for every content loader. A value that is wrong is noted
 * as a problem with its file and line, and reading goes on, so that an admin sees every problem at once.
 * Values are found by JSON pointer ({@code /services/3/name}); {@code what} names them in messages.
 */
public final class YamlReader {

    private static final Map<String, Boolean> FLAG_WORDS = Map.of("true", true, "false", false,
            "sí", true, "si", true, "yes", true, "no", false);

    private final YamlDocument doc;
    private final Problems problems;

    public YamlReader(YamlDocument doc, Problems problems) {
        this.doc = doc;
        this.problems = problems;
    }

    public YamlDocument doc() {
        return doc;
    }

    public Problems problems() {
        return problems;
    }

    public void problem(String pointer, String message) {
        problems.add(doc.name(), doc.lineOf(pointer), message);
    }

    public JsonNode at(String pointer) {
        return doc.root().at(pointer);
    }

    public boolean has(String pointer) {
        return !at(pointer).isMissingNode();
    }

    /** Whether the value is a set of fields; each field outside {@code allowed} (usually a typo) is a problem. */
    public boolean only(String pointer, Collection<String> allowed, String what) {
        JsonNode node = at(pointer);
        if (!node.isObject()) {
            problem(pointer, what + " must be a set of fields (name: value)");
            return false;
        }
        for (String field : node.propertyNames()) {
            if (!allowed.contains(field)) {
                problem(pointer + "/" + field, what + " has unknown field '" + field + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return true;
    }

    /** A non-empty text; "" (and a problem) otherwise. */
    public String string(String pointer, String what) {
        String value = text(at(pointer));
        if (value == null) {
            problem(pointer, what + " is missing or empty");
            return "";
        }
        return value;
    }

    /** A text that may be left out. */
    public String optional(String pointer, String otherwise) {
        JsonNode node = at(pointer);
        return node.isMissingNode() || node.isNull() ? otherwise : node.asString().strip();
    }

    /**
     * true or false; also the words admins use for them (sí, si, yes, no, in any case), since an admin who
     * writes "verified: si" means yes and must not get false. Anything else is a problem, never a silent false.
     */
    public boolean flag(String pointer, String what, boolean otherwise) {
        JsonNode node = at(pointer);
        if (node.isMissingNode()) {
            return otherwise;
        }
        Boolean said = node.isBoolean() ? Boolean.valueOf(node.asBoolean())
                : node.isString() ? FLAG_WORDS.get(node.asString().strip().toLowerCase(Locale.ROOT)) : null;
        if (said == null) {
            problem(pointer, what + " must be true or false");
            return otherwise;
        }
        return said;
    }

    public int integer(String pointer, String what, int min, int max) {
        JsonNode node = at(pointer);
        if (!node.isIntegralNumber() || node.asInt() < min || node.asInt() > max) {
            problem(pointer, what + " must be a whole number from " + min + " to " + max);
            return min;
        }
        return node.asInt();
    }

    /** A number, zero or more. */
    public double decimal(String pointer, String what) {
        JsonNode node = at(pointer);
        if (!node.isNumber() || node.asDouble() < 0) {
            problem(pointer, what + " must be a number, zero or more");
            return 0;
        }
        return node.asDouble();
    }

    /** A text with non-empty {@code es} and {@code en}; null (and a problem) otherwise. */
    public Bilingual bilingual(String pointer, String what) {
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
        return es == null || en == null ? null : new Bilingual(es, en);
    }

    /** A list of {@code min} to {@code max} non-empty texts; absent counts as empty. */
    public List<String> strings(String pointer, String what, int min, int max) {
        JsonNode node = at(pointer);
        if ((node.isMissingNode() || node.isNull()) && min == 0) {
            return new ArrayList<>();
        }
        if (!node.isArray() || node.size() < min || node.size() > max) {
            problem(pointer, what + " must be a list ([a, b] or - a) of " + min
                    + (max == Integer.MAX_VALUE ? " or more" : min == max ? "" : " to " + max) + " texts");
            return new ArrayList<>();
        }
        return each(pointer, what, (at, i) -> {
            String value = text(at(at));
            if (value == null) {
                problem(at, what + " has an empty item");
            }
            return value;
        });
    }

    /** Each element of a list read with {@code item(pointer, index)}, skipping nulls; a missing list is a problem. */
    public <T> List<T> each(String pointer, String what, BiFunction<String, Integer, T> item) {
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
        return node != null && node.isValueNode() && !node.isNull() && !node.asString().isBlank()
                ? node.asString().strip() : null;
    }
}
