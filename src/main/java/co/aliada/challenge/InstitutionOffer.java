package co.aliada.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.Institution;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;

/**
 * What an institution offers of one challenge's list: the numbered lines of those services and a button to each one's
 * details. Asked right after the list ({@link NextStep}) and days later from the menu ({@link ListQuestions}).
 *
 * @param lines one line per service it offers, numbered as the list numbers them
 * @param rows  one button per such service, to its details
 */
record InstitutionOffer(List<String> lines, List<List<Outbound.Button>> rows) {

    /** "¿y el SENA?" names an institution and asks nothing more; a longer text naming one must ask about it. */
    private static final int BRIEF_MENTION_WORDS = 4;

    /** The institution a text asks about: one it names, in a question or in a few words ("¿y el SENA?", "el sena cobra?"). */
    static Optional<Institution> askedAbout(String text, Turn turn, Catalog catalog) {
        // "quiero contactar a la unicauca para lo del software": a word of reaching it asks about it, however long the text
        return ChoiceMatcher.asks(text, turn.phrases("common.choice.question-words"))
                || ChoiceMatcher.wordCount(text) <= BRIEF_MENTION_WORDS
                || !ChoiceMatcher.mentioned(text, turn.phrases("challenge.next.institution.reach-words")).isEmpty()
                ? namedIn(text, catalog) : Optional.empty();
    }

    /** The institution a text names, by its name or an alias, if any. */
    static Optional<Institution> namedIn(String text, Catalog catalog) {
        return catalog.institutions().stream()
                .filter(institution -> !ChoiceMatcher.mentioned(text, Set.copyOf(institution.names())).isEmpty()).findFirst();
    }

    static InstitutionOffer of(Turn turn, Institution institution, Challenge challenge, ServiceNames names) {
        List<String> named = names.of(challenge, turn.lang());
        List<String> lines = new ArrayList<>();
        List<List<Outbound.Button>> rows = new ArrayList<>();
        for (int i = 0; i < challenge.services().size() && i < named.size(); i++) {
            if (institution.services().contains(challenge.services().get(i))) {
                lines.add((i + 1) + ". " + ServiceLines.esc(named.get(i), RecommendationMessage.NAME));
                rows.add(List.of(ServiceCommand.button(turn, challenge.id(), i, named.get(i))));
            }
        }
        return new InstitutionOffer(lines, rows);
    }

    /** Whether the institution offers anything of the list. */
    static boolean offersAny(Institution institution, Challenge challenge) {
        return challenge.services().stream().anyMatch(institution.services()::contains);
    }

    String text() {
        return String.join("\n", lines);
    }
}
