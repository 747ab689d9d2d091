package co.aliada.onboarding;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/** Asks the sector, unless the deep link the person came by already named it. */
final class SectorStep implements Step {

    private final boolean changing;
    private final ChoiceStep choice;

    SectorStep() {
        this(false);
    }

    /** @param changing asked again to change the answer ({@code /perfil}), not in onboarding's order */
    SectorStep(boolean changing) {
        this.changing = changing;
        this.choice = new ChoiceStep(id(), changing ? "profile.change.sector.question" : "profile.sector.question",
                "sector", Onboarding.SECTORS, Onboarding.SECTOR, (chosen, turn) -> changing ? ProfileChange.DONE : Onboarding.SIZE);
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
            turn.goTo(Onboarding.SIZE);
            return;
        }
        choice.enter(turn);
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        choice.handle(in, turn);
    }
}
