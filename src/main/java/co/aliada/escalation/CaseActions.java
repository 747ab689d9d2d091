package co.aliada.escalation;

import java.util.List;
import java.util.Optional;

import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import co.aliada.conversation.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What consultants do with a case, acting in their chat: take, answer, close, list. */
final class CaseActions {

    private static final Logger log = LoggerFactory.getLogger(CaseActions.class);

    private final CaseStore cases;
    private final CaseCard card;
    private final String group;
    private final String lang;

    CaseActions(CaseStore cases, CaseCard card, String group, String lang) {
        this.cases = cases;
        this.card = card;
        this.group = group;
        this.lang = lang;
    }

    void take(long id, Inbound in, Turn turn) {
        Optional<Case> c = active(id, turn, "take");
        if (c.isEmpty()) {
            return;
        }
        if (c.get().status() == Case.Status.TAKEN) {
            toGroup(turn, "escalation.group.already-taken", "tag", c.get().tag(), "name", Html.escape(c.get().takenByName()));
            return;
        }
        String name = name(in, turn.texts());
        cases.take(id, name, in.user());
        toUser(turn, c.get(), "escalation.user.taken", "name", Html.escape(name));
        taken(turn, c.get(), name);
    }

    /** A consultant's reply to a case message goes to the user; the first reply also takes the case. */
    void answer(long id, Inbound in, Turn turn) {
        Optional<Case> c = active(id, turn, "answer");
        if (c.isEmpty()) {
            return;
        }
        String name = name(in, turn.texts());
        if (c.get().status() == Case.Status.OPEN && cases.take(id, name, in.user())) {
            toUser(turn, c.get(), "escalation.user.taken", "name", Html.escape(name));
            taken(turn, c.get(), name);
        }
        cases.message(id, false, name, in.payload());
        toUser(turn, c.get(), "escalation.user.from-consultant", "name", Html.escape(name), "text", Html.escape(in.payload()));
    }

    void close(long id, Inbound in, Turn turn) {
        Optional<Case> c = active(id, turn, "close");
        if (c.isEmpty()) {
            return;
        }
        String name = name(in, turn.texts());
        cases.close(id, "consultant", name, in.user());
        toUser(turn, c.get(), "escalation.user.closed", "name", Html.escape(name));
        toGroup(turn, "escalation.group.closed", "tag", c.get().tag(), "name", Html.escape(name));
    }

    void list(Turn turn) {
        List<Case> open = cases.active();
        Texts texts = turn.texts();
        StringBuilder out = new StringBuilder(texts.get(open.isEmpty() ? "escalation.group.list-empty" : "escalation.group.list", lang,
                "count", open.size()));
        for (Case c : open) {
            String who = c.takenByName() == null ? texts.get("escalation.group.nobody", lang) : Html.escape(c.takenByName());
            out.append('\n').append(texts.get("escalation.group.list-line", lang, "tag", c.tag(),
                    "status", texts.get("escalation.status." + c.status().name().toLowerCase(), lang),
                    "minutes", card.minutes(c), "who", who));
        }
        turn.send(Outbound.text(group, out.toString()));
    }

    void onlyText(Turn turn) {
        toGroup(turn, "escalation.group.only-text");
    }

    private Optional<Case> active(long id, Turn turn, String action) {
        Optional<Case> c = cases.find(id).filter(Case::active);
        if (c.isEmpty()) {
            log.warn("{} of case {} refused: no such open case", action, id);
            toGroup(turn, "escalation.group.not-open", "tag", CaseTag.of(id));
        }
        return c;
    }

    private String name(Inbound in, Texts texts) {
        String first = in.userName() == null || in.userName().isBlank() ? null : in.userName().strip().split("\\s+")[0];
        return first == null ? texts.get("escalation.a-consultant", lang) : first;
    }

    /** Says who took the case, with the Close button: a channel may take the card's keyboard off once Take is pressed. */
    private void taken(Turn turn, Case c, String name) {
        turn.send(Outbound.text(group, turn.texts().get("escalation.group.taken", lang, "tag", c.tag(), "name", Html.escape(name)))
                .withButtons(List.of(List.of(new Outbound.Button(turn.texts().get("escalation.button.close", lang),
                        CaseCard.CLOSE + c.id())))));
    }

    private void toUser(Turn turn, Case c, String key, Object... values) {
        turn.send(Outbound.text(c.chat(), turn.texts().get(key, c.lang(), values)));
    }

    private void toGroup(Turn turn, String key, Object... values) {
        turn.send(Outbound.text(group, turn.texts().get(key, lang, values)));
    }
}
