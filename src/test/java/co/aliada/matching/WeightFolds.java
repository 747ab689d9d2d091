package co.aliada.matching;

import java.util.stream.IntStream;

/**
 * How a weight chosen on some texts does on texts it was not chosen on: {@code hits[w][i]} is what weight {@code w}
 * scored on text {@code i}; text {@code i} is in fold {@code i mod FOLDS}.
 */
final class WeightFolds {

    static final int FOLDS = 5;

    private WeightFolds() {
    }

    /** For each fold, the weight best on the other folds (the first on ties), scored on that fold; summed. */
    static int crossValidated(int[][] hits) {
        int crossValidated = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            int best = 0;
            for (int w = 1; w < hits.length; w++) {
                best = training(hits[w], fold) > training(hits[best], fold) ? w : best;
            }
            crossValidated += total(hits[best]) - training(hits[best], fold);
        }
        return crossValidated;
    }

    static int total(int[] hits) {
        return IntStream.of(hits).sum();
    }

    /** Hits on the texts outside fold {@code fold}. */
    static int training(int[] hits, int fold) {
        int total = 0;
        for (int i = 0; i < hits.length; i++) {
            total += i % FOLDS != fold ? hits[i] : 0;
        }
        return total;
    }
}
