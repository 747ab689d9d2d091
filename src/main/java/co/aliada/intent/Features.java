package co.aliada.intent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import co.aliada.content.SpellingFold;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns a text into the features the classifier compares: light stems ({@code w:ayud}) and the
 * character trigrams of each word ({@code g:#ay}), so accents, plurals and typical phone typos
 * ("ayudaa", "asesr") still meet the training phrases; Spanish words are spelling-folded as in the
 * catalogue ("nesesito" meets "necesito"). Numbers carry no intent and are dropped.
 */
final class Features {

    static final String WORD = "w:";
    static final String GRAM = "g:";
    /** Marks a feature of a negated word: "no necesito asesor" shares no feature with "necesito asesor". */
    static final String NEGATED = "~";
    private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1{2,}");

    private final Analyzer analyzer;
    private final Negation negation;
    private final boolean spanish;

    private Features(Analyzer analyzer, Negation negation, boolean spanish) {
        this.analyzer = analyzer;
        this.negation = negation;
        this.spanish = spanish;
    }

    /** Whether its words are read as Spanish ones (folded and stemmed so), where diminutives are said. */
    boolean spanish() {
        return spanish;
    }

    static Features forLanguage(String lang) {
        return forLanguage(lang, Negation.NONE);
    }

    static Features forLanguage(String lang, Negation negation) {
        Map<String, String> shortForms = negation.shortForms();
        return new Features(new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                stream = shortForms.isEmpty() ? stream : new ShortForms(stream, shortForms);
                // Spanish typed by ear ("nesesito", "umano", "reiniziar", "komensar") meets the phrases: the
                // catalogue's spelling fold, on phrases and texts alike.
                stream = "en".equals(lang) ? new PorterStemFilter(new EnglishPossessiveFilter(stream))
                        : new SpanishLightStemFilter(new SpellingFold(stream));
                return new TokenStreamComponents(source, stream);
            }
        }, negation, !"en".equals(lang));
    }

    /** The distinct features of a text, in order of appearance, negated words marked. */
    Set<String> extract(String text) {
        return read(text, negation).features(this, true);
    }

    /**
     * The text as it is read, for one classification to look at as often as it needs: stretched words ("holaaa",
     * "graciasss": three or more equal letters, as people type on phones) count once, and courtesy words are blanked.
     */
    static Reading read(String text, Negation negation) {
        return new Reading(negation.withoutCourtesy(STRETCHED.matcher(text).replaceAll("$1")), negation);
    }

    /** The distinct features of a text as read; with {@code negation} false, negated words count as plain ones. */
    Set<String> extract(Reading reading, boolean negation) {
        String squeezed = reading.text();
        Set<String> features = new LinkedHashSet<>();
        BitSet negated = negation ? reading.negated() : new BitSet();
        try (TokenStream stream = analyzer.tokenStream("text", squeezed)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String token = term.toString();
                if (token.chars().anyMatch(Character::isDigit) && token.chars().noneMatch(Character::isLetter)) {
                    continue;
                }
                String mark = negated.get(offset.startOffset()) ? NEGATED : "";
                features.add(WORD + mark + token);
                if (token.chars().allMatch(Character::isLetter)) {
                    String padded = "#" + token + "#";
                    for (int i = 0; i + 3 <= padded.length(); i++) {
                        features.add(GRAM + mark + padded.substring(i, i + 3));
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return features;
    }
}
