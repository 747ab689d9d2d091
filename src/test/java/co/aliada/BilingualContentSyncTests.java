package co.aliada;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import co.aliada.content.YamlDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-facing text of the SHIPPED content has its Spanish and its English version, in step: the
 * texts under {@code intents/texts}, the keys the code asks for, and every {@code es}/{@code en} pair in
 * the other content files (self-check, challenges, intents, catalogue). Read straight from the YAML,
 * not through the loaders, so a loader bug cannot hide a gap.
 */
class BilingualContentSyncTests {

    /** The content the bot ships with, as admins edit it. */
    static final Path SHIPPED_INTENTS = Path.of("intents");
    static final Path SHIPPED_CATALOG = Path.of("catalog");
    private static final List<String> LANGS = List.of("es", "en");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    /** Text keys written out in the code, as in {@code turn.say("escalation.user.noted")}. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "\\b(?:say|text|message|button)\\(\"([a-z][a-z0-9_-]*(?:\\.[a-z0-9_-]+)+)\"");

    @Test
    void everyTextHasSpanishAndEnglishWithTheSamePlaceholders() throws IOException {
        List<String> gaps = new ArrayList<>();
        texts().forEach((key, node) -> {
            for (String lang : LANGS) {
                if (node.path(lang).asString("").isBlank()) {
                    gaps.add(key + " has no " + lang + " text");
                }
            }
            Set<String> es = placeholders(node.path("es").asString(""));
            Set<String> en = placeholders(node.path("en").asString(""));
            if (!es.equals(en)) {
                gaps.add(key + " uses " + es + " in es but " + en + " in en");
            }
        });
        assertThat(gaps).as("texts under %s", SHIPPED_INTENTS.resolve("texts")).isEmpty();
    }

    @Test
    void everyTextKeyTheCodeNamesIsShipped() throws IOException {
        Set<String> shipped = texts().keySet();
        Set<String> missing = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(source));
                while (m.find()) {
                    named.add(m.group(1));
                    if (!shipped.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(named).as("keys found in the code").hasSizeGreaterThan(100);
        assertThat(missing).as("text keys named in the code but absent from %s", SHIPPED_INTENTS).isEmpty();
    }

    @Test
    void everyBilingualValueInTheOtherContentHasBothLanguages() throws IOException {
        List<String> gaps = new ArrayList<>();
        int[] pairs = {0};
        for (Path root : List.of(SHIPPED_INTENTS, SHIPPED_CATALOG)) {
            for (Path file : yamlFiles(root)) {
                if (!file.startsWith(SHIPPED_INTENTS.resolve("texts"))) {
                    pairs[0] += walk(YamlDocument.read(file, file.toString()).root(), file + ":", gaps);
                }
            }
        }
        assertThat(pairs[0]).as("bilingual values found").isGreaterThan(100);
        assertThat(gaps).isEmpty();
    }

    /** Every map holding {@code es} or {@code en} must hold both, neither empty. */
    private static int walk(JsonNode node, String at, List<String> gaps) {
        int pairs = 0;
        if (node.isObject()) {
            if (LANGS.stream().anyMatch(node::has)) {
                pairs++;
                LANGS.stream().filter(lang -> empty(node.path(lang)))
                        .forEach(lang -> gaps.add(at + " has no " + lang + " version"));
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                pairs += walk(field.getValue(), at + "/" + field.getKey(), gaps);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pairs += walk(node.get(i), at + "/" + i, gaps);
            }
        }
        return pairs;
    }

    private static boolean empty(JsonNode value) {
        return value.isMissingNode() || value.isNull() || value.isContainer() && value.isEmpty()
                || value.isValueNode() && value.asString("").isBlank();
    }

    private static Map<String, JsonNode> texts() throws IOException {
        Map<String, JsonNode> texts = new java.util.TreeMap<>();
        List<Path> files = yamlFiles(SHIPPED_INTENTS.resolve("texts"));
        assertThat(files).as("shipped texts").isNotEmpty();
        for (Path file : files) {
            YamlDocument.read(file, file.toString()).root().properties().forEach(e -> texts.put(e.getKey(), e.getValue()));
        }
        return texts;
    }

    private static List<Path> yamlFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
