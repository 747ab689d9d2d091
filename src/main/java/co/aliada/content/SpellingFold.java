package co.aliada.content;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the letters Colombian Spanish pronounces alike, so spellings people type by ear meet the
 * catalogue's: "nesecito" and "necesito", "aser" and "hacer", "clientez" and "clientes", "bendemos"
 * and "vendemos", "kiero" and "quiero". Applied to the catalogue and to what people write alike (index
 * and query share the chain), before synonyms, stop words and stemming, so those see folded words too.
 * A word's typo the fold does not cover is left to the edit-distance lookup. Here, beside the content, because
 * the catalogue's matching and the intents' Spanish phrases both fold with it.
 */
public final class SpellingFold extends TokenFilter {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public SpellingFold(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String folded = fold(term.toString());
        term.setEmpty().append(folded);
        return true;
    }

    /** A text in lower case and without accents ("Está" is "esta"): what people type, and what {@link #fold} takes. */
    public static String plain(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The folded form of one lower-case, accent-free word. */
    public static String fold(String word) {
        StringBuilder out = new StringBuilder(word.length());
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : 0;
            switch (c) {
                case 'h' -> {
                    // Silent h: kept only in "ch".
                    if (i > 0 && word.charAt(i - 1) == 'c') {
                        out.append(c);
                    }
                }
                case 'q' -> {
                    if (next == 'u' && i + 2 < n && (word.charAt(i + 2) == 'e' || word.charAt(i + 2) == 'i')) {
                        i++;
                    }
                    out.append('k');
                }
                case 'c' -> out.append(next == 'e' || next == 'i' ? 's' : next == 'h' ? 'c' : 'k');
                case 'z' -> out.append('s');
                case 'v' -> out.append('b');
                case 'l' -> {
                    if (next == 'l') {
                        i++;
                        out.append('y');
                    } else {
                        out.append(c);
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
