package co.aliada.onboarding;

import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Texts;
import co.aliada.conversation.Turn;

/** {@code /idioma [es|en]}: switches between Spanish and English, then repeats the current question. */
final class LanguageCommand implements Command {

    @Override
    public List<String> names() {
        return CommandName.LANGUAGE.names();
    }

    @Override
    public void run(Turn turn, String args) {
        String wanted = args.strip().toLowerCase();
        if (!wanted.equals(Texts.SPANISH) && !wanted.equals(Texts.ENGLISH)) {
            turn.send(turn.message("language.question").withButtons(List.of(List.of(
                    turn.button("language.button.es", "/idioma es"),
                    turn.button("language.button.en", "/idioma en")))));
            return;
        }
        turn.state().lang(wanted);
        turn.say("language.changed");
        turn.repeatStep();
    }
}
