package co.aliada.onboarding;

import java.util.List;
import java.util.function.BiFunction;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/** A profile question answered with one tap; the answer is stored under a profile key. */
final class ChoiceStep implements Step {

    /** A brief answer that names an option in its own words is a few words; a longer one tells more than the option. */
    private static final int BRIEF_WORDS = 6;

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
        return in.kind() == Inbound.Kind.TEXT && (asksAboutIt(in.payload(), turn) || mentioned(in, turn) != null);
    }

    /**
     * The one option whose own words ({@code choice.<prefix>.<option>.mentions}) a brief answer says, where a command
     * would otherwise take it: "it's just me" at the size question is 1 to 10, though its words lean strongly to erasing
     * one's data ("just me" is near "forget me"); it had asked whether to delete everything. Null for none.
     */
    private String mentioned(Inbound in, Turn turn) {
        if (!turn.intent().strong() || ChoiceMatcher.wordCount(in.payload()) > BRIEF_WORDS) {
            return null; // weaker leanings lose to the options' words on their own (see ConversationEngine)
        }
        List<String> said = options.stream().filter(option -> ChoiceMatcher.saidBriefly(in.payload(),
                turn.phrases("choice." + prefix + "." + option + ".mentions"), BRIEF_WORDS).isPresent()).toList();
        return said.size() == 1 ? said.get(0) : null;
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
        String mentioned = in.kind() == Inbound.Kind.TEXT ? mentioned(in, turn) : null;
        if (mentioned != null) {
            turn.say("common.choice.taken", "label", Html.escape(turn.text(prefix + "." + mentioned))); // read, so said back
        }
        MunicipalityStep.keepTold(turn); // "una tienda en Timbío" at the sector: Timbío is offered at its question
        if (in.kind() == Inbound.Kind.BUTTON && !in.payload().startsWith(prefix + ":")) {
            turn.stalePress();
            return;
        }
        String chosen = mentioned != null ? mentioned
                : in.kind() == Inbound.Kind.BUTTON ? in.payload().substring(prefix.length() + 1) : null;
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
