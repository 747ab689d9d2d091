package co.aliada.conversation;

import java.util.Comparator;
import java.util.List;

/** The main menu: where a finished flow lands and where a lost person finds their way. */
public final class MenuStep implements Step {

    static final String GO = "menu:";

    private final List<MenuEntry> entries;

    public MenuStep(List<MenuEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(MenuEntry::order)).toList();
    }

    @Override
    public String id() {
        return ConversationEngine.MENU;
    }

    @Override
    public void enter(Turn turn) {
        turn.send(turn.message("menu.question").withButtons(Turn.rows(1, buttons(turn))));
    }

    /** Whether this is one of the menu's own step buttons (and not any step id a client made up). */
    boolean offers(String data) {
        return data.startsWith(GO) && entries.stream().anyMatch(e -> e.data().equals(data));
    }

    /** The menu's buttons, for any reply that would otherwise leave the person without a way forward. */
    List<Outbound.Button> buttons(Turn turn) {
        return entries.stream().map(e -> turn.button(e.labelKey(), e.data())).toList();
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        if (in.kind() == Inbound.Kind.BUTTON && in.payload().startsWith(GO)) {
            turn.goTo(in.payload().substring(GO.length()));
            return;
        }
        if (in.kind() == Inbound.Kind.TEXT && ChoiceMatcher.saysOneOf(in.payload(), turn.phrases("menu.back-words"))) {
            // "atrás" after the journey ended: nothing before the menu, and no miss (two offered an advisor)
            turn.say("menu.nothing-back");
            turn.repeatStep();
            return;
        }
        turn.say("common.not-understood");
        turn.notUnderstood();
        turn.repeatStep();
    }
}
