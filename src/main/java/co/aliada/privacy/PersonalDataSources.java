package co.aliada.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.aliada.store.ErasedStorage;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Every {@link PersonalData} source together: what a chat has stored, as one document, and its erasure. */
final class PersonalDataSources {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<PersonalData> sources;
    private final Clock clock;
    private final ErasedStorage storage;

    /** {@code storage}: told after each erasure, so that the deleted rows leave the database files too. */
    PersonalDataSources(List<PersonalData> sources, Clock clock, ErasedStorage storage) {
        this.sources = List.copyOf(sources);
        this.clock = clock;
        this.storage = storage;
    }

    /** The non-empty sections, by section name, in a stable order. */
    Map<String, Object> export(String chat) {
        Map<String, Object> sections = new LinkedHashMap<>();
        for (PersonalData source : sources) {
            Object data = source.export(chat);
            if (!isEmpty(data)) {
                sections.put(source.section(), data);
            }
        }
        return sections;
    }

    /** The export as a JSON document with camelCase keys throughout; text that is not valid UTF-16 is replaced rather than refused. */
    byte[] document(String chat, Map<String, Object> sections) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("chat", chat);
        doc.put("exportedAt", clock.instant().toString());
        doc.put("law", "Ley 1581 de 2012");
        sections.forEach((section, data) -> doc.put(ExportKeys.camel(section), ExportKeys.camel(data)));
        return JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
    }

    /** Erases the chat from every source, then from the files, and returns the sections that held something. */
    List<String> erase(String chat) {
        List<String> held = eraseRows(chat);
        wipeFiles();
        return held;
    }

    /** Erases the chat from every source; one erasing many chats wipes the files once, after the last. */
    List<String> eraseRows(String chat) {
        List<String> held = new ArrayList<>(export(chat).keySet());
        sources.forEach(source -> source.erase(chat));
        return held;
    }

    /** The deleted rows leave the database files too, once the erasing transaction (if any) commits. */
    void wipeFiles() {
        storage.afterErasure();
    }

    private static boolean isEmpty(Object data) {
        return data == null
                || data instanceof Map<?, ?> map && map.isEmpty()
                || data instanceof Collection<?> list && list.isEmpty();
    }
}
