package co.aliada.intent;

import java.util.List;
import java.util.Set;

/**
 * The word a Colombian diminutive makes small, when no phrase has the diminutive itself: "toditico", "ratico",
 * "poquito", "asesorcito", "numerito" are "todo", "rato", "poco", "asesor", "número" said kindly. No phrase can list
 * every word with -ito, -ico and -cito, and read through its letters alone "borren toditico" stayed under the bar of a
 * request. Works on the words as the Spanish phrases are read (spelling-folded and lightly stemmed: "toditico" is
 * "toditik", "poquito" is "pokit", "asesorcito" is "asesorsit"), and only gives a word some phrase knows.
 */
final class Diminutives {

    /** Shorter rests are too many other words' beginnings ("éxito" is no small "ex"). */
    static final int MIN_BASE = 3;
    /**
     * -cito after a consonant or an e ("asesorcito", "cafecito"), -ito, and -ico, said after a t ("ratico", "momentico"),
     * also typed with "qu" ("datiquos", "ratiquo": the fold keeps the u before an o or an a).
     */
    private static final List<String> ENDINGS = List.of("sit", "it", "ik", "iku");
    /** The stem drops a final vowel only from longer words: "todo" stays "todo", "numero" is "numer". */
    private static final List<String> VOWELS = List.of("", "o", "a", "e", "i");

    private Diminutives() {
    }

    /** The known word this diminutive makes small ("toditik" → "todo", or "todit" where a phrase has that), or null. */
    static String base(String word, Set<String> known) {
        for (String ending : ENDINGS) {
            if (!word.endsWith(ending)) {
                continue;
            }
            String rest = word.substring(0, word.length() - ending.length());
            // -ico makes small only words that end in t ("rato", "momento", "todito"): "publico" or "basico" is no "pubo"
            if (rest.length() < MIN_BASE || ending.startsWith("ik") && !rest.endsWith("t")) {
                continue;
            }
            for (String vowel : VOWELS) {
                if (known.contains(rest + vowel)) {
                    return rest + vowel;
                }
            }
            String smaller = base(rest, known); // "toditico" is a small "todito", itself a small "todo"
            if (smaller != null) {
                return smaller;
            }
        }
        return null;
    }
}
