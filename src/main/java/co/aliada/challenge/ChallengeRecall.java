package co.aliada.challenge;

import java.util.List;
import java.util.Set;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Recall;
import co.aliada.conversation.Turn;

/**
 * Typed requests about the saved challenges, wherever a tap is awaited: "los servicios del reto 2" shows that
 * challenge's list again, "borrar el primer reto" asks to delete it ("borrar reto" had offered to erase all the data,
 * "el primer reto" had opened the first service). At the menu, a question naming a service or an institution of the
 * lists ("¿quién me ayudaba con lo del invima?", "el sena") is answered from them ({@link ListQuestions}).
 */
final class ChallengeRecall implements Recall {

    /** Around the word "reto", the words that may number it ("el segundo reto", "reto número 2"). */
    private static final int AROUND = 3;
    /** "borrar el primer reto": the challenge is named a few words after the wish to delete it, or it is something else. */
    private static final int DELETE_REACH = 4;

    private final Challenges challenges;
    private final ChallengeCommand show;
    private final DeleteChallengeCommand delete;
    private final ListQuestions questions;

    ChallengeRecall(Challenges challenges, ChallengeCommand show, DeleteChallengeCommand delete, ListQuestions questions) {
        this.challenges = challenges;
        this.show = show;
        this.delete = delete;
        this.questions = questions;
    }

    @Override
    public boolean answer(Inbound in, Turn turn) {
        if (in.kind() != Inbound.Kind.TEXT || !turn.state().consented()) {
            return false;
        }
        String text = in.payload();
        Set<String> named = turn.phrases("challenge.recall.challenge-words");
        if (writing(turn.state().step())) {
            // while a challenge is written, "borrar el reto 1" is about the one being written; under the saved ones'
            // list ("📋 Reto 1"), it names that one (it was "toque una de las cuatro opciones" under the driver question)
            return !ChoiceMatcher.mentioned(text, named).isEmpty() && asksToDelete(text, turn) && listedOnScreen(number(text, turn), turn)
                    && deleting(text, turn);
        }
        if (!ChoiceMatcher.mentioned(text, named).isEmpty()) {
            if (asksToDelete(text, turn)) {
                return deleting(text, turn);
            }
            if (ChoiceMatcher.mentioned(text, turn.phrases("challenge.recall.new-words")).isEmpty()) {
                int n = number(text, turn);
                if (n > 0) {
                    return showing(n, turn);
                }
            }
        }
        return onScreen(text, turn) || Flow.MENU.equals(turn.state().step()) && questions.answer(in, turn);
    }

    /**
     * "2" or "el segundo" under "📋 Reto 1 · 📋 Reto 2" (or "¿Cuál quiere borrar?"): that challenge, ahead of the step's
     * own reading ("el 2" after a list is its second service) and of the menu's options kept open above.
     */
    private boolean onScreen(String text, Turn turn) {
        if (!ChoiceMatcher.mentioned(text, turn.phrases("common.terms.questions")).isEmpty()) {
            return false; // "¿cuánto cuesta el primero?" asks a price, which common.terms answers; it names no challenge
        }
        int n = ChoiceMatcher.Numbers.of(turn.texts()).namedIn(ChoiceMatcher.withoutLead(text, turn.phrases("common.choice.lead-words")),
                turn.phrases("challenge.next.number-words"), Integer.MAX_VALUE);
        if (n < 1 || !turn.state().showsButtonLabelled(ChallengeCommand.label(turn, n))
                && !turn.state().showsButtonLabelled(DeleteChallengeCommand.which(turn, n))) {
            return false; // "3" typed at a self-check question: no "📋 Reto 3" on screen, so no read of the store
        }
        List<Challenge> mine = listed(turn);
        if (n > mine.size()) {
            return false;
        }
        Challenge challenge = mine.get(n - 1);
        if (DeleteChallengeCommand.offeredAmongOthers(turn, n, challenge)) {
            delete.confirm(turn, challenge);
        } else if (ChallengeCommand.offered(turn, n, challenge)) {
            show.show(turn, challenge);
        } else {
            return false;
        }
        return true;
    }

    private static boolean listedOnScreen(int n, Turn turn) {
        return n > 0 && turn.state().showsButtonLabelled(ChallengeCommand.label(turn, n));
    }

    /** The steps that write a challenge, from its driver to its confirmation; the question after its list is not one. */
    private static boolean writing(String step) {
        return step != null && (step.equals(Flow.IDENTIFY) || step.startsWith(Flow.IDENTIFY + ".")) && !step.equals(Flow.NEXT);
    }

    /** "borrar el reto 2", "delete my second challenge", but never where the person names their data ("borrar mis datos y mis retos"). */
    private static boolean asksToDelete(String text, Turn turn) {
        if (!ChoiceMatcher.mentioned(text, turn.phrases("challenge.recall.delete-unless-words")).isEmpty()) {
            return false;
        }
        Set<String> verbs = turn.phrases("challenge.recall.delete-words");
        Set<String> named = turn.phrases("challenge.recall.challenge-words");
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (!ChoiceMatcher.mentioned(words[i], verbs).isEmpty()) {
                for (int j = i + 1; j < Math.min(words.length, i + 1 + DELETE_REACH + 1); j++) {
                    if (!ChoiceMatcher.mentioned(words[j], named).isEmpty()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean deleting(String text, Turn turn) {
        List<Challenge> mine = listed(turn);
        int n = number(text, turn);
        if (n == 0 && mine.stream().anyMatch(c -> turn.state().buttonLabel(DeleteChallengeCommand.yes(c.id())) != null)) {
            return false; // "sí, borrar el reto" to the question on screen: its yes answers it, not a new question
        }
        if (n == 0) {
            delete.which(turn);
        } else if (n > mine.size()) {
            noSuch(n, mine, turn);
        } else {
            delete.confirm(turn, mine.get(n - 1));
        }
        return true;
    }

    private boolean showing(int n, Turn turn) {
        List<Challenge> mine = listed(turn);
        if (n > mine.size()) {
            noSuch(n, mine, turn);
        } else if (DeleteChallengeCommand.offeredAmongOthers(turn, n, mine.get(n - 1))) {
            delete.confirm(turn, mine.get(n - 1)); // "el reto 2" under "¿Cuál quiere borrar?" picks the one to delete
        } else {
            show.show(turn, mine.get(n - 1));
        }
        return true;
    }

    private static void noSuch(int n, List<Challenge> mine, Turn turn) {
        if (mine.isEmpty()) {
            turn.say("challenge.delete.none");
            return;
        }
        turn.send(turn.message("challenge.recall.no-such", "n", n, "count", mine.size())
                .withButtons(ChallengeCommand.buttons(turn, mine)));
    }

    /** The chat's challenges numbered as /mis_retos and /resumen number them. */
    private List<Challenge> listed(Turn turn) {
        return challenges.of(turn.state().chat()).stream().sorted(Challenge.BY_PRIORITY).toList();
    }

    /**
     * The number that names a challenge near the word for one ("reto 2", "el segundo reto", "challenge number 1"), or 0:
     * read in the few words around it, so that a longer text still names it and a count elsewhere in it does not.
     */
    private static int number(String text, Turn turn) {
        Set<String> named = turn.phrases("challenge.recall.challenge-words");
        Set<String> markers = turn.phrases("challenge.recall.number-words");
        ChoiceMatcher.Numbers numbers = ChoiceMatcher.Numbers.of(turn.texts());
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (!ChoiceMatcher.mentioned(words[i], named).isEmpty()) {
                String around = String.join(" ", List.of(words).subList(Math.max(0, i - AROUND), Math.min(words.length, i + AROUND + 1)));
                int n = numbers.namedIn(around, markers, Integer.MAX_VALUE);
                if (n > 0) {
                    return n;
                }
            }
        }
        return 0;
    }
}
