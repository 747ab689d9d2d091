package co.aliada.challenge;

import java.util.List;
import java.util.Set;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Turn;

/** Step ids and chat-state keys of the challenge journey. */
final class Flow {

    static final String IDENTIFY = "challenge";
    static final String BUILD = "challenge.build";
    static final String URGENCY = "challenge.urgency";
    static final String FEASIBILITY = "challenge.feasibility";
    static final String IMPACT = "challenge.impact";
    static final String DISCOVER = "challenge.discover";
    static final String DEFINE = "challenge.define";
    static final String NEXT = "challenge.next";
    static final String MENU = co.aliada.conversation.ConversationEngine.MENU;

    /** The challenge being written; cleared when confirmed and by a restart. */
    static final String DRAFT = "challenge.draft.";
    static final String DRIVER = DRAFT + "driver";
    static final String TEXT = DRAFT + "text";
    static final String PARTIAL = DRAFT + "partial";
    static final String ASIDE = DRAFT + "aside";
    static final String MORE = DRAFT + "more";
    static final String CONTEXT = DRAFT + "context";
    static final String HMW = DRAFT + "hmw";
    /** The challenge's words before the latest message typed at the driver question was added to them: "↩️" puts them back. */
    static final String BEFORE = DRAFT + "before";
    /** A person asked for in the context answer ("…y quisiera hablar con un asesor"): offered at the restatement. */
    static final String ADVISOR = DRAFT + "advisor";
    /** A question after the recommendations the bot has no answer to: the next challenge if the person says it is one. */
    static final String ASKED = DRAFT + "asked";
    /** The institution just asked about after a list ("¿y el SENA?"), whom a "¿cuánto cobran?" right after is about. */
    static final String INSTITUTION = DRAFT + "institution";
    /**
     * The need told is only the start of a challenge ("exportar", a new goal named after a list): the driver question
     * says so and asks for the rest, as for a short need typed there. Outside the draft, which the driver question clears.
     */
    static final String TOLD_START = "challenge.told-start";

    /** How much of a half-written challenge a message shows. */
    private static final int DRAFT_SHOWN = 300;

    /** Buttons that run a command; the other features' state is read through their own types. */
    static final String HUMAN = CommandName.ADVISOR.spanish();
    static final String NEW_CHALLENGE = CommandName.NEW_CHALLENGE.slash();
    static final String SUMMARY_END = CommandName.SUMMARY.slash(SummaryCommand.END);
    /** Back to the challenge half written, where it was left; and a new one, that one discarded (said so). */
    static final String FINISH_DRAFT = CommandName.NEW_CHALLENGE.slash(NewChallengeCommand.FINISH);
    static final String FRESH_DRAFT = CommandName.NEW_CHALLENGE.slash(NewChallengeCommand.FRESH);

    private Flow() {
    }

    /** Where each rating is kept, such as {@code challenge.draft.urgency}. */
    static String rating(String criterion) {
        return DRAFT + criterion;
    }

    /** The levels a criterion is rated in, Low to High: the values of its buttons ({@code rate:3:urgency}). */
    static final List<String> LEVELS = List.of("1", "2", "3");

    /** The whole answers that choose this level when typed ("muy urgente" is High), for every criterion. */
    static Set<String> levelWords(Turn turn, String level) {
        return turn.phrases("choice.rate." + level + ".words");
    }

    /** A rating's word, agreeing with its criterion where the language needs it ("Impacto: Alto"). */
    static String ratingKey(Turn turn, String criterion, Object value) {
        String agreeing = "challenge.rate." + criterion + "." + value;
        return turn.texts().has(agreeing) ? agreeing : "challenge.rate." + value;
    }

    /**
     * The step where the half-written challenge goes on: the driver while none is picked, the wording while there is
     * none, the first rating not given, the optional context until the restatement was shown, then the restatement.
     * Null when there is no draft.
     */
    static String resumeStep(ChatState state) {
        if (ChallengeDraft.of(state).isEmpty()) {
            return null;
        }
        if (state.get(DRIVER) == null) {
            return IDENTIFY;
        }
        if (state.get(TEXT) == null) {
            return BUILD;
        }
        for (String[] rated : new String[][] {{"urgency", URGENCY}, {"feasibility", FEASIBILITY}, {"impact", IMPACT}}) {
            if (state.get(rating(rated[0])) == null) {
                return rated[1];
            }
        }
        return state.get(HMW) == null ? DISCOVER : DEFINE;
    }

    /** The half-written challenge's words as shown in a message: escaped, and trimmed to a few lines. */
    static String draftShown(ChatState state) {
        return ChallengeDraft.of(state).map(d -> Html.escape(Trim.words(d.text(), DRAFT_SHOWN))).orElse("");
    }

    /** Whether the typed text, as a whole short answer, asks to go back a step ("atrás", "volver"). */
    static boolean goesBack(String typed, Turn turn) {
        return ChoiceMatcher.oneOf(typed, turn.phrases("challenge.back-words")).isPresent();
    }

    /** Marks the input as unexpected and asks the step's question again after a kind word. */
    static void unexpected(Turn turn, String key) {
        if (turn.inbound().kind() == Inbound.Kind.BUTTON) {
            turn.stalePress(); // a button of an earlier message, still on screen: not a miss
            return;
        }
        turn.say(key);
        turn.notUnderstood();
        turn.repeatStep();
    }
}
