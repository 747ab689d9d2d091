package co.aliada.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import co.aliada.content.Bilingual;
import co.aliada.content.Problems;
import co.aliada.content.YamlDocument;
import co.aliada.content.YamlReader;
import tools.jackson.databind.JsonNode;

/** Turns the list under a file's top key (pillars, services, institutions) into catalogue values. */
final class EntryReader {

    private static final Set<String> PILLAR = Set.of("id", "name", "description", "keywords", "context");
    private static final Set<String> SERVICE = Set.of("id", "pillar", "name", "description", "keywords");
    private static final Set<String> INSTITUTION = Set.of("id", "name", "kind", "city", "website", "contact",
            "verified", "services", "aliases");
    private static final Set<String> LANGS = Set.of("es", "en");
    private static final int ANY = Integer.MAX_VALUE;

    private EntryReader() {
    }

    static List<Sourced<Pillar>> pillars(YamlDocument doc, Problems problems) {
        YamlReader r = new YamlReader(doc, problems);
        List<Sourced<Pillar>> out = new ArrayList<>();
        for (int i : items(r, "pillars")) {
            String at = "/pillars/" + i;
            String what = "pillar #" + (i + 1);
            if (!r.only(at, PILLAR, what)) {
                continue;
            }
            String context = at + "/context";
            boolean hasContext = r.has(context) && r.only(context, Set.of("drivers", "areas"), what + " context");
            out.add(new Sourced<>(new Pillar(r.string(at + "/id", what + " id"), text(r, at, "name", what),
                    text(r, at, "description", what), keywords(r, at, what),
                    hasContext ? r.strings(context + "/drivers", what + " context drivers", 0, ANY) : List.of(),
                    hasContext ? r.strings(context + "/areas", what + " context areas", 0, ANY) : List.of()), doc, at));
        }
        return out;
    }

    static List<Sourced<Service>> services(YamlDocument doc, Problems problems) {
        YamlReader r = new YamlReader(doc, problems);
        List<Sourced<Service>> out = new ArrayList<>();
        for (int i : items(r, "services")) {
            String at = "/services/" + i;
            String what = "service #" + (i + 1);
            if (r.only(at, SERVICE, what)) {
                out.add(new Sourced<>(new Service(r.string(at + "/id", what + " id"),
                        r.string(at + "/pillar", what + " pillar"), text(r, at, "name", what),
                        text(r, at, "description", what), keywords(r, at, what)), doc, at));
            }
        }
        return out;
    }

    /** The words of {@code causes.yml}: under {@code after} and {@code before}, a list per language. */
    static Causes causes(YamlDocument doc, Problems problems) {
        YamlReader r = new YamlReader(doc, problems);
        if (!r.only("", Set.of("after", "before"), "causes")) {
            return Causes.NONE;
        }
        Map<String, Map<String, List<String>>> lists = listsByLanguage(r, "", List.of("after", "before"), "");
        return new Causes(lists.get("after"), lists.get("before"));
    }

    /** The words of {@code identity.yml}: under {@code opens}, {@code links} and {@code asks}, a list per language. */
    static Identity identity(YamlDocument doc, Problems problems) {
        YamlReader r = new YamlReader(doc, problems);
        if (!r.only("", Set.of("opens", "links", "asks"), "identity")) {
            return Identity.NONE;
        }
        Map<String, Map<String, List<String>>> lists = listsByLanguage(r, "", List.of("opens", "links", "asks"), "");
        return new Identity(lists.get("opens"), lists.get("links"), lists.get("asks"));
    }

    /**
     * The words of {@code launched.yml}: {@code lifts} and {@code lowers}, lists of service ids ({@code services}, the
     * catalogue's, to name one that does not exist), and under {@code done}, {@code unknown} and {@code planned} a list
     * per language; likewise {@code plans} (ids), {@code to_launch} and {@code not_products} (lists per language).
     */
    static Launched launched(YamlDocument doc, Problems problems, Set<String> services) {
        YamlReader r = new YamlReader(doc, problems);
        List<String> sides = List.of("done", "unknown", "planned", "to_launch", "not_products");
        Set<String> keys = new HashSet<>(sides);
        keys.addAll(List.of("lifts", "lowers", "plans"));
        if (!r.only("", keys, "launched")) {
            return Launched.NONE;
        }
        Map<String, Map<String, List<String>>> lists = listsByLanguage(r, "", sides, "");
        return new Launched(lists.get("done"), lists.get("unknown"), lists.get("planned"),
                serviceIds(r, "lifts", services), serviceIds(r, "lowers", services),
                lists.get("to_launch"), lists.get("not_products"), serviceIds(r, "plans", services));
    }

    /**
     * The words of {@code sales-staff.yml}: {@code lifts}, a list of service ids ({@code services}, the catalogue's, to
     * name one that does not exist), and under {@code staff} and {@code not_selling} a list per language.
     */
    static SalesStaff salesStaff(YamlDocument doc, Problems problems, Set<String> services) {
        LiftWords w = liftWords(doc, problems, services, List.of("staff", "not_selling"), "sales staff");
        return w == null ? SalesStaff.NONE : new SalesStaff(w.lifts(), w.lists().get("staff"), w.lists().get("not_selling"));
    }

    /**
     * The words of {@code hiring.yml}: {@code lifts}, a list of service ids ({@code services}, the catalogue's, to name
     * one that does not exist), and under {@code hire}, {@code person} and {@code for_work} a list per language.
     */
    static Hiring hiring(YamlDocument doc, Problems problems, Set<String> services) {
        LiftWords w = liftWords(doc, problems, services, List.of("hire", "person", "for_work"), "hiring");
        return w == null ? Hiring.NONE
                : new Hiring(w.lifts(), w.lists().get("hire"), w.lists().get("person"), w.lists().get("for_work"));
    }

    /**
     * The words of {@code handling.yml}: {@code lifts}, a list of service ids ({@code services}, the catalogue's, to name
     * one that does not exist), and under {@code damage} and {@code way} a list per language.
     */
    static Handling handling(YamlDocument doc, Problems problems, Set<String> services) {
        LiftWords w = liftWords(doc, problems, services, List.of("damage", "way"), "handling");
        return w == null ? Handling.NONE : new Handling(w.lifts(), w.lists().get("damage"), w.lists().get("way"));
    }

    /** The services a file of words lifts, and its lists per language under each of its sides. */
    private record LiftWords(List<String> lifts, Map<String, Map<String, List<String>>> lists) {
    }

    /** A file of {@code lifts} and a list per language under each of {@code sides}; null when it holds other keys. */
    private static LiftWords liftWords(YamlDocument doc, Problems problems, Set<String> services, List<String> sides,
                                       String what) {
        YamlReader r = new YamlReader(doc, problems);
        Set<String> keys = new HashSet<>(sides);
        keys.add("lifts");
        if (!r.only("", keys, what)) {
            return null;
        }
        Map<String, Map<String, List<String>>> lists = listsByLanguage(r, "", sides, "");
        return new LiftWords(serviceIds(r, "lifts", services), lists);
    }

    /** A list of service ids under {@code key}; one the catalogue does not have is a problem on its line. */
    private static List<String> serviceIds(YamlReader r, String key, Set<String> services) {
        if (!r.has("/" + key)) {
            return List.of();
        }
        List<String> ids = r.strings("/" + key, key, 0, ANY);
        for (int i = 0; i < ids.size(); i++) {
            if (!services.isEmpty() && !services.contains(ids.get(i))) {
                r.problem("/" + key + "/" + i, key + " names service '" + ids.get(i) + "', which does not exist");
            }
        }
        return ids;
    }

    /**
     * The kinds of phrase of {@code not-challenges.yml}: what a sentence asks about or tells instead of a business. A
     * personal or family matter (a relative's debt, a landlord, a divorce, a child's school) is its own kind, so admins
     * list it apart from questions to the bot, and a misspelt kind is still reported. So is a loan or a credit the
     * business asks for: financing is no service of the catalogue, yet "a loan to buy a new oven" names its words.
     */
    static final List<String> NOT_CHALLENGE_KINDS = List.of("bot", "places", "jobs", "cost", "personal", "financing");
    /** Not a kind of phrase but two lists of words, which a sentence addressed to the bot has or lacks: see {@link ToTheBotWords}. */
    static final String TO_THE_BOT = "to-the-bot";

    /** The phrases of {@code not-challenges.yml}: under each kind, a list per language, flattened per language. */
    static NotChallenges notChallenges(YamlDocument doc, Problems problems) {
        YamlReader r = new YamlReader(doc, problems);
        Set<String> keys = new HashSet<>(NOT_CHALLENGE_KINDS);
        keys.add(TO_THE_BOT);
        if (!r.only("", keys, "not-challenges")) {
            return NotChallenges.NONE;
        }
        Map<String, List<String>> byLang = new HashMap<>();
        for (String kind : NOT_CHALLENGE_KINDS) {
            if (r.has("/" + kind) && r.only("/" + kind, LANGS, kind)) {
                LANGS.forEach(lang -> byLang.computeIfAbsent(lang, k -> new ArrayList<>())
                        .addAll(r.strings("/" + kind + "/" + lang, kind + " " + lang, 0, ANY)));
            }
        }
        return new NotChallenges(byLang, toTheBot(r));
    }

    /** {@code to-the-bot}: under {@code to} and {@code own}, a list per language. */
    private static ToTheBotWords toTheBot(YamlReader r) {
        String at = "/" + TO_THE_BOT;
        if (!r.has(at) || !r.only(at, Set.of("to", "own"), TO_THE_BOT)) {
            return ToTheBotWords.NONE;
        }
        Map<String, Map<String, List<String>>> lists = listsByLanguage(r, at, List.of("to", "own"), TO_THE_BOT);
        return new ToTheBotWords(lists.get("to"), lists.get("own"));
    }

    /**
     * Under each key of {@code sides} below {@code at}, a list per language (a key left out gives none), named in a
     * problem by {@code what} (if any) and the key.
     */
    private static Map<String, Map<String, List<String>>> listsByLanguage(YamlReader r, String at, List<String> sides,
            String what) {
        Map<String, Map<String, List<String>>> lists = new HashMap<>();
        for (String side : sides) {
            Map<String, List<String>> byLang = new HashMap<>();
            String name = what.isEmpty() ? side : what + " " + side;
            if (r.has(at + "/" + side) && r.only(at + "/" + side, LANGS, name)) {
                LANGS.forEach(lang -> byLang.put(lang, r.strings(at + "/" + side + "/" + lang, name + " " + lang, 0, ANY)));
            }
            lists.put(side, byLang);
        }
        return lists;
    }

    static List<Sourced<Institution>> institutions(YamlDocument doc, Problems problems) {
        YamlReader r = new YamlReader(doc, problems);
        List<Sourced<Institution>> out = new ArrayList<>();
        for (int i : items(r, "institutions")) {
            String at = "/institutions/" + i;
            String what = "institution #" + (i + 1);
            if (r.only(at, INSTITUTION, what)) {
                contactPoints(r, at);
                out.add(new Sourced<>(new Institution(r.string(at + "/id", what + " id"),
                        r.string(at + "/name", what + " name"), r.optional(at + "/kind", "university"),
                        r.string(at + "/city", what + " city"), r.optional(at + "/website", ""),
                        r.string(at + "/contact", what + " contact"), r.flag(at + "/verified", what + " verified", false),
                        r.strings(at + "/services", what + " services", 0, ANY),
                        r.has(at + "/aliases") ? r.strings(at + "/aliases", what + " aliases", 0, ANY) : List.of()), doc, at));
            }
        }
        return out;
    }

    private static void contactPoints(YamlReader r, String at) {
        String website = r.optional(at + "/website", "");
        if (!website.isEmpty() && !ContactPoints.isWebAddress(website)) {
            r.problem(at + "/website", "website '" + website
                    + "' is not a web address; write it whole, such as https://www.example.edu.co");
        }
        String contact = r.optional(at + "/contact", "");
        if (!contact.isEmpty() && !ContactPoints.isContact(contact)) {
            r.problem(at + "/contact", "contact '" + contact + "' is neither a web address, an e-mail nor a phone number");
        }
    }

    /** A text in both languages; empty ones (the problem is noted) keep the rest of the entry checkable. */
    private static Bilingual text(YamlReader r, String at, String field, String what) {
        Bilingual text = r.bilingual(at + "/" + field, what + " " + field);
        return text == null ? new Bilingual("", "") : text;
    }

    private static Keywords keywords(YamlReader r, String at, String what) {
        String keywords = at + "/keywords";
        if (!r.has(keywords) || !r.only(keywords, LANGS, what + " keywords")) {
            return Keywords.none();
        }
        return new Keywords(r.strings(keywords + "/es", what + " keywords es", 0, ANY),
                r.strings(keywords + "/en", what + " keywords en", 0, ANY));
    }

    /** Indexes of the items under the top key; the file must hold only that key, with a list. */
    private static List<Integer> items(YamlReader r, String key) {
        JsonNode root = r.doc().root();
        if (!root.isObject() || !root.has(key)) {
            r.problem("", "expected a list under '" + key + ":' at the top of the file");
            return List.of();
        }
        r.only("", Set.of(key), "the file");
        if (!root.get(key).isArray()) {
            r.problem("/" + key, "'" + key + ":' must be a list of items starting with '- id:'");
            return List.of();
        }
        return IntStream.range(0, root.get(key).size()).boxed().toList();
    }
}
