package co.aliada.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words of the requests that must never be missed that an unknown word of a text may have been typed for: one
 * letter added, dropped, changed or two swapped ("elimnar" for eliminar, "deleet" for delete, "restrat" for restart,
 * "asesorr" for asesor). Trigrams alone met such a verb too weakly: in "elimnar mis datos" the two known words asked
 * for my_data more than the misspelt verb asked to delete. Only those intents' words are guessed: a real word that
 * no phrase has is often one letter from another intent's word ("explicarme", "explícame").
 */
final class Typos {

    /** Shorter words are too many letters of their own to guess from ("dato", "mis"). */
    static final int MIN_LENGTH = 5;

    private Typos() {
    }

    /** The words of {@code guessed} a single edit away from this word, when no phrase has it ({@code known}). */
    static List<String> nearest(String word, Set<String> known, Set<String> guessed) {
        if (word.length() < MIN_LENGTH || known.contains(word)) {
            return List.of();
        }
        List<String> found = new ArrayList<>(2);
        for (String candidate : guessed) {
            if (candidate.length() >= MIN_LENGTH && oneEditAway(word, candidate)) {
                found.add(candidate);
            }
        }
        return found;
    }

    /** Whether one insertion, deletion, substitution or swap of neighbouring letters turns one word into the other. */
    static boolean oneEditAway(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int start = 0;
        while (start < Math.min(a.length(), b.length()) && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        if (a.length() != b.length()) {
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            return longer.substring(start + 1).equals(shorter.substring(start));
        }
        if (a.substring(start + 1).equals(b.substring(start + 1))) {
            return true; // one letter changed
        }
        return start + 1 < a.length() && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start)
                && a.substring(start + 2).equals(b.substring(start + 2));
    }
}
