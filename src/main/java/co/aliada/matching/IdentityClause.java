package co.aliada.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import co.aliada.catalog.Catalog;
import co.aliada.content.SpellingFold;

/**
 * What a text asks once the parts that only say who is asking are set aside, found with the admins' words
 * ({@code identity.yml}): a part opens with one of its words ("tengo una", "somos", "we are a") at the start of a
 * sentence or clause, and runs to the first word that joins another part ("y", "but") or tells a wish or a trouble
 * ("quiero", "no", "want"), a comma or the end of the sentence. "Tengo una empresa de software y quiero conseguir
 * más clientes" asks for customers; the trade says who is asking, and its words ("software") would otherwise pull
 * towards the technology pillar. The same words inside a clause ("capacitar a mis empleados", "no tenemos un plan")
 * are what is asked, not who asks, so they open nothing. Both languages' words are looked for in every text, as the
 * matcher searches both languages. Built once per catalogue version.
 */
final class IdentityClause {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}']+|[.,;:!?]+");
    // Compared in lower case without accents, not spelling-folded, as CauseClause does: the spellings people type
    // ("kiero", "nesecito") are listed in the file.

    private final List<List<String>> opens = new ArrayList<>();
    private final List<List<String>> links = new ArrayList<>();
    private final List<List<String>> asks = new ArrayList<>();
    /** The admins' stop words (greetings, fillers): before an opening word they leave it at the start of its clause. */
    private final Set<String> ignorable = new HashSet<>();

    IdentityClause(Catalog catalog) {
        for (String lang : Fields.LANGS) {
            catalog.identity().opens(lang).forEach(w -> add(opens, w));
            catalog.identity().links(lang).forEach(w -> add(links, w));
            catalog.identity().asks(lang).forEach(w -> add(asks, w));
            catalog.stopwords(lang).forEach(w -> ignorable.add(SpellingFold.plain(w.strip())));
        }
    }

    /** The text without the parts that say who is asking, or null when it has none (or nothing else). */
    String asked(String text) {
        if (opens.isEmpty()) {
            return null;
        }
        MarkerWords.Tokens tokens = MarkerWords.tokens(TOKEN, MarkerWords.straightApostrophes(text));
        List<String> words = tokens.words();
        List<String> folded = tokens.folded();
        List<String> asked = new ArrayList<>();
        boolean found = false;
        boolean clauseStart = true;
        int i = 0;
        while (i < words.size()) {
            int link = MarkerWords.longest(links, folded, i);
            int open = clauseStart && link == 0 ? MarkerWords.longest(opens, folded, i) : 0;
            if (open > 0) {
                found = true;
                i += open;
                while (i < words.size() && MarkerWords.isWord(folded.get(i)) && ends(folded, i) == 0) {
                    i++;
                }
                clauseStart = false;
                continue;
            }
            if (!MarkerWords.isWord(folded.get(i)) || link > 0) {
                clauseStart = true;
            } else {
                clauseStart = clauseStart && ignorable.contains(folded.get(i));
            }
            asked.add(words.get(i++));
        }
        return found && asked.stream().anyMatch(MarkerWords::isWord) ? String.join(" ", asked) : null;
    }

    /**
     * Whether the text only says who is asking ("hi there, I run a small coffee roastery in Popayan", "somos una
     * cooperativa de café"): a part that says so, and around it nothing but greetings and other stop words. Such a text
     * tells no challenge yet, though its trade's words reach services ("café" is in many).
     */
    boolean onlyWhoIsAsking(String text) {
        return onlyWhoIsAsking(text, asked(text));
    }

    /** The same, for a text whose {@link #asked} part was read already. */
    boolean onlyWhoIsAsking(String text, String asked) {
        if (opens.isEmpty()) {
            return false;
        }
        if (asked != null) {
            return MarkerWords.tokens(TOKEN, asked).folded().stream().filter(MarkerWords::isWord).allMatch(ignorable::contains);
        }
        // null: no part says who is asking, or it is all there is
        MarkerWords.Tokens tokens = MarkerWords.tokens(TOKEN, MarkerWords.straightApostrophes(text));
        return !tokens.words().isEmpty() && MarkerWords.longest(opens, tokens.folded(), firstNotIgnorable(tokens.folded())) > 0;
    }

    private int firstNotIgnorable(List<String> folded) {
        int i = 0;
        while (i < folded.size() && (!MarkerWords.isWord(folded.get(i)) || ignorable.contains(folded.get(i)))) {
            i++;
        }
        return i;
    }

    /** Whether a word of {@code links} or {@code asks} starts at {@code at}: where a part saying who is asking ends. */
    private int ends(List<String> folded, int at) {
        return Math.max(MarkerWords.longest(links, folded, at), MarkerWords.longest(asks, folded, at));
    }

    private static void add(List<List<String>> phrases, String phrase) {
        MarkerWords.add(phrases, TOKEN, MarkerWords.straightApostrophes(phrase));
    }
}
