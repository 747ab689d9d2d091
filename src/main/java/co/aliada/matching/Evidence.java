package co.aliada.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.Keywords;
import co.aliada.catalog.Pillar;
import co.aliada.catalog.Service;
import org.apache.lucene.analysis.Analyzer;

/**
 * Whether a text says enough about a service to be a challenge, beside its score: two distinct words of
 * the service's keywords, name or pillar keywords, or one word that is by itself one of those keywords
 * ("invima", "exportar"). A word met only inside longer phrases ("noche" of "cuanto cobrar por noche") is
 * a stray word: with a rich catalogue every everyday word sits in some phrase. Depends on the service's
 * own words only, never on the collection, so catalogue edits elsewhere do not move it. Built once per version.
 */
final class Evidence {

    /** Per service, its words ("lang:term"), and those that are a whole keyword by themselves. */
    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<String, Set<String>> alone = new HashMap<>();

    Evidence(Catalog catalog, Analyzer indexAnalyzer) {
        for (Service service : catalog.services()) {
            Set<String> own = words.computeIfAbsent(service.id(), k -> new HashSet<>());
            Set<String> single = alone.computeIfAbsent(service.id(), k -> new HashSet<>());
            Keywords pillar = catalog.pillar(service.pillar()).map(Pillar::keywords).orElse(Keywords.none());
            for (String lang : Fields.LANGS) {
                addAll(indexAnalyzer, Fields.keywords(lang), service.keywords().in(lang), lang, own, single);
                // The pillar's keywords are single topical words ("ventas", "software") indexed on each of its services.
                addAll(indexAnalyzer, Fields.pillar(lang), pillar.in(lang), lang, own, single);
                CatalogAnalyzer.terms(indexAnalyzer, Fields.name(lang), service.name().in(lang)).forEach(t -> own.add(lang + ":" + t));
            }
        }
    }

    /** True when the text's terms (and the words its typos were taken for) support this service. */
    boolean supports(String service, Map<String, List<String>> termsByLang, Map<String, List<String>> nearByLang) {
        Set<String> own = words.getOrDefault(service, Set.of());
        Set<String> single = alone.getOrDefault(service, Set.of());
        Set<String> matched = new HashSet<>();
        for (Map<String, List<String>> terms : List.of(termsByLang, nearByLang)) {
            for (Map.Entry<String, List<String>> e : terms.entrySet()) {
                for (String t : e.getValue()) {
                    String key = e.getKey() + ":" + t;
                    if (single.contains(key)) {
                        return true;
                    }
                    if (own.contains(key)) {
                        matched.add(t);
                    }
                }
            }
        }
        return matched.size() >= 2;
    }

    private static void addAll(Analyzer analyzer, String field, List<String> phrases, String lang, Set<String> own, Set<String> single) {
        for (String phrase : phrases) {
            List<String> terms = CatalogAnalyzer.terms(analyzer, field, phrase);
            terms.forEach(t -> own.add(lang + ":" + t));
            if (terms.size() == 1) {
                single.add(lang + ":" + terms.get(0));
            }
        }
    }

}
