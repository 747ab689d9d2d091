package co.aliada.onboarding;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/**
 * After the sector "Otro": what the business does, in a few words of its own ("venta de repuestos"), shown beside the
 * sector wherever it is read. Optional, as every profile answer: one tap declines.
 */
final class ActivityStep implements Step {

    static final String SKIP = "activity:skip";
    static final int MAX_LENGTH = 80;

    private final boolean changing;

    /** @param changing asked to change the sector ({@code /perfil}), not in onboarding's order */
    ActivityStep(boolean changing) {
        this.changing = changing;
    }

    @Override
    public String id() {
        return changing ? ProfileChange.ACTIVITY : Onboarding.ACTIVITY;
    }

    @Override
    public boolean keepsAnswers() {
        return true;
    }

    @Override
    public boolean expectsText() {
        return true;
    }

    @Override
    public void enter(Turn turn) {
        turn.send(turn.message("profile.activity.question")
                .withButtons(Turn.column(turn.button("profile.activity.button.skip", SKIP))));
    }

    @Override
    public boolean answersItself(Inbound in, Turn turn) {
        return goesBack(in, turn);
    }

    private static boolean goesBack(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && ChoiceMatcher.oneOf(in.payload(), turn.phrases("profile.activity.back-words")).isPresent();
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        if (in.kind() == Inbound.Kind.BUTTON && in.payload().equals(SKIP)) {
            turn.state().put(Onboarding.ACTIVITY, null);
            turn.goTo(changing ? ProfileChange.DONE : Onboarding.SIZE);
            return;
        }
        if (in.kind() == Inbound.Kind.BUTTON) {
            turn.stalePress();
            return;
        }
        if (goesBack(in, turn)) {
            turn.goTo(changing ? ProfileChange.SECTOR : Onboarding.SECTOR); // "me equivoqué": the sector just answered
            return;
        }
        MunicipalityStep.keepTold(turn); // "repuestos para motos en Timbío": Timbío is offered at its question
        String text = cleaned(in.payload());
        if (in.kind() != Inbound.Kind.TEXT || text.length() > MAX_LENGTH || text.codePoints().noneMatch(Character::isLetter)
                || MunicipalityStep.laughs(text)) {
            turn.say("profile.activity.invalid", "max", MAX_LENGTH);
            turn.notUnderstood();
            turn.repeatStep();
            return;
        }
        if (text.indexOf('?') >= 0 || text.indexOf('¿') >= 0) {
            turn.say("profile.activity.why"); // "¿para qué?" is no business
            turn.repeatStep();
            return;
        }
        turn.state().put(Onboarding.ACTIVITY, text);
        if (changing) {
            turn.goTo(ProfileChange.DONE);
            return;
        }
        turn.say("profile.activity.saved", "activity", Html.escape(text));
        turn.goTo(Onboarding.SIZE);
    }

    /** The words as kept: spaces tidied. */
    static String cleaned(String typed) {
        return typed.strip().replaceAll("\\s+", " ");
    }
}
