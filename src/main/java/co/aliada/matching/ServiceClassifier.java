package co.aliada.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.Service;
import org.apache.lucene.analysis.Analyzer;

/**
 * A multinomial naive Bayes classifier over the catalogue's own words, trained on every load: each
 * service is a class, its keyword phrases, name and description its training text. Where BM25 weighs
 * the rarest word a text shares with a service, this weighs every word by how typical it is of each
 * service, so a text made of several common words ("mis clientes", "pedidos", "whatsapp") leans to the
 * service whose phrases use them together. Features are the analysed terms of each language plus the
 * character 4-grams of each term (at a lower weight), which meet plurals, verb forms and typos.
 */
final class ServiceClassifier {

    /** Additive (Laplace) smoothing of word counts; small, because most services share few words. */
    static final double SMOOTHING = 0.1;
    /** How much a 4-gram counts beside a whole term. */
    static final double GRAM_WEIGHT = 0.5;
    static final double NAME_WEIGHT = 2.0;
    static final double DESCRIPTION_WEIGHT = 0.5;
    /** Log-likelihoods are divided by this before the softmax, so the posterior is not all-or-nothing. */
    static final double TEMPERATURE = 2.0;

    private final List<String> ids = new ArrayList<>();
    /** Per feature, its log-probability in each service (index as {@code ids}); absent features are ignored. */
    private final Map<String, double[]> logProb = new HashMap<>();
    private final double[] unseen;

    ServiceClassifier(Catalog catalog, Analyzer indexAnalyzer) {
        List<Map<String, Double>> counts = new ArrayList<>();
        for (Service service : catalog.services()) {
            ids.add(service.id());
            Map<String, Double> c = new HashMap<>();
            for (String lang : Fields.LANGS) {
                List<String> keywords = service.keywords().in(lang);
                keywords.forEach(k -> add(c, terms(indexAnalyzer, Fields.keywords(lang), k), lang, 1.0));
                add(c, terms(indexAnalyzer, Fields.name(lang), service.name().in(lang)), lang, NAME_WEIGHT);
                add(c, terms(indexAnalyzer, Fields.description(lang), service.description().in(lang)), lang, DESCRIPTION_WEIGHT);
            }
            counts.add(c);
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(f -> vocabulary.putIfAbsent(f, vocabulary.size())));
        unseen = new double[ids.size()];
        for (int s = 0; s < ids.size(); s++) {
            Map<String, Double> c = counts.get(s);
            double total = c.values().stream().mapToDouble(Double::doubleValue).sum() + SMOOTHING * vocabulary.size();
            unseen[s] = Math.log(SMOOTHING / total);
            for (Map.Entry<String, Double> e : c.entrySet()) {
                logProb.computeIfAbsent(e.getKey(), k -> new double[ids.size()])[s] = Math.log((e.getValue() + SMOOTHING) / total);
            }
        }
        // A feature a service never uses gets that service's smoothed floor.
        logProb.values().forEach(p -> {
            for (int s = 0; s < p.length; s++) {
                p[s] = p[s] == 0 ? unseen[s] : p[s];
            }
        });
    }

    /** Posterior probability of each service for a text's query terms (per language); empty when no feature is known. */
    Map<String, Double> posterior(Map<String, List<String>> termsByLang) {
        double[] score = new double[ids.size()];
        boolean[] any = {false};
        termsByLang.forEach((lang, terms) -> {
            for (String term : terms) {
                any[0] |= accumulate(score, lang + ":" + term, 1.0);
                for (String gram : grams(term)) {
                    any[0] |= accumulate(score, lang + "#" + gram, GRAM_WEIGHT);
                }
            }
        });
        if (!any[0]) {
            return Map.of();
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : score) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[score.length];
        for (int s = 0; s < score.length; s++) {
            p[s] = Math.exp((score[s] - max) / TEMPERATURE);
            sum += p[s];
        }
        Map<String, Double> posterior = new HashMap<>();
        for (int s = 0; s < p.length; s++) {
            posterior.put(ids.get(s), p[s] / sum);
        }
        return posterior;
    }

    private boolean accumulate(double[] score, String feature, double weight) {
        double[] p = logProb.get(feature);
        if (p == null) {
            return false;
        }
        for (int s = 0; s < score.length; s++) {
            score[s] += weight * p[s];
        }
        return true;
    }

    private static void add(Map<String, Double> counts, List<String> terms, String lang, double weight) {
        for (String term : terms) {
            counts.merge(lang + ":" + term, weight, Double::sum);
            for (String gram : grams(term)) {
                counts.merge(lang + "#" + gram, weight * GRAM_WEIGHT, Double::sum);
            }
        }
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        return CatalogAnalyzer.terms(analyzer, field, text);
    }

    /** Character 4-grams of a term with its edges marked, or none for a term of under 4 letters. */
    static List<String> grams(String term) {
        String t = "_" + term + "_";
        if (term.length() < 4) {
            return List.of();
        }
        List<String> grams = new ArrayList<>(t.length() - 3);
        for (int i = 0; i + 4 <= t.length(); i++) {
            grams.add(t.substring(i, i + 4));
        }
        return grams;
    }
}
