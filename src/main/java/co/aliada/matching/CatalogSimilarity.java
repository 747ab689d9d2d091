package co.aliada.matching;

import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * BM25 whose scores do not move when unrelated services are added: a word's weight depends only on
 * how many services use it (idf against a fixed reference size, not the catalogue's), and field
 * length does not count (b = 0; keywords and names are short lists, not prose). So the "none"
 * threshold keeps its meaning, an amount of evidence, whatever an admin adds to the catalogue.
 */
final class CatalogSimilarity extends BM25Similarity {

    /** The reference number of services the idf is computed against (about the shipped catalogue). */
    static final double REFERENCE_SIZE = 30;

    CatalogSimilarity() {
        super(1.2f, 0.75f);
    }

    @Override
    protected float idf(long docFreq, long docCount) {
        return (float) Math.log(1 + REFERENCE_SIZE / (docFreq + 0.5));
    }
}
