package co.aliada.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import co.aliada.catalog.Catalog;

/**
 * The sentences of a text addressed to the bot ("¿ustedes también ayudan a los de la costa pacífica?", "this chat takes
 * forever to answer") that say nothing of the writer's own business: a word of {@code not-challenges.yml}'s
 * {@code to-the-bot: to} list and none of its {@code own} list. Such a sentence asks about the bot, whatever place or
 * trade it names; the phrases of the other keys catch only the wordings they list. "¿Ustedes me pueden ayudar a vender
 * más café?" and "my customers say you never answer the phone" hold a word of the writer's own and are left alone.
 * Both languages' words are looked for in every text, as the matcher searches both languages.
 */
final class ToTheBot {

    // Only the end of a sentence ends a part: "¿ustedes ayudan a los de la costa y a los del norte?" is one question.
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}']+|[.;!?\\n]+");

    private final List<List<String>> to = new ArrayList<>();
    private final List<List<String>> own = new ArrayList<>();

    ToTheBot(Catalog catalog) {
        for (String lang : Fields.LANGS) {
            catalog.notChallenges().toTheBot().to(lang).forEach(p -> MarkerWords.add(to, TOKEN, MarkerWords.straightApostrophes(p)));
            catalog.notChallenges().toTheBot().own(lang).forEach(p -> MarkerWords.add(own, TOKEN, MarkerWords.straightApostrophes(p)));
        }
    }

    /** The text without its sentences addressed to the bot (possibly blank), or null when it has none. */
    String rest(String text) {
        if (to.isEmpty() || text == null) {
            return null;
        }
        MarkerWords.Tokens tokens = MarkerWords.tokens(TOKEN, MarkerWords.straightApostrophes(text));
        List<String> words = tokens.words();
        List<String> rest = new ArrayList<>();
        boolean found = false;
        int start = 0;
        while (start < words.size()) {
            int end = start;
            boolean addressed = false;
            boolean owned = false;
            for (; end < words.size() && MarkerWords.isWord(words.get(end)); end++) {
                addressed |= MarkerWords.longest(to, tokens.folded(), end) > 0;
                owned |= MarkerWords.longest(own, tokens.folded(), end) > 0;
            }
            int next = end < words.size() ? end + 1 : end;
            if (addressed && !owned) {
                found = true;
            } else {
                rest.addAll(words.subList(start, next));
            }
            start = next;
        }
        return found ? String.join(" ", rest) : null;
    }
}
