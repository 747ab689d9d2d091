package co.aliada.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML file read as a tree, remembering the line of every value so that validation messages
 * can say "services.yml:42: ...". Paths are JSON pointers such as {@code /services/3/name/es}.
 */
public final class YamlDocument {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private final String name;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private YamlDocument(String name, JsonNode root, Map<String, Integer> lines) {
        this.name = name;
        this.root = root;
        this.lines = lines;
    }

    /** Reads a file; malformed YAML becomes a {@link ContentException} naming the file and line. */
    public static YamlDocument read(Path file, String displayName) {
        return parse(ContentText.read(file, displayName), displayName);
    }

    /** Parses YAML text; used by {@link #read} and by tests. */
    public static YamlDocument parse(String text, String displayName) {
        try {
            JsonNode root = YAML.readTree(new WholeCharacters(text));
            return new YamlDocument(displayName, root == null ? YAML.missingNode() : root, lineIndex(text));
        } catch (JacksonException e) {
            YamlMistake mistake = YamlMistake.of(e);
            throw new ContentException(new ContentProblem(displayName, mistake.line(), "malformed YAML: " + mistake.detail()));
        }
    }

    /** The {@code .yml} and {@code .yaml} files directly in a folder, sorted; none when the folder is absent. */
    public static java.util.List<Path> filesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (java.util.stream.Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public JsonNode root() {
        return root;
    }

    /** The line where the value at this JSON pointer starts, or the nearest enclosing one; 0 if unknown. */
    public int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = p.lastIndexOf('/');
            if (cut <= 0) {
                return lines.getOrDefault("", 0);
            }
            p = p.substring(0, cut);
        }
    }

    private static Map<String, Integer> lineIndex(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = YAML.createParser(new WholeCharacters(text))) {
            walk(parser, parser.nextToken(), "", lines);
        }
        return lines;
    }

    private static void walk(JsonParser parser, JsonToken token, String path, Map<String, Integer> lines) {
        if (token == null) {
            return;
        }
        lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
        if (token == JsonToken.START_OBJECT) {
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT && t != null; t = parser.nextToken()) {
                String child = path + "/" + escape(parser.currentName());
                lines.putIfAbsent(child, parser.currentTokenLocation().getLineNr());
                walk(parser, parser.nextToken(), child, lines);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int i = 0;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY && t != null; t = parser.nextToken()) {
                walk(parser, t, path + "/" + i++, lines);
            }
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
