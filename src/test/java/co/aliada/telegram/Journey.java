package co.aliada.telegram;

import java.util.ArrayList;
import java.util.List;

/** A person's way through consent, profile and the whole self-check, by buttons and texts, for load and crash drivers. */
final class Journey {

    /** One thing the user does; returns the update id. */
    interface Input {
        int send(BotApiDouble bot, long chat);
    }

    private Journey() {
    }

    /** One step of the journey: a text typed, or the data of a button pressed. */
    record Step(boolean press, String value) {

        /** The update as Telegram would POST it to a webhook; a press is on the latest message showing the button. */
        String toJson(BotApiDouble bot, long chat, int updateId) {
            UpdateJson update = press ? UpdateJson.press(chat, bot.lastMessageWithButton(chat, value), value)
                    : UpdateJson.message(chat).text(value);
            return update.toJson(updateId);
        }
    }

    static List<Step> steps() {
        List<Step> steps = new ArrayList<>(List.of(new Step(false, "/start"), new Step(true, "consent:yes"),
                new Step(true, "sector:ict"), new Step(true, "size:micro"), new Step(false, "Popayán"),
                new Step(true, "company:skip")));
        String[] ids = {"L1", "L2", "L3", "P1", "P2", "Pe1", "Pe2", "Pe3", "I1", "I2", "Pr1", "Pr2", "Pr3", "R1", "R2"};
        int[] answers = {2, 1, 2, 1, 2, 3, 2, 1, 2, 1, 1, 1, 0, 1, 0};
        for (int i = 0; i < ids.length; i++) {
            steps.add(new Step(true, "sc:" + ids[i] + ":" + answers[i]));
        }
        return steps;
    }

    static List<Input> inputs() {
        return steps().stream().map(step -> step.press() ? press(step.value()) : text(step.value())).toList();
    }

    private static Input text(String text) {
        return (bot, chat) -> bot.sendText(chat, text);
    }

    private static Input press(String data) {
        return (bot, chat) -> bot.press(chat, data);
    }

    /** What identifies a bot message: the call, its first line and its buttons. */
    static List<String> received(BotApiDouble bot, long chat) {
        return bot.sentTo(chat).stream()
                .map(call -> call.name() + " | " + call.text().lines().findFirst().orElse("") + " | " + call.buttonData())
                .toList();
    }

    /**
     * The messages without repeats of the one just before that the expected sequence does not have:
     * what an at-least-once send (accepted, then the process died before marking it) looks like.
     */
    static List<String> withoutRepeats(List<String> got, List<String> expected) {
        List<String> kept = new ArrayList<>();
        for (String message : got) {
            int at = kept.size();
            boolean repeat = at > 0 && message.equals(kept.get(at - 1))
                    && (at >= expected.size() || !expected.get(at).equals(message));
            if (!repeat) {
                kept.add(message);
            }
        }
        return kept;
    }
}
