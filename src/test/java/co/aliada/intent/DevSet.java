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
