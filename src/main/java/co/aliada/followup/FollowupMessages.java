package co.aliada.followup;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import co.aliada.challenge.Challenge;
import co.aliada.challenge.Challenges;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Html;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;

/** The scheduled messages in the person's language, with the buttons that answer them ({@code /seguimiento <id> <answer>}). */
final class FollowupMessages {

    static final String COMMAND = CommandName.FOLLOWUP.spanish();
    static final String YES = "si";
    static final String NOT_YET = "aun";
    static final String NO_ANSWER = "sinrespuesta";
    static final String USEFUL = "util";
    static final String NOT_USEFUL = "noutil";
    static final String UNSURE = "nose";
    static final String START = "empezar";
    private static final int CHALLENGE_CHARS = 300;

    private final Supplier<Texts> texts;
    private final Challenges challenges;

    FollowupMessages(Supplier<Texts> texts, Challenges challenges) {
        this.texts = texts;
        this.challenges = challenges;
    }

    /** The message for a scheduled row; empty when what it was about is gone (a challenge deleted since). */
    Optional<Outbound> of(FollowupStore.Scheduled row, String lang) {
        Texts t = texts.get();
        if (FollowupStore.REASSESS.equals(row.kind())) {
            return Optional.of(Outbound.text(row.chat(), t.get("followup.reassess.invite", lang))
                    .withButtons(List.of(List.of(button(t, lang, "followup.reassess.button.start", row.id(), START)))));
        }
        Optional<Challenge> challenge = challenges.find(row.chat(), row.refId());
        if (challenge.isEmpty() || challenge.get().services().isEmpty()) {
            return Optional.empty();
        }
        String statement = challenge.get().howMightWe();
        if (statement.length() > CHALLENGE_CHARS) {
            statement = statement.substring(0, CHALLENGE_CHARS) + "…";
        }
        String key = row.round() > 1 ? "followup.contact.ask-again" : "followup.contact.ask";
        String text = t.get(key, lang, "challenge", Html.escape(statement),
                "services", Html.escape(String.join(", ", challenge.get().serviceNames())));
        return Optional.of(Outbound.text(row.chat(), text).withButtons(List.of(
                List.of(button(t, lang, "followup.contact.button.yes", row.id(), YES)),
                List.of(button(t, lang, "followup.contact.button.not-yet", row.id(), NOT_YET)),
                List.of(button(t, lang, "followup.contact.button.no-answer", row.id(), NO_ANSWER)))));
    }

    /** The second question, once the person said they reached the institution. */
    static List<List<Outbound.Button>> usefulButtons(Texts t, String lang, long id) {
        return List.of(List.of(button(t, lang, "followup.useful.button.yes", id, USEFUL),
                button(t, lang, "followup.useful.button.no", id, NOT_USEFUL),
                button(t, lang, "followup.useful.button.unsure", id, UNSURE)));
    }

    static String data(long id, String answer) {
        return "/" + COMMAND + " " + id + " " + answer;
    }

    private static Outbound.Button button(Texts t, String lang, String key, long id, String answer) {
        return new Outbound.Button(t.get(key, lang), data(id, answer));
    }
}
