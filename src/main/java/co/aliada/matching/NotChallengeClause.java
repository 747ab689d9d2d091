package co.aliada.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import co.aliada.catalog.Catalog;

/**
 * The parts of a text that ask about something other than a business (a sentence, or its part up to a word that joins
 * two parts: "y", "pero", "and"), found with the admins' phrases
 * ({@code not-challenges.yml}): whether the bot is a person, an institution's hours or phone, a job, what the
 * service costs, a personal or family matter. "A qué hora abren en la universidad del cauca" names the department
 * ("cauca"), "busco trabajo de mesera" a word of talent development and "mi cuñada me debe plata desde diciembre"
 * the money and paying the catalogue also holds; set aside, what is left says nothing of a business. Both languages'
 * phrases are looked for in every text, as the matcher searches both languages. Built once per catalogue version.
 */
final class NotChallengeClause {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}']+|[.;!?\\n]+");
    // Compared in lower case without accents, not spelling-folded, as CauseClause does: the spellings people type
    // ("a q hora") are listed in the file.

    private final List<List<String>> phrases = new ArrayList<>();
    /** Words that join two parts ({@code identity.yml}'s links: "y", "pero", "and"): a part that asks about the bot ends there. */
    private final List<List<String>> links = new ArrayList<>();

    NotChallengeClause(Catalog catalog) {
        for (String lang : Fields.LANGS) {
            catalog.notChallenges().phrases(lang).forEach(p -> MarkerWords.add(phrases, TOKEN, MarkerWords.straightApostrophes(p)));
            catalog.identity().links(lang).forEach(p -> MarkerWords.add(links, TOKEN, MarkerWords.straightApostrophes(p)));
        }
    }

    /** The text without its parts that hold a phrase (possibly blank), or null when none holds one. */
    String rest(String text) {
        if (phrases.isEmpty()) {
            return null;
        }
        MarkerWords.Tokens tokens = MarkerWords.tokens(TOKEN, MarkerWords.straightApostrophes(text));
        List<String> words = tokens.words();
        List<String> folded = tokens.folded();
        List<String> rest = new ArrayList<>();
        boolean found = false;
        int start = 0;
        while (start < words.size()) {
            int end = start;
            boolean marked = false;
            while (end < words.size() && MarkerWords.isWord(words.get(end)) && (end == start || MarkerWords.longest(links, folded, end) == 0)) {
                marked |= MarkerWords.longest(phrases, folded, end) > 0;
                end++;
            }
            int next = end < words.size() && !MarkerWords.isWord(words.get(end)) ? end + 1 : end;
            if (marked) {
                found = true;
            } else {
                rest.addAll(words.subList(start, next));
            }
            start = next;
        }
        return found ? String.join(" ", rest) : null;
    }
}
