package co.aliada.intent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The training phrases of one language in a Lucene index. BM25 over the phrases' features finds
 * the candidates; each candidate is then scored by cosine similarity of idf-weighted features, a
 * number between 0 and 1 that thresholds can rely on (BM25 scores are not comparable across texts).
 */
final class PhraseIndex {

    private static final String FIELD = "features";
    private static final String ORDINAL = "ordinal";
    private static final int CANDIDATES = 40;
    private static final int RARE = 2;
    private static final int MAX_CLAUSES = 600;
    // Trigrams rescue typos, but a shared word says more than a shared trigram.
    private static final double GRAM_WEIGHT = 0.35;
    private static final FieldType FEATURES = new FieldType();
    // The nearest phrase says most; the intent's centroid keeps one odd phrase from deciding alone.
    private static final double NEAREST = 0.6;

    static {
        FEATURES.setIndexOptions(IndexOptions.DOCS);
        FEATURES.setOmitNorms(true);
        FEATURES.setTokenized(true);
        FEATURES.freeze();
    }

    /** One training phrase, ready to compare. */
    record Phrase(String intent, String text, Map<String, Double> weights, double norm) {
    }

    private final Features features;
    private final List<Phrase> phrases = new ArrayList<>();
    private final Map<String, Integer> docFreq = new HashMap<>();
    private final Candidates candidates;
    private final Dots dots;
    private final Map<String, Map<String, Double>> centroids = new HashMap<>();
    private final double total;
    private final Map<String, Set<String>> vocabulary = new HashMap<>();
    /** Every word of the phrases, negated or not, and those of the intents whose typos are guessed ({@link Typos}). */
    private final Set<String> words = new java.util.HashSet<>();
    private final Set<String> guessed = new java.util.HashSet<>();
    /** The common words ({@code common} in negation.yml) as the phrases' words are read: stemmed and folded. */
    private final Set<String> common = new java.util.HashSet<>();
    /** Each intent's phrases made of common words only ("de una" says yes): a text that holds one whole asks for it. */
    private final Map<String, List<Set<String>>> ofCommonWords = new HashMap<>();

    PhraseIndex(Features features, List<Map.Entry<String, String>> intentPhrases) {
        this(features, intentPhrases, Set.of());
    }

    PhraseIndex(Features features, List<Map.Entry<String, String>> intentPhrases, Set<String> typosOf) {
        this(features, intentPhrases, typosOf, List.of());
    }

    PhraseIndex(Features features, List<Map.Entry<String, String>> intentPhrases, Set<String> typosOf, List<String> commonWords) {
        this.features = features;
        commonWords.forEach(w -> features.extract(w).stream().filter(f -> f.startsWith(Features.WORD)).map(PhraseIndex::bare)
                .forEach(common::add));
        this.total = Math.max(1, intentPhrases.size());
        List<Set<String>> featureSets = intentPhrases.stream().map(e -> features.extract(e.getValue())).toList();
        featureSets.forEach(set -> set.forEach(f -> docFreq.merge(f, 1, Integer::sum)));
        for (int i = 0; i < featureSets.size(); i++) {
            Set<String> plain = featureSets.get(i).stream().filter(f -> f.startsWith(Features.WORD)).collect(java.util.stream.Collectors.toSet());
            if (!plain.isEmpty() && plain.stream().allMatch(f -> common.contains(bare(f)))) {
                ofCommonWords.computeIfAbsent(intentPhrases.get(i).getKey(), k -> new ArrayList<>()).add(plain);
            }
        }
        docFreq.keySet().stream().filter(f -> f.startsWith(Features.WORD)).map(PhraseIndex::bare).forEach(words::add);
        for (int i = 0; i < featureSets.size(); i++) {
            featureSets.get(i).stream().filter(f -> f.startsWith(Features.WORD))
                    .forEach(vocabulary.computeIfAbsent(intentPhrases.get(i).getKey(), k -> new java.util.HashSet<>())::add);
        }
        typosOf.forEach(intent -> vocabulary.getOrDefault(intent, Set.of()).stream().map(PhraseIndex::bare).forEach(guessed::add));
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < intentPhrases.size(); i++) {
                Map<String, Double> weights = weigh(featureSets.get(i));
                phrases.add(new Phrase(intentPhrases.get(i).getKey(), intentPhrases.get(i).getValue(), weights, norm(weights)));
                Document doc = new Document();
                doc.add(new Field(FIELD, String.join(" ", featureSets.get(i)), FEATURES));
                doc.add(new NumericDocValuesField(ORDINAL, i));
                writer.addDocument(doc);
            }
            writer.commit();
            phrases.forEach(this::addToCentroid);
            centroids.values().forEach(PhraseIndex::normalize);
            dots = new Dots(phrases.stream().map(Phrase::weights).toList(), centroids);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                candidates = new Candidates(searcher, FIELD, ordinals(searcher));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each intent's similarity to the text; with {@code negation} false the text's negated words count as plain words. */
    Map<String, Double> score(Reading text, boolean negation) {
        Map<String, Double> query = weigh(withTypos(text.features(features, negation)));
        Map<String, Double> best = new HashMap<>();
        if (query.isEmpty()) {
            return best;
        }
        double queryNorm = norm(query);
        Dots.Products dot = dots.of(query);
        for (int ordinal : candidates.best(query.keySet(), MAX_CLAUSES, CANDIDATES)) {
            Phrase phrase = phrases.get(ordinal);
            best.merge(phrase.intent(), dot.phrases()[ordinal] / (queryNorm * phrase.norm()), Math::max);
        }
        best.replaceAll((intent, nearest) -> NEAREST * nearest + (1 - NEAREST) * dot.centroid(intent) / queryNorm);
        return best;
    }

    /**
     * The text's features, each word no phrase has replaced by the word it makes small ({@link Diminutives}: "toditico"
     * is "todo") or else by the words it may have been typed for ({@link Typos}).
     */
    private Set<String> withTypos(Set<String> text) {
        if (guessed.isEmpty() && !features.spanish()) {
            return text;
        }
        Set<String> read = text;
        for (String f : text) {
            if (f.startsWith(Features.WORD)) {
                String word = bare(f);
                String small = features.spanish() && !words.contains(word) ? Diminutives.base(word, words) : null;
                List<String> meant = small != null ? List.of(small) : Typos.nearest(word, words, guessed);
                if (!meant.isEmpty()) {
                    read = read == text ? new java.util.LinkedHashSet<>(text) : read;
                    read.remove(f);
                    String prefix = f.substring(0, f.length() - word.length());
                    for (String m : meant) {
                        read.add(prefix + m);
                    }
                }
            }
        }
        return read;
    }

    /** A word feature's word, without its prefix and negation mark. */
    private static String bare(String feature) {
        String word = feature.substring(Features.WORD.length());
        return word.startsWith(Features.NEGATED) ? word.substring(Features.NEGATED.length()) : word;
    }

    private void addToCentroid(Phrase phrase) {
        Map<String, Double> centroid = centroids.computeIfAbsent(phrase.intent(), k -> new HashMap<>());
        phrase.weights().forEach((f, w) -> centroid.merge(f, w / phrase.norm(), Double::sum));
    }

    private static void normalize(Map<String, Double> vector) {
        double n = norm(vector);
        vector.replaceAll((f, w) -> w / n);
    }

    /** Rare words of the text (in at most two phrases of any intent) that none of the intent's phrases has. */
    int foreign(String intent, Reading text) {
        Set<String> known = vocabulary.getOrDefault(intent, Set.of());
        int count = 0;
        for (String f : text.features(features, true)) {
            if (f.startsWith(Features.WORD) && !known.contains(f) && docFreq.getOrDefault(f, 0) <= RARE) {
                count++;
            }
        }
        return count;
    }

    /**
     * The words of the text (typos read as the words meant) that the intent's phrases hold, and how many of them are not
     * common words: "todos" shares only a common word with "borren todo", "borrar" a word of its own.
     */
    Shared shared(String intent, Reading text) {
        Set<String> known = vocabulary.getOrDefault(intent, Set.of());
        Set<String> read = withTypos(text.features(features, true));
        int words = 0;
        int content = 0;
        int unknown = 0;
        for (String f : read) {
            if (f.startsWith(Features.WORD) && (known.contains(f) || known.contains(Features.WORD + bare(f)))) {
                words++;
                content += common.contains(bare(f)) ? 0 : 1;
            } else if (f.startsWith(Features.WORD) && !this.words.contains(bare(f))) {
                unknown++;
            }
        }
        boolean saysAPhrase = ofCommonWords.getOrDefault(intent, List.of()).stream().anyMatch(read::containsAll);
        return new Shared(words, content + (saysAPhrase ? 1 : 0), unknown);
    }

    /** Whether the intent's phrases hold each of these words, read as the phrases are (folded, lightly stemmed). */
    boolean knows(String intent, List<String> words) {
        Set<String> known = vocabulary.getOrDefault(intent, Set.of());
        return words.stream().allMatch(w -> features.extract(w).stream().filter(f -> f.startsWith(Features.WORD)).anyMatch(known::contains));
    }

    /**
     * How many of a text's words an intent's phrases hold, how many of those are not common words, and how many words no
     * phrase of any intent holds (a typo too far from every word to be guessed: "erace").
     */
    record Shared(int words, int content, int unknown) {
    }

    int size() {
        return phrases.size();
    }

    /** Which phrase each document holds, read once so that scoring a hit costs an array lookup. */
    private static int[] ordinals(IndexSearcher searcher) throws IOException {
        int[] ordinals = new int[searcher.getIndexReader().maxDoc()];
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(ORDINAL);
            for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                ordinals[leaf.docBase + doc] = (int) values.longValue();
            }
        }
        return ordinals;
    }

    private Map<String, Double> weigh(Set<String> featureSet) {
        Map<String, Double> weights = new HashMap<>();
        for (String f : featureSet) {
            // A feature no phrase has weighs like the rarest: it lowers the similarity to every phrase.
            double idf = Math.log(1 + total / Math.max(0.5, docFreq.getOrDefault(f, 0)));
            weights.put(f, idf * (f.startsWith(Features.GRAM) ? GRAM_WEIGHT : 1.0));
        }
        return weights;
    }

    private static double norm(Map<String, Double> weights) {
        return Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
    }
}
