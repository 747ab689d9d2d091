package co.aliada.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.Service;
import org.apache.lucene.analysis.Analyzer;

/**
 * The second signal beside BM25: the goals a service's keyword phrases state ("vender por internet",
 * "no se si la gente compraria"). A text that contains every word of such a phrase, in any order and
 * with other words between, says that goal, so the service gains in proportion to the phrase's
 * length. One shared word ("internet") moves BM25; a whole goal moves this. Built once per version.
 */
final class GoalPhrases {

    /** A phrase of at least two words, and the service it states a goal of. */
    private record Phrase(String service, int size) {
    }

    private final List<Phrase> phrases = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();

    GoalPhrases(Catalog catalog, Analyzer indexAnalyzer) {
        for (Service service : catalog.services()) {
            for (String lang : Fields.LANGS) {
                List<String> keywords = service.keywords().in(lang);
                for (String keyword : keywords) {
                    Set<String> terms = new HashSet<>(CatalogAnalyzer.terms(indexAnalyzer, Fields.keywords(lang), keyword));
                    if (terms.size() < 2) {
                        continue;
                    }
                    int id = phrases.size();
                    phrases.add(new Phrase(service.id(), terms.size()));
                    terms.forEach(t -> postings.computeIfAbsent(lang + ":" + t, k -> new ArrayList<>()).add(id));
                }
            }
        }
    }

    /** For each service with a phrase whose words all appear in the text's terms, the longest such phrase's size. */
    Map<String, Integer> covered(Map<String, List<String>> termsByLang) {
        Map<Integer, Integer> seen = new HashMap<>();
        termsByLang.forEach((lang, terms) -> new HashSet<>(terms).forEach(t ->
                postings.getOrDefault(lang + ":" + t, List.of()).forEach(p -> seen.merge(p, 1, Integer::sum))));
        Map<String, Integer> best = new HashMap<>();
        seen.forEach((p, count) -> {
            Phrase phrase = phrases.get(p);
            if (count == phrase.size()) {
                best.merge(phrase.service(), phrase.size(), Math::max);
            }
        });
        return best;
    }
}
