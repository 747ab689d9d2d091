package co.aliada.intent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrases' and the intents' centroids' weights, indexed by feature: one pass over a text's features gives its
 * dot product with every phrase and centroid, where a map lookup per feature and phrase took most of a
 * classification's time. Each product is summed in the order of the text's features, skipping the features a
 * vector lacks, exactly as a feature-by-feature dot product sums it: every similarity is the same double.
 */
final class Dots {

    /** Which vectors have one feature, and their weight for it. */
    private record Column(int[] phrases, double[] phraseWeights, int[] intents, double[] centroidWeights) {
    }

    /** A text's dot products: by phrase ordinal, and by intent. */
    record Products(double[] phrases, double[] centroids, Map<String, Integer> intents) {

        double centroid(String intent) {
            return centroids[intents.get(intent)];
        }
    }

    private final Map<String, Column> columns = new HashMap<>();
    private final int phraseCount;
    private final Map<String, Integer> intents = new HashMap<>();

    Dots(List<Map<String, Double>> phrases, Map<String, Map<String, Double>> centroids) {
        this.phraseCount = phrases.size();
        Map<String, List<double[]>> byFeature = new HashMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            int ordinal = i;
            phrases.get(i).forEach((f, w) -> byFeature.computeIfAbsent(f, k -> new ArrayList<>()).add(new double[] {ordinal, w}));
        }
        Map<String, List<double[]>> byCentroid = new HashMap<>();
        centroids.forEach((intent, vector) -> {
            int index = intents.computeIfAbsent(intent, k -> intents.size());
            vector.forEach((f, w) -> byCentroid.computeIfAbsent(f, k -> new ArrayList<>()).add(new double[] {index, w}));
        });
        byCentroid.keySet().forEach(f -> byFeature.putIfAbsent(f, List.of()));
        byFeature.forEach((f, inPhrases) -> {
            List<double[]> inCentroids = byCentroid.getOrDefault(f, List.of());
            columns.put(f, new Column(inPhrases.stream().mapToInt(e -> (int) e[0]).toArray(),
                    inPhrases.stream().mapToDouble(e -> e[1]).toArray(),
                    inCentroids.stream().mapToInt(e -> (int) e[0]).toArray(),
                    inCentroids.stream().mapToDouble(e -> e[1]).toArray()));
        });
    }

    /** The text's dot product with every phrase and every intent's centroid. */
    Products of(Map<String, Double> query) {
        double[] phrases = new double[phraseCount];
        double[] centroids = new double[intents.size()];
        for (Map.Entry<String, Double> f : query.entrySet()) {
            Column column = columns.get(f.getKey());
            if (column == null) {
                continue;
            }
            double q = f.getValue();
            for (int k = 0; k < column.phrases().length; k++) {
                phrases[column.phrases()[k]] += q * column.phraseWeights()[k];
            }
            for (int k = 0; k < column.intents().length; k++) {
                centroids[column.intents()[k]] += q * column.centroidWeights()[k];
            }
        }
        return new Products(phrases, centroids, intents);
    }
}
