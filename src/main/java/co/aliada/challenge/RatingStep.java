package co.aliada.challenge;

import java.util.List;

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
    private static final List<String> VALUES = List.of("1", "2", "3");

    private final String id;
    private final String criterion;
    private final String next;

    RatingStep(String id, String criterion, String next) {
        this.id = id;
        this.criterion = criterion;
        this.next = next;
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
        var buttons = VALUES.stream().map(v -> turn.button(Flow.ratingKey(turn, criterion, v), RATE + v + ":" + criterion)).toList();
        turn.send(turn.message("challenge.rate." + criterion).withButtons(Turn.rows(3, buttons)));
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
        if (!VALUES.contains(value)) {
            Flow.unexpected(turn, "common.tap-an-option");
            return;
        }
        turn.state().put(Flow.rating(criterion), value);
        turn.goTo(next);
    }

    private boolean isOwn(String data) {
        if (!data.startsWith(RATE)) {
            return false;
        }
        String[] parts = data.substring(RATE.length()).split(":", -1);
        return parts.length == 1 || parts.length == 2 && parts[1].equals(criterion);
    }
}
