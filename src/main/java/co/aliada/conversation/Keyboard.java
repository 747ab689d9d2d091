package co.aliada.conversation;

import java.util.Arrays;
import java.util.List;

/**
 * The buttons last shown to a chat, in the order shown, kept in its state so that a typed answer can
 * be read as one of them and a press can be told by its label. A yes/no choice also keeps which is which.
 */
final class Keyboard {

    static final String LABEL = "kb.";
    private static final String ORDER = "engine.keyboard";
    private static final String YES = "engine.keyboard.yes";
    private static final String NO = "engine.keyboard.no";
    private static final String SEPARATOR = "\u001f";

    private Keyboard() {
    }

    static void remember(ChatState state, List<Outbound.Button> shown, Outbound.Button yes, Outbound.Button no) {
        state.clear(LABEL);
        state.put(YES, null);
        state.put(NO, null);
        shown.forEach(button -> state.put(LABEL + button.data(), button.label()));
        state.put(ORDER, String.join(SEPARATOR, shown.stream().map(Outbound.Button::data).toList()));
        if (yes != null && no != null && shown.contains(yes) && shown.contains(no)) {
            state.put(YES, yes.data());
            state.put(NO, no.data());
        }
    }

    static List<Outbound.Button> buttons(ChatState state) {
        String order = state.get(ORDER);
        if (order == null || order.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(order.split(SEPARATOR)).distinct()
                .filter(data -> state.get(LABEL + data) != null)
                .map(data -> new Outbound.Button(state.get(LABEL + data), data)).toList();
    }

    static Outbound.Button yes(ChatState state) {
        return find(state, YES);
    }

    static Outbound.Button no(ChatState state) {
        return find(state, NO);
    }

    private static Outbound.Button find(ChatState state, String key) {
        String data = state.get(key);
        return data == null || state.get(LABEL + data) == null ? null : new Outbound.Button(state.get(LABEL + data), data);
    }
}
