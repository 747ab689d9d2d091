package co.aliada.onboarding;

import java.util.List;
import java.util.Optional;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/**
 * Asks the sector, unless the deep link the person came by already named it. "Otro" asks next what the business does,
 * unless the words typed for it said so already ("peluquería").
 */
final class SectorStep implements Step {

    static final String OTHER = "other";
    /** Whole answers that pick "Otro" and say nothing of the business ("otro", "servicios"): what it does is asked. */
    private static final String VAGUE = "profile.activity.vague-words";
    /** Whole answers that pick "Otro" (the button's own words, which a "7" or "la última" is not). */
    private static final String OTHER_WORDS = "choice.sector.other.words";
    private static final String OTHER_MENTIONS = "choice.sector.other.mentions";

    private final boolean changing;
    private final ChoiceStep choice;

    SectorStep() {
        this(false);
    }

    /** @param changing asked again to change the answer ({@code /perfil}), not in onboarding's order */
    SectorStep(boolean changing) {
        this.changing = changing;
        this.choice = new ChoiceStep(id(), changing ? "profile.change.sector.question" : "profile.sector.question",
                "sector", Onboarding.SECTORS, Onboarding.SECTOR, this::after);
    }

    @Override
    public String id() {
        return changing ? ProfileChange.SECTOR : Onboarding.SECTOR;
    }

    @Override
    public boolean keepsAnswers() {
        return true;
    }

    @Override
    public void enter(Turn turn) {
        String fromLink = turn.state().get(Onboarding.LINK_SECTOR);
        if (!changing && fromLink != null && Onboarding.SECTORS.contains(fromLink)) {
            turn.state().put(Onboarding.LINK_SECTOR, null);
            turn.state().put(Onboarding.SECTOR, fromLink);
            turn.say("profile.sector.from-link", "sector", turn.text("sector." + fromLink));
            turn.goTo(after(fromLink, turn));
            return;
        }
        choice.enter(turn, changing ? null : toldIn(turn.state().get(ChatState.TOLD_NEED), turn));
    }

    /**
     * The one sector a need told before the question names in everyday words ("tengo un hostal en Silvia" is
     * Turismo), proposed first with one tap; none where it names none, or two.
     */
    private static String toldIn(String need, Turn turn) {
        if (need == null) {
            return null;
        }
        List<String> named = Onboarding.SECTORS.stream()
                .filter(sector -> !ChoiceMatcher.mentioned(need, turn.phrases("choice.sector." + sector + ".mentions")).isEmpty())
                .toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    @Override
    public boolean answersItself(Inbound in, Turn turn) {
        return choice.answersItself(in, turn);
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        choice.handle(in, turn);
    }

    /**
     * Under "¿Se refiere a…?", which shows only the sectors a text could mean (🏭 Manufactura, 🧳 Turismo), a sector typed
     * that is not among them ("es comercio") is that sector: it had been read as a wish for a person.
     */
    @Override
    public Optional<String> pressedBy(Inbound in, Turn turn) {
        if (in.kind() != Inbound.Kind.TEXT) {
            return Optional.empty();
        }
        List<Outbound.Button> all = Onboarding.SECTORS.stream()
                .map(sector -> turn.button("sector." + sector, "sector:" + sector)).toList();
        long shown = all.stream().filter(button -> turn.state().buttonLabel(button.data()) != null).count();
        if (shown == 0 || shown == all.size()) {
            return Optional.empty(); // the whole question (or another) is on screen: its own reading of the text
        }
        return ConversationEngine.readAsOneOf(in.payload(), turn, all).map(Outbound.Button::data)
                .filter(data -> turn.state().buttonLabel(data) == null);
    }

    /**
     * Whether this sector, just stored, asks what the business does ("Otro"); any other sector forgets what it said,
     * which described the business of "Otro" only.
     */
    static boolean asksTheActivity(ChatState state, String sector) {
        if (OTHER.equals(sector)) {
            return true;
        }
        state.put(Onboarding.ACTIVITY, null);
        return false;
    }

    /** The step after the sector is stored: what the business does for "Otro", else the next question. */
    private String after(String sector, Turn turn) {
        String done = changing ? ProfileChange.DONE : Onboarding.SIZE;
        if (!asksTheActivity(turn.state(), sector)) {
            return done;
        }
        Inbound in = turn.inbound();
        if (in.kind() == Inbound.Kind.TEXT && (ChoiceMatcher.saysOneOf(in.payload(), turn.phrases(OTHER_WORDS))
                || !ChoiceMatcher.mentioned(in.payload(), turn.phrases(OTHER_MENTIONS)).isEmpty())
                && !ChoiceMatcher.saysOneOf(in.payload(), turn.phrases(VAGUE))) {
            // "peluquería", "tengo un salón de belleza" picked "Otro" by its own words, which say what the business does:
            // not asked again
            turn.state().put(Onboarding.ACTIVITY, ActivityStep.cleaned(in.payload()));
            return done;
        }
        return changing ? ProfileChange.ACTIVITY : Onboarding.ACTIVITY;
    }
}
