package co.aliada.onboarding;

import java.util.List;
import java.util.Set;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Texts;
import co.aliada.conversation.Turn;

/**
 * {@code /idioma [es|en]}: switches between Spanish and English, then repeats the current question. Asked for in
 * words ("en inglés, por favor", "no hablo inglés"), the language wished is taken at once; a chat that had not begun
 * begins in it.
 */
final class LanguageCommand implements Command {

    @Override
    public List<String> names() {
        return CommandName.LANGUAGE.names();
    }

    @Override
    public void run(Turn turn, String args) {
        String wanted = args.strip().toLowerCase();
        if (wanted.isEmpty() && turn.inbound().kind() == Inbound.Kind.TEXT) {
            wanted = named(turn, turn.inbound().payload());
        }
        if (!wanted.equals(Texts.SPANISH) && !wanted.equals(Texts.ENGLISH)) {
            turn.send(turn.message("language.question").withButtons(List.of(List.of(
                    turn.button("language.button.es", "/idioma es"),
                    turn.button("language.button.en", "/idioma en")))));
            return;
        }
        turn.state().lang(wanted);
        turn.say("language.changed");
        if (turn.state().step() == null && !turn.state().consented()) {
            turn.goTo(Onboarding.CONSENT); // the welcome, in the language just chosen
        } else {
            turn.resumeStep(); // while a request for an advisor is open, the question's answers would be refused
        }
    }

    /**
     * The one language the text asks for: first by a wish of {@code language.wish.<lang>.words} ("no hablo inglés" asks
     * for Spanish, though it names English), then by a word of its button's whole answers ("inglés", "spanish"); or "".
     */
    private static String named(Turn turn, String typed) {
        String wished = wished(turn, typed);
        if (!wished.isEmpty()) {
            return wished;
        }
        boolean spanish = !ChoiceMatcher.mentioned(typed, names(turn, Texts.SPANISH)).isEmpty();
        boolean english = !ChoiceMatcher.mentioned(typed, names(turn, Texts.ENGLISH)).isEmpty();
        return spanish == english ? "" : spanish ? Texts.SPANISH : Texts.ENGLISH;
    }

    /**
     * The language the wishes found in the text ask for, or "" for none or both. Both lists are read together, so that
     * the longest wish found wins: "no hablo inglés" over the "hablo inglés" inside it.
     */
    private static String wished(Turn turn, String typed) {
        Set<String> spanish = wishes(turn, Texts.SPANISH);
        Set<String> english = wishes(turn, Texts.ENGLISH);
        Set<String> either = turn.texts().read("language.wishes", texts -> {
            Set<String> all = new java.util.HashSet<>(spanish);
            all.addAll(english);
            return Set.copyOf(all);
        });
        Set<String> found = ChoiceMatcher.mentioned(typed, either);
        boolean toSpanish = found.stream().anyMatch(spanish::contains);
        boolean toEnglish = found.stream().anyMatch(english::contains);
        return toSpanish == toEnglish ? "" : toSpanish ? Texts.SPANISH : Texts.ENGLISH;
    }

    private static Set<String> wishes(Turn turn, String lang) {
        return turn.phrases("language.wish." + lang + ".words");
    }

    private static Set<String> names(Turn turn, String lang) {
        return turn.phrases("choice.idioma." + lang + ".words");
    }
}
