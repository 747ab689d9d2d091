package co.aliada.intent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The labelled development set in {@code intent/dev-set.yml}; "none" means no intent is expected. */
record DevSet(List<Example> examples) {

    record Example(String text, String lang, String expected) {
    }

    static DevSet load() {
        return load("/intent/dev-set.yml");
    }

    /** Written from the domain description alone, never used to tune; only its figures are looked at. */
    static DevSet heldOut() {
        return load("/intent/held-out.yml");
    }

    /** A second held-out set, written later by another hand under the same rule. */
    static DevSet heldOut2() {
        return load("/intent/held-out-2.yml");
    }

    /** A negated request ("no necesito asesor") and the intent it must not be taken for. */
    record Negated(String text, String not) {
    }

    /** The {@code negated} list of a held-out file (the loader above skips it: it has no languages). */
    static List<Negated> negated(String resource) {
        List<Negated> negated = new ArrayList<>();
        readTree(resource).path("negated").forEach(n -> negated.add(new Negated(n.get("text").asString(), n.get("not").asString())));
        return negated;
    }

    private static JsonNode readTree(String resource) {
        try (InputStream in = DevSet.class.getResourceAsStream(resource)) {
            return YAMLMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The examples of one batch: the items after a comment that names the batch ("# round 17 intents: …"), up to the next
     * comment or list. The YAML reader drops comments, so the file is read as lines.
     */
    static DevSet batch(String marker) {
        return batch("/intent/dev-set.yml", marker);
    }

    /** The same, in another file of the same shape ({@code intent/negated-dev.yml}: the key is the action refused). */
    static DevSet batch(String resource, String marker) {
        List<Example> examples = new ArrayList<>();
        try (InputStream in = DevSet.class.getResourceAsStream(resource)) {
            String intent = null;
            String lang = null;
            boolean inBatch = false;
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String stripped = line.strip();
                if (!line.startsWith(" ") && stripped.endsWith(":")) {
                    intent = stripped.substring(0, stripped.length() - 1);
                    inBatch = false;
                } else if (line.startsWith("  ") && !line.startsWith("   ") && stripped.endsWith(":")) {
                    lang = stripped.substring(0, stripped.length() - 1);
                    inBatch = false;
                } else if (stripped.startsWith("#")) {
                    inBatch = stripped.contains(marker);
                } else if (inBatch && stripped.startsWith("- ")) {
                    String text = stripped.substring(2).strip();
                    text = text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
                    examples.add(new Example(text, lang, intent.equals("none") ? null : intent));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DevSet(examples);
    }

    static DevSet load(String resource) {
        try (InputStream in = DevSet.class.getResourceAsStream(resource)) {
            JsonNode root = YAMLMapper.builder().build().readTree(in);
            List<Example> examples = new ArrayList<>();
            for (Map.Entry<String, JsonNode> intent : root.properties()) {
                String expected = intent.getKey().equals("none") ? null : intent.getKey();
                for (Map.Entry<String, JsonNode> lang : intent.getValue().properties()) {
                    lang.getValue().forEach(text -> examples.add(new Example(text.asString(), lang.getKey(), expected)));
                }
            }
            return new DevSet(examples);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
