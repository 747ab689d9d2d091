package co.aliada.challenge;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Stream;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.Service;
import co.aliada.conversation.ChoiceMatcher;

/**
 * A service of a challenge's list named in a text by its name or a catalogue keyword, in either language: "canales de
 * distribución", "the feasibility study", "la transformación digital" (a keyword of "Asesoría en estrategias de
 * transformación digital").
 */
final class ServiceMention {

    /** Shorter words say nothing of a name ("de", "en", "and"). */
    private static final int NAME_WORD_MIN = 4;
    /** A service named alone: "the feasibility study" has one word its name lacks; a text with more tells more. */
    private static final int OTHER_WORDS = 3;

    private ServiceMention() {
    }

    /**
     * Each service's words, built once per catalogue: the same set each time, so that {@link ChoiceMatcher} finds its
     * phrases already normalised (a new set each call had them normalised again, for every service of the catalogue at
     * each question about one). Weak keys: a catalogue reloaded lets its services' sets go.
     */
    private static final Map<Service, Set<String>> WORDS = Collections.synchronizedMap(new WeakHashMap<>());

    /** The words that name a service: its names and its keywords, in both languages. */
    static Set<String> wordsFor(Service service) {
        return WORDS.computeIfAbsent(service, s -> Set.copyOf(Stream.of(List.of(s.name().es(), s.name().en()),
                s.keywords().es(), s.keywords().en()).flatMap(List::stream).toList()));
    }

    /**
     * The index (from 0) of the first service of the list the text asks about: one it names anywhere when
     * {@code asked} (the text followed "¿qué es…?"), else one it names with nothing but {@code beside} around its words
     * ("y la transformación digital?"), by its name or a keyword that shares a word with the name; the list in order of
     * fit, so the first such service when several are named.
     */
    static Optional<Integer> in(String text, Challenge challenge, Catalog catalog, boolean asked, Set<String> beside) {
        for (int i = 0; i < challenge.services().size(); i++) {
            Optional<Service> service = catalog.service(challenge.services().get(i));
            if (service.isPresent() && names(text, service.get(), asked, beside)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * The service of the whole catalogue a text asks about, for one that no list holds ("cuénteme más de ciberseguridad"):
     * named as {@link #in} reads it, and always by a phrase that shares a word with the service's name. Among some thirty
     * services a keyword that tells a problem ("perdí toda la información") or one another service shares says too little
     * of which one is meant. The longest phrase named wins, then the catalogue's order.
     */
    static Optional<Service> inCatalog(String text, Catalog catalog, boolean asked, Set<String> beside) {
        Service best = null;
        int longest = 0;
        for (Service service : catalog.services()) {
            Set<String> named = ChoiceMatcher.mentioned(text, wordsFor(service));
            if (named.isEmpty()) {
                continue;
            }
            Set<String> nameWords = nameWords(service);
            int words = named.stream().filter(phrase -> likeTheName(phrase, nameWords))
                    .mapToInt(phrase -> words(phrase).size()).max().orElse(0);
            if (words > longest && names(text, named, nameWords, asked, beside)) {
                best = service;
                longest = words;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean names(String text, Service service, boolean asked, Set<String> beside) {
        Set<String> named = ChoiceMatcher.mentioned(text, wordsFor(service));
        return !named.isEmpty() && names(text, named, nameWords(service), asked, beside);
    }

    /** {@code named}: the service's phrases the text mentions, at least one. */
    private static boolean names(String text, Set<String> named, Set<String> nameWords, boolean asked, Set<String> beside) {
        if (asked) {
            return true;
        }
        // alone, the text is the service: "se nos pierde la cosecha", a keyword that tells a problem, stays a challenge
        boolean likeTheName = named.stream().anyMatch(phrase -> likeTheName(phrase, nameWords));
        Set<String> known = new HashSet<>(beside);
        known.addAll(nameWords);
        Set<String> allowed = new HashSet<>(known);
        allowed.addAll(named);
        return likeTheName && ChoiceMatcher.onlyWordsOf(text, allowed)
                && words(text).stream().filter(word -> !ChoiceMatcher.onlyWordsOf(word, known)).count() <= OTHER_WORDS;
    }

    private static Set<String> nameWords(Service service) {
        Set<String> nameWords = new HashSet<>();
        for (String name : List.of(service.name().es(), service.name().en())) {
            nameWords.addAll(words(name));
        }
        return nameWords;
    }

    private static boolean likeTheName(String phrase, Set<String> nameWords) {
        return words(phrase).stream().anyMatch(word -> word.length() >= NAME_WORD_MIN && ChoiceMatcher.onlyWordsOf(word, nameWords));
    }

    private static List<String> words(String text) {
        return Stream.of(text.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
    }
}
