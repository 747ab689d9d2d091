package co.aliada.challenge;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/**
 * Prioritize: one criterion (urgency, feasibility or impact) rated Low, Medium or High with one tap. A button's data
 * names its criterion ({@code rate:3:urgency}), so a tap on the urgency's keyboard, still on screen while the
 * feasibility is asked, is known as old and not taken as the feasibility; {@code rate:3} alone, the data of
 * keyboards sent before, still counts.
 */
final class RatingStep implements Step {

    static final String RATE = "rate:";

    /** Fewer words than this are a rating attempt, never more of the challenge. */
    private static final int PIECE_WORDS = 3;
    /** At a later rating, this many words or more that name no rating tell who is affected or what was tried. */
    private static final int CONTEXT_WORDS = 6;

    private final String id;
    private final String criterion;
    private final String next;
    private final String previous;
    private final Supplier<ChallengeContent> content;

    /** {@code previous}: where "atrás" leads, the rating before this one or the challenge's wording. */
    RatingStep(String id, String criterion, String previous, String next, Supplier<ChallengeContent> content) {
        this.id = id;
        this.criterion = criterion;
        this.previous = previous;
        this.next = next;
        this.content = content;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean keepsToldNeeds() {
        return false; // a challenge is being written: what is typed here is for it
    }

    @Override
    public boolean keepsAnswers() {
        return true;
    }

    @Override
    public void enter(Turn turn) {
        var buttons = Flow.LEVELS.stream().map(v -> turn.button(Flow.ratingKey(turn, criterion, v), RATE + v + ":" + criterion)).toList();
        turn.send(turn.message("challenge.rate." + criterion).withButtons(Turn.rows(3, buttons)));
    }

    /** "volver" is the way back here, ahead of the restart its word leans to. */
    @Override
    public boolean answersItself(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && Flow.goesBack(in.payload(), turn);
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        if (in.kind() == Inbound.Kind.BUTTON && !isOwn(in.payload())) {
            turn.stalePress();
            return;
        }
        String value = switch (in.kind()) {
            case BUTTON -> in.payload().substring(RATE.length()).split(":")[0];
            case TEXT -> in.payload().strip();
            default -> "";
        };
        if (in.kind() == Inbound.Kind.TEXT && Flow.goesBack(in.payload(), turn)) {
            turn.goTo(previous); // the ratings given are kept, to be changed by tapping again
            return;
        }
        if (!Flow.LEVELS.contains(value) && continuesTheChallenge(in, turn)) {
            // the challenge told in several messages: the next one arrives at the first rating question
            String challenge = Trim.joined(turn.state().get(Flow.TEXT), in.payload(), content.get().limits().maxChars());
            turn.state().put(Flow.TEXT, challenge);
            turn.say("challenge.text-added", "text", Html.escape(challenge));
            turn.repeatStep();
            return;
        }
        if (!Flow.LEVELS.contains(value) && tellsTheContext(in, turn)) {
            // "ya probé con plásticos pero no sirve, afecta a los 4 trabajadores" was "Entendido, sin problema": it answers
            // the optional question asked after the ratings, kept for it
            turn.state().put(Flow.CONTEXT, Trim.joined(turn.state().get(Flow.CONTEXT), in.payload(),
                    content.get().limits().maxContextChars()));
            turn.say("challenge.rate.context-noted");
            turn.repeatStep();
            return;
        }
        if (!Flow.LEVELS.contains(value) && in.kind() == Inbound.Kind.TEXT && turn.intent().is("deny")) {
            turn.say("common.deny-noted"); // "no necesito asesor": a refusal of something else, no answer and no miss
            turn.repeatStep();
            return;
        }
        if (!Flow.LEVELS.contains(value)) {
            Flow.unexpected(turn, "common.tap-an-option");
            return;
        }
        turn.state().put(Flow.rating(criterion), value);
        turn.goTo(next);
    }

    /**
     * A text of a few words that names no rating ("la gente pasa por el local y no entra"), typed at the first rating
     * question right after the challenge: more of the challenge, not an answer.
     */
    private boolean continuesTheChallenge(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && Flow.URGENCY.equals(id) && turn.state().get(Flow.TEXT) != null
                && ChoiceMatcher.wordCount(in.payload()) >= PIECE_WORDS && namesNoRating(in.payload(), turn);
    }

    /** A longer text at a later rating that names none: who is affected, or what was tried. */
    private boolean tellsTheContext(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && !Flow.URGENCY.equals(id) && ChoiceMatcher.wordCount(in.payload()) >= CONTEXT_WORDS
                && namesNoRating(in.payload(), turn);
    }

    private static boolean namesNoRating(String typed, Turn turn) {
        Set<String> ratings = new HashSet<>();
        Flow.LEVELS.forEach(level -> ratings.addAll(Flow.levelWords(turn, level)));
        return ChoiceMatcher.mentioned(typed, ratings).isEmpty();
    }

    private boolean isOwn(String data) {
        if (!data.startsWith(RATE)) {
            return false;
        }
        String[] parts = data.substring(RATE.length()).split(":", -1);
        return parts.length == 1 || parts.length == 2 && parts[1].equals(criterion);
    }
}
