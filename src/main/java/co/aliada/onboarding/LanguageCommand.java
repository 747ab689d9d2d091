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
 * words ("en inglés, por favor"), the language named is taken at once; a chat that had not begun begins in it.
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
            turn.repeatStep();
        }
    }

    /** The one language the text names by a word of its button's whole answers ("inglés", "spanish"), or "". */
    private static String named(Turn turn, String typed) {
        boolean spanish = !ChoiceMatcher.mentioned(typed, names(turn, Texts.SPANISH)).isEmpty();
        boolean english = !ChoiceMatcher.mentioned(typed, names(turn, Texts.ENGLISH)).isEmpty();
        return spanish == english ? "" : spanish ? Texts.SPANISH : Texts.ENGLISH;
    }

    private static Set<String> names(Turn turn, String lang) {
        return turn.phrases("choice.idioma." + lang + ".words");
    }
}
