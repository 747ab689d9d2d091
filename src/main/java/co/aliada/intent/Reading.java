package co.aliada.intent;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One text as the classifier reads it ({@link Features#read}), with the characters that lie in a negated clause
 * found when first asked for, and each language's features extracted once. A classification looks at the same text
 * several times (its ranking in both languages, whether it negates, the words foreign to the winner), and each look
 * used to tokenise and fold it again.
 */
final class Reading {

    private final String text;
    private final Negation negation;
    private BitSet negated;
    private final Map<Features, Set<String>> marked = new HashMap<>(4);
    private final Map<Features, Set<String>> plain = new HashMap<>(4);

    Reading(String squeezed, Negation negation) {
        this.text = squeezed;
        this.negation = negation;
    }

    /** The text with stretched letters squeezed and courtesy words blanked. */
    String text() {
        return text;
    }

    /** The characters of the text in a negated clause. */
    BitSet negated() {
        if (negated == null) {
            negated = negation.scope(text);
        }
        return negated;
    }

    /** Whether any word of the text lies in a negated clause. */
    boolean negates() {
        return !negated().isEmpty();
    }

    /** The distinct features of the text in this language; with {@code marked} false, negated words count as plain. */
    Set<String> features(Features features, boolean marked) {
        return (marked ? this.marked : plain).computeIfAbsent(features, f -> f.extract(this, marked));
    }
}
