package co.aliada.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import co.aliada.catalog.Catalog;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;

/**
 * "cual es la diferencia entre el 1 y el 2", "what's the difference between 1 and 2" after a list was "No tengo esa
 * respuesta": the services it names are shown one under the other, each with its name and what the company gets (the
 * first sentence of its catalogue description), a tap from its details. Naming fewer than two compares the whole list.
 */
final class ServicesCompared {

    /** A comparison asked in a few words; a longer text with "diferencia" in it tells something else. */
    private static final int MAX_WORDS = 14;

    private ServicesCompared() {
    }

    /** Whether a text asks to compare services (challenge.next.compare-words), as a question or naming two of them. */
    static boolean asked(Inbound in, Turn turn) {
        if (in.kind() != Inbound.Kind.TEXT || ChoiceMatcher.wordCount(in.payload()) > MAX_WORDS
                || ChoiceMatcher.mentioned(in.payload(), turn.phrases("challenge.next.compare-words")).isEmpty()) {
            return false;
        }
        return ChoiceMatcher.asks(in.payload(), turn.phrases("common.choice.question-words"))
                || ChoiceMatcher.Numbers.of(turn.texts()).allIn(in.payload(), Integer.MAX_VALUE).size() > 1;
    }

    /** The services of the list the text names, side by side, or all of the list where it names fewer than two. */
    static void show(Inbound in, Turn turn, Challenge shown, Catalog catalog, ServiceNames names) {
        List<String> named = names.of(shown, turn.lang());
        int size = Math.min(named.size(), shown.services().size());
        List<Integer> picked = ChoiceMatcher.Numbers.of(turn.texts()).allIn(in.payload(), size);
        List<Integer> compared = picked.size() > 1 ? picked : IntStream.rangeClosed(1, size).boxed().toList();
        List<String> lines = new ArrayList<>();
        List<List<Outbound.Button>> rows = new ArrayList<>();
        for (int n : compared) {
            String summary = catalog == null ? "" : catalog.service(shown.services().get(n - 1))
                    .map(s -> ChallengeCommand.firstSentence(s.description().in(turn.lang()))).orElse("");
            lines.add(turn.text("challenge.rec.service", "n", n, "name", ServiceLines.esc(named.get(n - 1), RecommendationMessage.NAME),
                    "summary", ServiceLines.esc(summary, RecommendationMessage.LINE)));
            rows.add(List.of(ServiceCommand.button(turn, shown.id(), n - 1, named.get(n - 1))));
        }
        rows.add(FeedbackCommand.row(turn, shown.id()));
        rows.addAll(WayForward.afterRecommendation(turn, false));
        turn.send(turn.message("challenge.next.compare", "services", String.join("\n\n", lines)).withButtons(rows));
    }
}
