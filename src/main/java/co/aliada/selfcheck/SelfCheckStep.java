package co.aliada.selfcheck;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/**
 * The self-check: one question per message with five one-tap answers ({@code sc:L1:3}), progress,
 * a back button ({@code sc:back:P1}) that reopens the previous answer, and a "¿Qué significa?" button
 * ({@code sc:what:P1}) that explains the question in one line and asks it again. The answers live in the
 * chat state ({@code selfcheck.L1}), so the chat resumes at the same question after a pause or a restart.
 */
final class SelfCheckStep implements Step {

    static final String ID = "selfcheck";
    static final String DATA = "sc:";
    static final String BACK = "back";
    static final String EXPLAIN = "what";
    /** The button under a proposed answer that shows the question's options again ({@code sc:options:L1}). */
    static final String OPTIONS = "options";
    /** How a short question about a word begins ("¿qué es…?"). */
    private static final String WHAT_IS = "common.choice.what-is-words";
    /** Asking to leave this question unanswered ("paso", "skip this one"), said in a few words. */
    private static final String SKIP_WORDS = "selfcheck.skip-words";
    private static final int SKIP_MAX_WORDS = 7;
    /** Asking how far along it is ("¿cuántas faltan?", "¿cómo voy?"), said in a few words. */
    private static final String HOW_FAR_WORDS = "selfcheck.how-far.words";

    private final Supplier<SelfCheck> content;
    private final SelfCheckResult result;

    SelfCheckStep(Supplier<SelfCheck> content, SelfCheckResult result) {
        this.content = content;
        this.result = result;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean keepsAnswers() {
        return true;
    }

    @Override
    public void enter(Turn turn) {
        SelfCheck check = content.get();
        if (Boolean.parseBoolean(turn.state().get(SelfCheckResult.DONE))) {
            startOver(turn);
        }
        int current = Answers.current(check, turn.state());
        if (current == check.questions().size()) {
            result.finish(turn, check);
            return;
        }
        if (current == 0 && !turn.askingAgain()) {
            turn.say("selfcheck.intro");
        }
        ask(turn, check, current);
    }

    /**
     * A retake starts its answers over cleanly; the last outcome stands until the new one replaces it: mid-retake, the
     * summary said "aún sin autodiagnóstico" and the recommendations lost the level.
     */
    private static void startOver(Turn turn) {
        List<String> outcome = List.of(SelfCheckResult.LEVEL, SelfCheckResult.AREA, SelfCheckResult.WEAK, SelfCheckResult.STRONG);
        turn.state().data().keySet().stream()
                .filter(key -> key.startsWith(SelfCheckResult.PREFIX) && outcome.stream().noneMatch(key::startsWith))
                .toList().forEach(key -> turn.state().put(key, null));
    }

    /**
     * "Casi siempre", "más o menos", "a veces" where an option begins so: read here, ahead of the buttons' words and of
     * the requests such words may sound like ("ahí vamos" is no wish for a person, "no siempre" no refusal).
     */
    @Override
    public boolean answersItself(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && (typed(in, turn).isPresent() || asksAWordOfIt(in, turn) || fitsNoOption(in, turn)
                || asksToSkip(in, turn) || asksHowFar(in, turn) || numberUnderAProposal(in, turn) > 0
                || typedPick(in, turn).isPresent());
    }

    /** A pick typed at the question on screen: the option (from 0), said back when read from words; -1: how to answer. */
    private record Pick(int option, boolean fromWords) {
        static final Pick HOW_TO_ANSWER = new Pick(-1, false);
    }

    /**
     * A pick typed at the question (see {@link TypedPick}), read ahead of the ladder's readings and of the requests its
     * words may sound like: its number, a bare no, an option's own words; a number beyond the options, or none, asks how
     * to answer. Empty where the text is no pick. One reading, for {@link #answersItself} and {@link #handle} alike.
     */
    private Optional<Pick> typedPick(Inbound in, Turn turn) {
        // the question on screen (or one an answer was proposed for), read once for every reading below
        Question asked = in.kind() == Inbound.Kind.TEXT ? onScreen(turn, true) : null;
        if (asked == null) {
            return Optional.empty();
        }
        String typed = in.payload();
        // "me quedo con la 3", "respuesta 2", "answer 2", "marco la 2": they had exported the data, asked to erase it or
        // to start over, or kept a challenge
        int numbered = TypedPick.numbered(typed, turn);
        if (numbered > 0 && numbered <= asked.options().size()) {
            return Optional.of(new Pick(numbered - 1, false));
        }
        Question shown = onScreen(turn, false); // its own options, not a yes or no asked over them
        if (shown != null) {
            // "nope" where an option says "No.", as if tapped ("Entendido, sin problema 👍" had kept nothing)
            int no = TypedPick.saidNo(typed, shown, turn);
            if (no >= 0) {
                return Optional.of(new Pick(no, false));
            }
            // "no training", "dos" at a question of how many, an option's own words ("las tengo en la cabeza"): said back
            int worded = TypedPick.saidNoOfIt(typed, shown, turn);
            worded = worded >= 0 ? worded : TypedPick.counted(typed, shown, turn);
            worded = worded >= 0 ? worded : TypedPick.inItsWords(typed, shown, turn);
            if (worded >= 0) {
                return Optional.of(new Pick(worded, true));
            }
        }
        // a number beyond the options, or "mis respuestas", "respuesta", "meh": they had asked whether to erase the data
        return numbered > 0 || TypedPick.namesNoOption(typed, turn) ? Optional.of(Pick.HOW_TO_ANSWER) : Optional.empty();
    }

    /**
     * The question whose options are the last buttons shown (or, with {@code orProposed}, an answer proposed for it):
     * a typed pick answers it only then, never a yes or no asked over it ("¿Seguro que quiere empezar de nuevo?", "¿Quiere
     * hablar con una persona?"). Null for none.
     */
    private Question onScreen(Turn turn, boolean orProposed) {
        SelfCheck check = content.get();
        int current = Answers.current(check, turn.state());
        if (current == check.questions().size()) {
            return null;
        }
        Question question = check.questions().get(current);
        boolean options = turn.state().buttonLabel(DATA + question.id() + ":0") != null
                && turn.state().buttonLabel(DATA + question.id() + ":" + (question.options().size() - 1)) != null;
        boolean proposed = turn.state().buttonLabel(DATA + OPTIONS + ":" + question.id()) != null;
        if (turn.asksYesNo()) {
            return orProposed && proposed ? question : null; // "no" to the offer of a person declines it
        }
        return options ? question : null;
    }

    /**
     * "5" (or "la quinta") typed under a proposed answer, whose own buttons are two: the question's option 5. It was "No
     * hay una opción 5 aquí… del 1 al 2".
     */
    private int numberUnderAProposal(Inbound in, Turn turn) {
        SelfCheck check = content.get();
        int current = Answers.current(check, turn.state());
        if (current == check.questions().size()
                || turn.state().buttonLabel(DATA + OPTIONS + ":" + check.questions().get(current).id()) == null) {
            return 0;
        }
        int options = check.questions().get(current).options().size();
        String digits = in.payload().replaceAll("[\\s.)\\x{FE0F}\\x{20E3}]", "");
        int n = digits.matches("[1-9]") ? Integer.parseInt(digits)
                : ChoiceMatcher.Numbers.of(turn.texts()).namedIn(in.payload(), java.util.Set.of(), options);
        return n <= options ? n : 0;
    }

    /** "¿cuántas preguntas faltan?" was "toque la opción", and "¿cómo voy?" a goodbye (read as "me voy"). */
    private static boolean asksHowFar(Inbound in, Turn turn) {
        return ChoiceMatcher.saidBriefly(in.payload(), turn.phrases(HOW_FAR_WORDS), SKIP_MAX_WORDS).isPresent();
    }

    /**
     * "paso", "prefiero no responder", "I'd rather not answer this one": got "Entendido, sin problema 👍" and the same
     * question, as if it had been let off. The level needs every answer: said so, and the question again, no miss.
     */
    private static boolean asksToSkip(Inbound in, Turn turn) {
        return ChoiceMatcher.saidBriefly(in.payload(), turn.phrases(SKIP_WORDS), SKIP_MAX_WORDS).isPresent();
    }

    /**
     * "nunca" where the options say no how often (see {@link TypedLevel#fitsNoOption}), or a bare "nope" where no one
     * option says no (a question whose option says it takes that option first: {@link #typedPick}).
     */
    private boolean fitsNoOption(Inbound in, Turn turn) {
        SelfCheck check = content.get();
        int current = Answers.current(check, turn.state());
        return current < check.questions().size() && (TypedLevel.fitsNoOption(in.payload(), check.questions().get(current), turn)
                || onScreen(turn, false) != null && TypedPick.bareNo(in.payload(), turn));
    }

    /**
     * "¿Qué es un aliado?" where an option reads "Aliados fijos…": a question about the question's own words, answered
     * with its explanation (as its ❓ button), never the option that holds the word (it had been taken as the answer).
     */
    private boolean asksAWordOfIt(Inbound in, Turn turn) {
        SelfCheck check = content.get();
        int current = Answers.current(check, turn.state());
        if (current == check.questions().size() || check.questions().get(current).explain() == null) {
            return false;
        }
        Question question = check.questions().get(current);
        String lang = turn.lang();
        StringBuilder wording = new StringBuilder(question.text().in(lang));
        if (question.hint() != null) {
            wording.append(' ').append(question.hint().in(lang));
        }
        question.options().forEach(option -> wording.append(' ').append(option.in(lang)));
        return ChoiceMatcher.askedWhatIs(in.payload(), turn.phrases(WHAT_IS))
                .filter(term -> ChoiceMatcher.namesAWordOf(term, wording.toString())).isPresent();
    }

    private Optional<TypedLevel> typed(Inbound in, Turn turn) {
        SelfCheck check = content.get();
        int current = Answers.current(check, turn.state());
        return current == check.questions().size() ? Optional.empty()
                : TypedLevel.read(in.payload(), check.questions().get(current), turn);
    }

    /** A longer answer led by the ladder's words ("más o menos, …", "nunca hemos…") or quoting an option, if this is one. */
    private Optional<TypedLevel> ledOrQuoting(Inbound in, Turn turn) {
        SelfCheck check = content.get();
        int current = Answers.current(check, turn.state());
        if (current == check.questions().size()) {
            return Optional.empty();
        }
        Question question = check.questions().get(current);
        Optional<TypedLevel> led = TypedLevel.ledBy(in.payload(), question, turn);
        // "mas o menos, cuando sobra algo…": a vague lead gives way to an option's own words named further on
        return TypedLevel.afterANo(in.payload(), question, turn).or(() -> led.filter(level -> level.kind() != TypedLevel.Kind.VAGUE))
                .or(() -> TypedLevel.naming(in.payload(), question, turn)).or(() -> led)
                .or(() -> TypedLevel.quoting(in.payload(), question, turn));
    }

    /**
     * "más o menos, tenemos un cuaderno donde anotamos" answers the question in its first words: it was kept as a need
     * told at the question ("¿Lo trabajamos ya como un reto?"); "we just move on and don't talk about it", which quotes
     * an option, was taken as a refusal ("Got it, no problem"). A text that begins with a bare "no" is left to be read
     * as before: "no necesito asesor" refuses, and "no tengo clientes" tells a need; unless how often follows the no
     * ("no, casi nunca"), which had been that refusal too.
     */
    @Override
    public boolean readsAsItsAnswer(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && ledOrQuoting(in, turn).isPresent()
                && (ChoiceMatcher.leadingWords(in.payload(), turn.phrases("common.choice.no-words")) == 0 || afterANo(in, turn));
    }

    private boolean afterANo(Inbound in, Turn turn) {
        SelfCheck check = content.get();
        int current = Answers.current(check, turn.state());
        return current < check.questions().size() && TypedLevel.afterANo(in.payload(), check.questions().get(current), turn).isPresent();
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        SelfCheck check = content.get();
        int current = Answers.current(check, turn.state());
        if (current == check.questions().size()) {
            result.finish(turn, check);
            return;
        }
        Optional<Pick> pick = typedPick(in, turn);
        if (pick.isPresent()) {
            answerPick(pick.get(), turn, check, current);
            return;
        }
        Optional<TypedLevel> typed = in.kind() == Inbound.Kind.TEXT ? typed(in, turn) : Optional.empty();
        if (typed.isPresent()) {
            answerTyped(in, typed.get(), turn, check, current);
            return;
        }
        if (in.kind() == Inbound.Kind.TEXT && asksAWordOfIt(in, turn)) {
            explain(turn, check, current); // no miss: a question about the question is no wrong answer
            return;
        }
        if (in.kind() == Inbound.Kind.TEXT && asksToSkip(in, turn)) {
            turn.say("selfcheck.no-skip");
            ask(turn, check, current);
            return;
        }
        int numbered = in.kind() == Inbound.Kind.TEXT ? numberUnderAProposal(in, turn) : 0;
        if (numbered > 0) {
            keep(numbered - 1, turn, check, current);
            return;
        }
        if (in.kind() == Inbound.Kind.TEXT && asksHowFar(in, turn)) {
            int total = check.questions().size();
            turn.say("selfcheck.how-far", "number", current + 1, "total", total, "left", total - current);
            ask(turn, check, current);
            return;
        }
        if (in.kind() == Inbound.Kind.TEXT && fitsNoOption(in, turn)) {
            // "casi nunca" answers, in words that fit another question: which option is closest, and no miss
            turn.say("selfcheck.tap-an-answer");
            ask(turn, check, current);
            return;
        }
        Optional<TypedLevel> led = in.kind() == Inbound.Kind.TEXT ? ledOrQuoting(in, turn) : Optional.empty();
        if (led.isPresent()) {
            answerTyped(in, led.get(), turn, check, current); // "nunca hemos hecho eso", "…el día a día no deja": proposed
            return;
        }
        if (in.kind() == Inbound.Kind.BUTTON && !in.payload().startsWith(DATA)) {
            // an earlier message's button of another question ("🔧 Un problema" of a challenge before /reiniciar): said
            // to be old, as every other question says it, and no miss; two had offered a person
            turn.stalePress();
            return;
        }
        String[] press = in.kind() == Inbound.Kind.BUTTON ? in.payload().split(":", -1) : new String[0];
        if (in.kind() == Inbound.Kind.BUTTON && in.payload().startsWith(DATA) && !shown(press, check)) {
            // "sc:L1:9", "sc:X9:2": no question ever showed this button; it was "that button was an earlier question's"
            turn.say("selfcheck.invalid-option");
            ask(turn, check, current);
            return;
        }
        if (press.length != 3) {
            turn.say("selfcheck.tap-an-answer");
            turn.notUnderstood();
            ask(turn, check, current);
            return;
        }
        Question question = check.questions().get(current);
        if (press[1].equals(BACK) && press[2].equals(question.id()) && current > 0) {
            Question previous = check.questions().get(current - 1);
            int earlier = Answers.answer(turn.state().get(Answers.key(previous)), previous);
            turn.state().put(Answers.key(previous), null);
            turn.send(QuestionMessage.of(turn, check, current - 1, earlier));
            return;
        }
        if (press[1].equals(EXPLAIN) && press[2].equals(question.id()) && question.explain() != null) {
            explain(turn, check, current);
            return;
        }
        if (press[1].equals(OPTIONS)) {
            ask(turn, check, current); // under a proposed answer: the current question, whichever it was proposed for
            return;
        }
        int answer = press[1].equals(question.id()) ? Answers.answer(press[2], question) : -1;
        if (answer < 0) {
            turn.say("selfcheck.stale");
            ask(turn, check, current);
            return;
        }
        keep(answer, turn, check, current);
    }

    /** A typed pick kept; one read from words is said back; a number beyond the options, or none, gets how to answer. */
    private void answerPick(Pick pick, Turn turn, SelfCheck check, int current) {
        Question question = check.questions().get(current);
        if (pick.option() < 0) {
            turn.say("selfcheck.tap-or-type", "highest", question.options().size()); // no miss: it meant to answer
            ask(turn, check, current);
            return;
        }
        if (pick.fromWords()) {
            // read from words, not said as a button is: noted, so that a person who meant another can go back to it
            turn.say("common.choice.taken", "label",
                    QuestionMessage.mark(pick.option()) + Html.escape(question.options().get(pick.option()).in(turn.lang())));
        }
        keep(pick.option(), turn, check, current);
    }

    /**
     * Whether some question of the self-check shows a button with this data: an answer it has ({@code sc:L1:0}–{@code 4}),
     * its explanation or back button, or the options under a proposed answer. Another is forged or out of range.
     */
    private static boolean shown(String[] press, SelfCheck check) {
        if (press.length != 3) {
            return false;
        }
        Optional<Question> question = check.questions().stream().filter(q -> q.id().equals(press[2])).findFirst();
        if (press[1].equals(BACK)) {
            return question.filter(q -> check.questions().indexOf(q) > 0).isPresent(); // the first question has none
        }
        if (press[1].equals(OPTIONS)) {
            return question.isPresent();
        }
        if (press[1].equals(EXPLAIN)) {
            return question.filter(q -> q.explain() != null).isPresent();
        }
        return check.questions().stream().filter(q -> q.id().equals(press[1])).anyMatch(q -> Answers.answer(press[2], q) >= 0);
    }

    private void keep(int answer, Turn turn, SelfCheck check, int current) {
        turn.state().put(Answers.key(check.questions().get(current)), answer);
        if (current + 1 == check.questions().size()) {
            result.finish(turn, check);
        } else {
            ask(turn, check, current + 1);
        }
    }

    /**
     * An option's own words are kept as a tap; a suggested option is proposed with its wording, one tap (or a typed
     * "sí") to keep it; a vague answer gets what the options mean and the question again. Neither is a miss.
     */
    private void answerTyped(Inbound in, TypedLevel typed, Turn turn, SelfCheck check, int current) {
        Question question = check.questions().get(current);
        switch (typed.kind()) {
            case OWN -> keep(typed.option(), turn, check, current);
            case PROPOSED -> {
                String answer = QuestionMessage.mark(typed.option()) + Html.escape(question.options().get(typed.option()).in(turn.lang()));
                turn.send(turn.message("selfcheck.typed.proposal", "said", Html.escape(in.payload().strip()), "answer", answer)
                        .withButtons(turn.yesNo(
                                turn.button("selfcheck.button.confirm", DATA + question.id() + ":" + typed.option()),
                                turn.button("selfcheck.button.options", DATA + OPTIONS + ":" + question.id()))));
            }
            case VAGUE -> {
                turn.say("selfcheck.typed.vague");
                ask(turn, check, current);
            }
        }
    }

    private static void explain(Turn turn, SelfCheck check, int index) {
        turn.say("selfcheck.explain", "explanation", Html.escape(check.questions().get(index).explain().in(turn.lang())));
        ask(turn, check, index);
    }

    private static void ask(Turn turn, SelfCheck check, int index) {
        turn.send(QuestionMessage.of(turn, check, index));
    }
}
