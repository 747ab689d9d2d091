package co.aliada.selfcheck;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Recall;
import co.aliada.conversation.Turn;

/**
 * "¿qué significa compromiso?", "what does excellence mean": what a maturity level means, told where it is asked,
 * and the question on screen again. The result names the level; asked about, it had been "Disculpe, no le entendí" at
 * the menu, "toque una de las cuatro opciones" at the challenge's first question, "Entendido, sin problema" after a list.
 */
final class LevelMeaning implements Recall {

    private final Supplier<SelfCheck> content;

    LevelMeaning(Supplier<SelfCheck> content) {
        this.content = content;
    }

    @Override
    public boolean answer(Inbound in, Turn turn) {
        Optional<String> term = ChoiceMatcher.askedWhatIs(in.payload(), turn.phrases("common.choice.what-is-words"));
        if (term.isEmpty()) {
            return false;
        }
        List<Level> levels = content.get().levels();
        int[] named = IntStream.range(0, levels.size()).filter(i -> names(term.get(), levels.get(i))).toArray();
        if (named.length != 1) {
            return false;
        }
        Level level = levels.get(named[0]);
        turn.say("selfcheck.level.meaning", "level", Html.escape(level.name().in(turn.lang())), "number", named[0] + 1,
                "total", levels.size(), "meaning", Html.escape(level.meaning().in(turn.lang())));
        turn.repeatStep();
        return true;
    }

    /** Whether the term asked about names the level, in either language ("compromiso", "el nivel excelencia"). */
    private static boolean names(String term, Level level) {
        return !ChoiceMatcher.mentioned(term, Set.of(level.name().es(), level.name().en())).isEmpty();
    }
}
