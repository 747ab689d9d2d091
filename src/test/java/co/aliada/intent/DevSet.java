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
