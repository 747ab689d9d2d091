package co.aliada.onboarding;

import java.util.Locale;
import java.util.Set;

/**
 * A name typed all in small letters, as phones without auto-capitals send it, written as a name is: each word with a
 * capital but the small ones inside it ("Santander de Quilichao", "Pan de la Abuela"), and some words all in capitals
 * ("Café Tambo SAS"). For the place and the company the profile keeps.
 */
final class NameCase {

    private NameCase() {
    }

    /**
     * @param small    words that stay in small letters after the first ("de", "la")
     * @param capitals words written all in capitals wherever they stand ("sas")
     */
    static String of(String name, Set<String> small, Set<String> capitals) {
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (capitals.contains(word)) {
                words[i] = word.toUpperCase(Locale.ROOT);
            } else if (!word.isEmpty() && (i == 0 || !small.contains(word))) {
                int first = word.codePointAt(0);
                words[i] = new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                        .append(word.substring(Character.charCount(first))).toString();
            }
        }
        return String.join(" ", words);
    }
}
