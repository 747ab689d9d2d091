package co.aliada.intent;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * The first pass of a {@link PhraseIndex}: the phrases that share most with a text, ranked as Lucene's search of
 * the features as SHOULD term clauses ranks them, from arrays read out of the index once at load. A search per text
 * built a weight, a term enum and a scorer per feature, most of what a classification allocated; the phrases are
 * a few hundred, so summing each feature's contribution over its phrases is cheaper.
 *
 * <p>Each feature's contribution comes from the searcher's own similarity and statistics (features are indexed
 * without frequencies or norms, so it is the same in every phrase). Lucene adds a document's float contributions
 * in a double and hands the collector that sum as a float; these contributions are a few dozen floats of like
 * magnitude, so the double sum is exact in any order and the float is the same. Ties go to the lower document,
 * as in Lucene's top-n collector.
 */
final class Candidates {

    /** One feature: what it adds to a phrase's score, and the documents that have it. */
    private record Posting(float score, int[] docs) {
    }

    private final Map<String, Posting> postings = new HashMap<>();
    private final int[] ordinals;

    Candidates(IndexSearcher searcher, String field, int[] ordinals) throws IOException {
        this.ordinals = ordinals;
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
        CollectionStatistics collection = searcher.collectionStatistics(field);
        if (terms == null || collection == null) {
            return;
        }
        Similarity similarity = searcher.getSimilarity();
        TermsEnum term = terms.iterator();
        PostingsEnum docs = null;
        for (BytesRef bytes = term.next(); bytes != null; bytes = term.next()) {
            Term t = new Term(field, BytesRef.deepCopyOf(bytes));
            // As a TermQuery's weight (boost 1) scores a document: frequency 1, no norms (read as 1).
            float score = similarity.scorer(1f, collection, searcher.termStatistics(t, term.docFreq(), term.totalTermFreq()))
                    .score(1f, 1L);
            docs = term.postings(docs, PostingsEnum.NONE);
            int[] ids = new int[term.docFreq()];
            int n = 0;
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                ids[n++] = doc;
            }
            postings.put(t.text(), new Posting(score, Arrays.copyOf(ids, n)));
        }
    }

    /**
     * The ordinals of the {@code limit} phrases that score best on the first {@code maxFeatures} of these features
     * (as many term clauses as a query took), best first.
     */
    int[] best(Iterable<String> features, int maxFeatures, int limit) {
        double[] sums = new double[ordinals.length];
        int[] touched = new int[ordinals.length];
        int count = 0;
        int taken = 0;
        for (String feature : features) {
            if (taken++ == maxFeatures) {
                break;
            }
            Posting posting = postings.get(feature);
            if (posting == null) {
                continue;
            }
            for (int doc : posting.docs()) {
                if (sums[doc] == 0) {
                    touched[count++] = doc; // every contribution is positive: a zero sum is an untouched phrase
                }
                sums[doc] += posting.score();
            }
        }
        // Score first, then the lower document: a positive float's bits order like the float.
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = (long) Float.floatToIntBits((float) sums[touched[i]]) << 32 | (Integer.MAX_VALUE - touched[i]);
        }
        Arrays.sort(keys);
        int[] best = new int[Math.min(limit, count)];
        for (int i = 0; i < best.length; i++) {
            best[i] = ordinals[Integer.MAX_VALUE - (int) keys[count - 1 - i]];
        }
        return best;
    }
}
