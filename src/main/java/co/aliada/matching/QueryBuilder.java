package co.aliada.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query from the analyzers' tokens, never from a query parser, so that text
 * such as {@code AND ( " * ~ :} is just text. Both languages are searched whatever the chat's
 * language; misspelt words (unknown to the index) are looked up with edit distance in the
 * language the text seems to be written in.
 */
final class QueryBuilder {

    /** Enough words for a long challenge, few enough to stay far below Lucene's clause limit. */
    static final int MAX_TERMS = 40;
    private static final int FUZZY_MIN_LENGTH = 5;
    private static final int FUZZY_TWO_EDITS = 9;
    private static final float FUZZY_WEIGHT = 0.6f;
    private static final int FUZZY_EXPANSIONS = 10;

    private QueryBuilder() {
    }

    /** The query for a text, or null when no language finds a word worth searching. */
    static Built build(CatalogIndex index, String text, String chatLang) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        String written = chatLang;
        int bestKnown = -1;
        List<List<String>> byLang = Fields.LANGS.stream().map(lang -> CatalogAnalyzer.terms(
                index.queryAnalyzer(lang), Fields.name(lang), text).stream().limit(MAX_TERMS).toList()).toList();
        int[] known = new int[Fields.LANGS.size()];
        for (int i = 0; i < known.length; i++) {
            String lang = Fields.LANGS.get(i);
            known[i] = (int) byLang.get(i).stream().filter(t -> index.knows(lang, t)).count();
            if (known[i] > bestKnown || (known[i] == bestKnown && lang.equals(chatLang))) {
                bestKnown = known[i];
                written = lang;
            }
        }
        int clauses = 0;
        Map<String, List<String>> nearTerms = new HashMap<>();
        for (int i = 0; i < known.length; i++) {
            String lang = Fields.LANGS.get(i);
            for (String term : byLang.get(i)) {
                boolean exact = index.knows(lang, term);
                if (exact) {
                    for (Fields.Weighted f : Fields.searched(lang)) {
                        query.add(new BoostQuery(new TermQuery(new Term(f.field(), term)), f.boost()), BooleanClause.Occur.SHOULD);
                        clauses++;
                    }
                } else if (lang.equals(written) && term.length() >= FUZZY_MIN_LENGTH) {
                    int maxEdits = term.length() >= FUZZY_TWO_EDITS ? 2 : 1;
                    for (Fields.Weighted f : Fields.fuzzy(lang)) {
                        for (Vocabulary.Near near : index.vocabulary(f.field()).near(term, maxEdits, FUZZY_EXPANSIONS)) {
                            // As a fuzzy query weighs them: the fewer edits for the word's length, the closer to a real hit.
                            float similarity = 1f - (float) near.edits() / Math.min(term.length(), near.term().length());
                            Query hit = new TermQuery(new Term(f.field(), near.term()));
                            nearTerms.computeIfAbsent(lang, k -> new java.util.ArrayList<>()).add(near.term());
                            query.add(new BoostQuery(hit, f.boost() * FUZZY_WEIGHT * similarity), BooleanClause.Occur.SHOULD);
                            clauses++;
                        }
                    }
                }
            }
        }
        Map<String, List<String>> terms = new HashMap<>();
        for (int i = 0; i < known.length; i++) {
            terms.put(Fields.LANGS.get(i), byLang.get(i));
        }
        return clauses == 0 ? null : new Built(query.build(), written, known[Fields.LANGS.indexOf(written)], terms, nearTerms);
    }

    /** The query, the language the text seems written in, and how many of its words the catalogue knows. */
    record Built(Query query, String writtenIn, int knownTerms, Map<String, List<String>> terms,
            Map<String, List<String>> nearTerms) {
    }
}
