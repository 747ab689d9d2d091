package co.aliada.onboarding;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/** Asks the sector, unless the deep link the person came by already named it. */
final class SectorStep implements Step {

    private final ChoiceStep choice = new ChoiceStep(Onboarding.SECTOR, "sector", Onboarding.SECTORS,
            Onboarding.SECTOR, Onboarding.SIZE);

    @Override
    public String id() {
        return Onboarding.SECTOR;
    }

    @Override
    public boolean keepsAnswers() {
        return true;
    }

    @Override
    public void enter(Turn turn) {
        String fromLink = turn.state().get(Onboarding.LINK_SECTOR);
        if (fromLink != null && Onboarding.SECTORS.contains(fromLink)) {
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
