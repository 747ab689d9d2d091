package co.aliada.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import co.aliada.content.Problems;
import co.aliada.content.YamlDocument;
import tools.jackson.databind.JsonNode;

/** Turns the list under a file's top key (pillars, services, institutions) into catalogue values. */
final class EntryReader {

    private static final Set<String> PILLAR = Set.of("id", "name", "description", "keywords", "context");
    private static final Set<String> SERVICE = Set.of("id", "pillar", "name", "description", "keywords");
    private static final Set<String> INSTITUTION = Set.of("id", "name", "kind", "city", "website", "contact",
            "verified", "services");

    private EntryReader() {
    }

    static List<Sourced<Pillar>> pillars(YamlDocument doc, Problems problems) {
        List<Sourced<Pillar>> out = new ArrayList<>();
        for (int i : items(doc, "pillars", problems)) {
            String at = "/pillars/" + i;
            YamlFields f = fields(doc, at, "pillar #" + (i + 1), problems);
            if (!f.only(PILLAR)) {
                continue;
            }
            YamlFields context = fields(doc, at + "/context", "pillar #" + (i + 1) + " context", problems);
            boolean hasContext = doc.root().at(at).has("context") && context.only(Set.of("drivers", "areas"));
            out.add(new Sourced<>(new Pillar(f.required("id"), f.text("name"), f.text("description"),
                    f.keywords("keywords"), hasContext ? context.list("drivers") : List.of(),
                    hasContext ? context.list("areas") : List.of()), doc, at));
        }
        return out;
    }

    static List<Sourced<Service>> services(YamlDocument doc, Problems problems) {
        List<Sourced<Service>> out = new ArrayList<>();
        for (int i : items(doc, "services", problems)) {
            String at = "/services/" + i;
            YamlFields f = fields(doc, at, "service #" + (i + 1), problems);
            if (f.only(SERVICE)) {
                out.add(new Sourced<>(new Service(f.required("id"), f.required("pillar"), f.text("name"),
                        f.text("description"), f.keywords("keywords")), doc, at));
            }
        }
        return out;
    }

    static List<Sourced<Institution>> institutions(YamlDocument doc, Problems problems) {
        List<Sourced<Institution>> out = new ArrayList<>();
        for (int i : items(doc, "institutions", problems)) {
            String at = "/institutions/" + i;
            YamlFields f = fields(doc, at, "institution #" + (i + 1), problems);
            if (f.only(INSTITUTION)) {
                out.add(new Sourced<>(new Institution(f.required("id"), f.required("name"),
                        f.optional("kind", "university"), f.required("city"), f.optional("website", ""),
                        f.required("contact"), f.flag("verified", false), f.list("services")), doc, at));
            }
        }
        return out;
    }

    private static YamlFields fields(YamlDocument doc, String at, String what, Problems problems) {
        return new YamlFields(doc, at, doc.root().at(at), problems, what);
    }

    /** Indexes of the items under the top key; the file must hold only that key, with a list. */
    private static List<Integer> items(YamlDocument doc, String key, Problems problems) {
        JsonNode root = doc.root();
        if (!root.isObject() || !root.has(key)) {
            problems.add(doc.name(), doc.lineOf(""), "expected a list under '" + key + ":' at the top of the file");
            return List.of();
        }
        new YamlFields(doc, "", root, problems, "the file").only(Set.of(key));
        JsonNode list = root.get(key);
        if (!list.isArray()) {
            problems.add(doc.name(), doc.lineOf("/" + key), "'" + key + ":' must be a list of items starting with '- id:'");
            return List.of();
        }
        return java.util.stream.IntStream.range(0, list.size()).boxed().toList();
    }
}
