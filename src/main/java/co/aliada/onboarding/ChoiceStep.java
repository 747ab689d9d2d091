package co.aliada.onboarding;

import java.util.List;
import java.util.function.BiFunction;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/** A profile question answered with one tap; the answer is stored under a profile key. */
final class ChoiceStep implements Step {

    private final String id;
    private final String question;
    private final String prefix;
    private final List<String> options;
    private final String stateKey;
    private final BiFunction<String, Turn, String> next;

    /**
     * @param id       the step id, also the text key of its question ({@code <id>.question})
     * @param prefix   the button data prefix and text key prefix of option labels ({@code sector})
     * @param options  the option ids
     * @param stateKey where the chosen id is stored
     * @param next     the step that follows
     */
    ChoiceStep(String id, String prefix, List<String> options, String stateKey, String next) {
        this(id, id + ".question", prefix, options, stateKey, (chosen, turn) -> next);
    }

    /**
     * The same question under another step id and wording (asked again to change the answer), or one whose next step
     * depends on the option chosen ("Otro" asks what the business does).
     *
     * @param question the text key of its question
     * @param next     the step that follows, by the option chosen (once it is stored)
     */
    ChoiceStep(String id, String question, String prefix, List<String> options, String stateKey,
               BiFunction<String, Turn, String> next) {
        this.id = id;
        this.question = question;
        this.prefix = prefix;
        this.options = options;
        this.stateKey = stateKey;
        this.next = next;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean keepsAnswers() {
        return true;
    }

    @Override
    public void enter(Turn turn) {
        enter(turn, null);
    }

    /**
     * Asks with one option proposed first, on a row of its own ({@code <prefix>.button.suggested}, {@code
     * <prefix>.suggested} under the question), the others below it; as usual where none is proposed.
     */
    void enter(Turn turn, String suggested) {
        if (suggested == null || !options.contains(suggested)) {
            List<Outbound.Button> buttons = options.stream().map(option -> button(option, turn)).toList();
            turn.send(turn.message(question).withButtons(Turn.rows(2, buttons)));
            return;
        }
        String label = turn.text(prefix + "." + suggested);
        Outbound.Button proposed = new Outbound.Button(turn.text("profile." + prefix + ".button.suggested", prefix, label),
                prefix + ":" + suggested);
        List<Outbound.Button> others = options.stream().filter(option -> !option.equals(suggested))
                .map(option -> button(option, turn)).toList();
        String asked = turn.text(question) + "\n" + turn.text("profile." + prefix + ".suggested", prefix, label);
        turn.send(Outbound.text(turn.state().chat(), asked).withButtons(Turn.proposedFirst(proposed, others)));
    }

    private Outbound.Button button(String option, Turn turn) {
        return turn.button(prefix + "." + option, prefix + ":" + option);
    }

    /**
     * "¿Qué cuenta como empleado? ¿Mi esposa cuenta?" at the size question: a question about what it asks, answered
     * with {@code <id>.explained} ahead of the options and of the command its words lean to ("cuenta" had been read as
     * erasing the data); it was "tap an option", counted as a miss.
     */
    @Override
    public boolean answersItself(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && asksAboutIt(in.payload(), turn);
    }

    /** One of {@code <id>.questions} among the words, in a text with no number ("somos 3 contando a mi esposa" answers). */
    private boolean asksAboutIt(String typed, Turn turn) {
        String questions = id + ".questions";
        return turn.texts().has(questions) && turn.texts().has(id + ".explained") && typed.chars().noneMatch(Character::isDigit)
                && !ChoiceMatcher.mentioned(typed, turn.phrases(questions)).isEmpty();
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        if (in.kind() == Inbound.Kind.TEXT && asksAboutIt(in.payload(), turn)) {
            turn.say(id + ".explained");
            turn.repeatStep();
            return;
        }
        MunicipalityStep.keepTold(turn); // "una tienda en Timbío" at the sector: Timbío is offered at its question
        if (in.kind() == Inbound.Kind.BUTTON && !in.payload().startsWith(prefix + ":")) {
            turn.stalePress();
            return;
        }
        String chosen = in.kind() == Inbound.Kind.BUTTON ? in.payload().substring(prefix.length() + 1) : null;
        if (chosen == null || !options.contains(chosen)) {
            turn.say("common.tap-an-option");
            turn.notUnderstood();
            turn.repeatStep();
            return;
        }
        turn.state().put(stateKey, chosen);
        turn.goTo(next.apply(chosen, turn));
    }
}
