package co.aliada.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The buttons last shown to a chat, in the order shown, kept in its state so that a typed answer can
 * be read as one of them and a press can be told by its label. A yes/no choice also keeps which is which.
 */
final class Keyboard {

    private static final String ORDER = ChatState.ENGINE + "keyboard";
    private static final String YES = ORDER + ".yes";
    private static final String NO = ORDER + ".no";
    private static final String IRREVERSIBLE = ORDER + ".irreversible";
    /** How many buttons each row had, so that buttons shown again keep their places under the thumb. */
    private static final String ROWS = ORDER + ".rows";
    private static final String SEPARATOR = "\u001f";

    private Keyboard() {
    }

    /**
     * Called after {@link ChatState#buttonsShown}, which keeps the labels. {@code rowSizes}: how many of {@code shown},
     * in order, each row held.
     */
    static void remember(ChatState state, List<Outbound.Button> shown, List<Integer> rowSizes, Outbound.Button yes,
                         Outbound.Button no, boolean irreversible) {
        state.put(ROWS, String.join(",", rowSizes.stream().map(String::valueOf).toList()));
        state.put(YES, null);
        state.put(NO, null);
        state.put(IRREVERSIBLE, null);
        state.put(ORDER, String.join(SEPARATOR, shown.stream().map(Outbound.Button::data).toList()));
        if (yes != null && no != null && shown.contains(yes) && shown.contains(no)) {
            state.put(YES, yes.data());
            state.put(NO, no.data());
            state.put(IRREVERSIBLE, irreversible ? "true" : null);
        }
    }

    /** Whether the yes/no question on offer is one whose yes cannot be undone (see {@link Turn#yesNoIrreversible}). */
    static boolean irreversible(ChatState state) {
        return state.get(IRREVERSIBLE) != null && yes(state) != null;
    }

    static List<Outbound.Button> buttons(ChatState state) {
        String order = state.get(ORDER);
        if (order == null || order.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(order.split(SEPARATOR)).distinct()
                .filter(data -> state.buttonLabel(data) != null)
                .map(data -> new Outbound.Button(state.buttonLabel(data), data)).toList();
    }

    /** The buttons last shown, in the rows they were shown in; empty when those rows are not known. */
    static List<List<Outbound.Button>> rows(ChatState state) {
        List<Outbound.Button> buttons = buttons(state);
        String sizes = state.get(ROWS);
        if (buttons.isEmpty() || sizes == null || sizes.isEmpty()) {
            return List.of();
        }
        List<List<Outbound.Button>> rows = new ArrayList<>();
        int from = 0;
        for (String size : sizes.split(",")) {
            int to = from + Integer.parseInt(size);
            if (to > buttons.size()) {
                return List.of(); // a button was shown twice, or its label is gone: the rows no longer add up
            }
            rows.add(buttons.subList(from, to));
            from = to;
        }
        return from == buttons.size() ? rows : List.of();
    }

    /** The buttons last shown that answer a question, not the commands among them ("/ayuda", "/asesor"). */
    static List<Outbound.Button> answers(ChatState state) {
        return buttons(state).stream().filter(button -> !button.runsCommand()).toList();
    }

    static Outbound.Button yes(ChatState state) {
        return find(state, YES);
    }

    static Outbound.Button no(ChatState state) {
        return find(state, NO);
    }

    private static Outbound.Button find(ChatState state, String key) {
        String data = state.get(key);
        return data == null || state.buttonLabel(data) == null ? null : new Outbound.Button(state.buttonLabel(data), data);
    }
}
