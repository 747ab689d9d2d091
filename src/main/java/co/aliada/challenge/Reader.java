package co.aliada.challenge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.aliada.content.Problems;
import co.aliada.content.YamlDocument;
import tools.jackson.databind.JsonNode;

/** Reads typed values out of a YAML tree, noting each wrong one with its line instead of failing. */
final class Reader {

    final YamlDocument doc;
    final Problems problems;

    Reader(YamlDocument doc, Problems problems) {
        this.doc = doc;
        this.problems = problems;
    }

    void fail(String at, String message) {
        problems.add(doc.name(), doc.lineOf(at), message + " (at " + at + ")");
    }

    String string(JsonNode root, String at) {
        JsonNode node = root.at(at);
        if (!node.isString() || node.asString().isBlank()) {
            fail(at, "expected a text");
            return "";
        }
        return node.asString().strip();
    }

    int integer(JsonNode root, String at, int min, int max) {
        JsonNode node = root.at(at);
        if (!node.isIntegralNumber() || node.asInt() < min || node.asInt() > max) {
            fail(at, "expected a whole number from " + min + " to " + max);
            return min;
        }
        return node.asInt();
    }

    double decimal(JsonNode root, String at) {
        JsonNode node = root.at(at);
        if (!node.isNumber() || node.asDouble() < 0) {
            fail(at, "expected a number, zero or more");
            return 0;
        }
        return node.asDouble();
    }

    Map<String, String> langs(JsonNode root, String at) {
        Map<String, String> byLang = new HashMap<>();
        ChallengeLoader.LANGS.forEach(lang -> byLang.put(lang, string(root, at + "/" + lang)));
        return byLang;
    }

    List<String> lines(JsonNode root, String at, int min, int max) {
        JsonNode node = root.at(at);
        List<String> lines = new ArrayList<>();
        if (!node.isArray() || node.size() < min || node.size() > max) {
            fail(at, "expected a list of " + min + (min == max ? "" : " to " + max) + " texts");
            return lines;
        }
        for (int i = 0; i < node.size(); i++) {
            lines.add(string(root, at + "/" + i));
        }
        return lines;
    }
}
