package co.aliada.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Media;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import co.aliada.conversation.Turn;
import co.aliada.onboarding.Onboarding;
import co.aliada.onboarding.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The entrepreneur's side of a case: opening it, relaying what they write, handing them back to the bot. */
final class Escalations {

    /** The chat's open case id, in the chat state; the case table stays the truth. */
    static final String OPEN_CASE = "case.open";
    /** The case and day the person was last told their request still waits: told once a day, not at every message. */
    static final String TOLD_WAITING = "case.told-waiting";
    /** A request nobody took for this long is said to be still waiting when the person writes again. */
    private static final Duration LONG_WAIT = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(Escalations.class);

    private final CaseStore cases;
    private final CaseCard card;
    private final OfficeHours hours;
    private final ConsultantsChat group;
    private final String groupLang;
    private int casesPerDay = Integer.MAX_VALUE;
    private WebCaseGate webGate;
    private final Duration reopenWithin;

    Escalations(CaseStore cases, CaseCard card, OfficeHours hours, ConsultantsChat group, String groupLang,
                Duration reopenWithin) {
        this.reopenWithin = reopenWithin;
        this.cases = cases;
        this.card = card;
        this.hours = hours;
        this.group = group;
        this.groupLang = groupLang;
    }

    /** At most {@code perDay} cases a chat; web chats' cases go to the group through the gate. */
    Escalations limitedBy(int perDay, WebCaseGate gate) {
        this.casesPerDay = perDay;
        this.webGate = gate;
        return this;
    }

    private boolean gated(String chat) {
        return webGate != null && group.configured() && WebCaseGate.web(chat);
    }

    void open(Turn turn, String reason) {
        ChatState state = turn.state();
        if (!state.consented()) {
            turn.send(turn.message("escalation.needs-consent").withButtons(Turn.column(
                    turn.button("escalation.button.consent", CommandName.START.slash()))));
            return;
        }
        Optional<Case> active = cases.activeOf(state.chat());
        if (active.isPresent()) {
            state.put(OPEN_CASE, active.get().id());
            sayWhileOpen(turn, "escalation.already-open", "hours", hours.describe(turn.texts(), turn.lang()));
            return;
        }
        if (cases.sentWithin(state.chat(), Duration.ofDays(1)) >= casesPerDay) {
            turn.say("escalation.limit", "max", casesPerDay, "hours", hours.describe(turn.texts(), turn.lang()));
            return;
        }
        String contact = state.get(WebContact.CONTACT);
        if (gated(state.chat()) && contact == null) {
            // nobody can answer a web chat live: a case is worth a consultant's time once they can reach the person
            state.put(WebContact.AWAITING, reason);
            turn.say("escalation.web.contact-needed");
            return;
        }
        Case c = cases.open(state.chat(), reason, turn.lang());
        cases.company(c.id(), Profile.of(state).company());
        state.put(OPEN_CASE, c.id());
        log.info("case {} opened ({})", c.id(), reason);
        String when = hours.describe(turn.texts(), turn.lang());
        if (!group.configured()) {
            sayWhileOpen(turn, "escalation.opened.no-group", "hours", when);
        } else if (hours.openNow()) {
            sayWhileOpen(turn, "escalation.opened.in-hours", "hours", when);
        } else {
            sayWhileOpen(turn, "escalation.opened.after-hours", "hours", when, "next", hours.describeNextOpening(turn.texts(), turn.lang()));
        }
        if (group.configured()) {
            List<Outbound> messages = card.messages(c, state, turn.texts(), group.key(), said(turn));
            if (gated(state.chat())) {
                Outbound first = messages.get(0);
                String line = turn.texts().get("escalation.card.contact", groupLang, "contact", Html.escape(contact));
                messages = java.util.stream.Stream.concat(java.util.stream.Stream.of(first.withText(first.text() + "\n" + line)),
                        messages.stream().skip(1)).toList();
                webGate.holdAtCommit(c.id());
            }
            cases.card(c.id(), messages.get(0).text());
            messages.forEach(m -> turn.send(m.inThread(c.tag())));
        }
    }

    /**
     * Reopens the chat's case a consultant closed within {@code aliada.escalation.reopen-within}; false
     * when there is none (or a case is open already), for the caller to open a new one.
     */
    boolean reopen(Turn turn) {
        ChatState state = turn.state();
        if (!state.consented() || cases.activeOf(state.chat()).isPresent()) {
            return false;
        }
        Optional<Case> closed = cases.reopenable(state.chat(), cases.ago(reopenWithin));
        if (closed.isEmpty() || !cases.reopen(closed.get().id())) {
            return false;
        }
        Case c = cases.find(closed.get().id()).orElseThrow();
        state.put(OPEN_CASE, c.id());
        log.info("case {} reopened", c.id());
        sayWhileOpen(turn, "consultants.user.reopened", "hours", hours.describe(turn.texts(), turn.lang()));
        if (group.configured()) {
            String owner = c.takenByName() == null ? turn.texts().get("escalation.group.nobody", groupLang) : Html.escape(c.takenByName());
            turn.send(Outbound.text(group.key(), turn.texts().get("consultants.group.reopened", groupLang, "tag", c.tag(),
                    "owner", owner)).withButtons(card.buttons(c, turn.texts())).inThread(c.tag()));
            turn.send(card.transcript(c, state, turn.texts(), group.key(), null).inThread(c.tag())); // what happened since, events included
            card.sendEdited(turn, cases, c, group.key(),
                    turn.texts().get("escalation.card.reopened", groupLang, "when", card.when(hours.now().toInstant())));
        }
        return true;
    }

    /**
     * A message told while the case is open, with the one way on that works meanwhile: closing the request and going
     * back to where the bot was. Without buttons of its own, the engine put the interrupted step's below it, and a tap
     * on them reached the advisor instead of answering the question.
     */
    static void sayWhileOpen(Turn turn, String key, Object... nameValues) {
        turn.send(turn.message(key, nameValues).withButtons(Turn.column(
                turn.button("escalation.button.back-to-bot", CommandName.BOT.slash()))));
    }

    /** The message that opened the case as the transcript shows it (a press as its label), or null for none. */
    private static String said(Turn turn) {
        Inbound in = turn.inbound();
        if (!turn.state().consented() || in == null) {
            return null;
        }
        return switch (in.kind()) {
            case TEXT -> in.payload();
            case COMMAND -> "/" + in.payload();
            case BUTTON -> "[" + java.util.Objects.requireNonNullElse(turn.state().buttonLabel(in.payload()), in.payload()) + "]";
            case UNSUPPORTED -> "(" + in.payload() + ")";
        };
    }

    /** The chat's case if it is still open; forgets a closed one. */
    Optional<Case> activeCase(ChatState state) {
        String id = state.get(OPEN_CASE);
        Optional<Case> found = id == null ? Optional.empty()
                : cases.find(Long.parseLong(id)).filter(c -> c.active() && c.chat().equals(state.chat()));
        if (id != null && found.isEmpty()) {
            state.put(OPEN_CASE, null);
        }
        return found;
    }

    /** Passes what the user wrote (or a note of what they sent) to the consultants. */
    void relay(Case c, Turn turn, String text, boolean media) {
        cases.message(c.id(), true, null, text);
        if (toldStillWaiting(c, turn)) {
            // back days later to a request nobody took ("¿alguien me va a responder?"): said so, with the way out
        } else if (!group.reaches(turn.state().chat())) {
            // nobody can answer live here (no group, or a local chat the consultant cannot write to): say it was kept
            turn.say("escalation.user.noted");
        }
        if (!group.configured() || gated(turn.state().chat())) {
            return; // a web chat's words stay with its case: the consultant reaches the person by the contact left
        }
        String key = media ? "escalation.group.from-user-media" : "escalation.group.from-user";
        turn.send(Outbound.text(group.key(), turn.texts().get(key, groupLang, "tag", c.tag(), "who", who(turn),
                        "text", Html.escape(text)))
                .inThread(c.tag()));
    }

    /**
     * Tells a person who writes to a request nobody has taken for a day or more that it still waits, once a day, with
     * the way back to the assistant; before, "hola" after a month got only "Anotado ✍️".
     */
    private boolean toldStillWaiting(Case c, Turn turn) {
        Instant now = cases.now();
        if (c.status() != Case.Status.OPEN || c.openedAt() == null || !c.openedAt().isBefore(now.minus(LONG_WAIT))) {
            return false;
        }
        String today = c.id() + ":" + now.getEpochSecond() / LONG_WAIT.toSeconds();
        if (today.equals(turn.state().get(TOLD_WAITING))) {
            return false;
        }
        turn.state().put(TOLD_WAITING, today);
        sayWhileOpen(turn, "escalation.user.still-waiting", "days", Duration.between(c.openedAt(), now).toDays());
        return true;
    }

    /**
     * Passes a photo, voice note, file or place to the consultants as it is (by the channel's reference), with
     * its caption, and tells the person it was passed on; where nobody can answer live, only a note of it is kept.
     */
    void relayMedia(Case c, Turn turn, Media media) {
        String chat = turn.state().chat();
        if (!group.reaches(chat) || gated(chat)) {
            relay(c, turn, media.kind(), true);
            return;
        }
        Texts texts = turn.texts();
        cases.message(c.id(), true, null, "(" + media.kind() + ")" + (media.caption() == null ? "" : " " + media.caption()));
        String caption = media.caption() == null
                ? texts.get("desk.group.media", groupLang, "tag", c.tag(), "who", who(turn), "kind", texts.get("desk.media." + media.kind(), groupLang))
                : texts.get("desk.group.media-caption", groupLang, "tag", c.tag(), "who", who(turn),
                "kind", texts.get("desk.media." + media.kind(), groupLang), "caption", Html.escape(media.caption()));
        turn.send(Outbound.text(group.key(), caption).withMedia(media).inThread(c.tag()));
        turn.say("desk.user.media-passed", "kind", texts.get("desk.media." + media.kind(), turn.lang()));
    }

    /** The person corrected a message they had sent: the consultants get the new text as a correction. */
    void relayCorrection(Case c, Turn turn, String text) {
        cases.message(c.id(), true, null, turn.texts().get("desk.correction", groupLang) + ": " + text);
        if (!group.configured() || gated(turn.state().chat())) {
            return;
        }
        turn.send(Outbound.text(group.key(), turn.texts().get("desk.group.from-user-edited", groupLang, "tag", c.tag(),
                "who", who(turn), "text", Html.escape(text))).inThread(c.tag()));
    }

    private String who(Turn turn) {
        String company = Profile.of(turn.state()).company();
        return Html.escape(company != null ? company : turn.texts().get("escalation.the-user", groupLang));
    }

    /**
     * The person changed a profile answer ({@code /perfil}) while the case is open: the consultants get the profile as it
     * is now, since the card shows it as it was when the case opened.
     */
    void profileChanged(Case c, Turn turn) {
        if (!group.configured() || gated(turn.state().chat())) {
            return;
        }
        List<Object> values = new java.util.ArrayList<>(List.of("tag", c.tag(), "who", who(turn)));
        values.addAll(List.of(card.profile(turn.state(), turn.texts())));
        turn.send(Outbound.text(group.key(), turn.texts().get("escalation.group.profile-changed", groupLang, values.toArray()))
                .inThread(c.tag()));
    }

    /** What the profile holds, to tell whether an answer changed. */
    static String profileKey(ChatState state) {
        return String.valueOf(java.util.Objects.hash(Profile.of(state), state.get(Onboarding.ACTIVITY)));
    }

    /** The person is erasing their data mid-case: the consultants hear that the case ended so. */
    void erasing(Case c, Turn turn) {
        if (group.configured()) {
            turn.send(Outbound.text(group.key(), turn.texts().get("consultants.group.erased", groupLang, "tag", c.tag()))
                    .inThread(c.tag()));
        }
    }

    /** {@code /bot}: closes the case at the user's wish and lets the bot talk again. */
    void backToBot(Turn turn) {
        Optional<Case> c = activeCase(turn.state());
        if (c.isEmpty()) {
            turn.say("escalation.bot.no-case");
        } else {
            closeByUser(c.get(), turn, "escalation.user.back-to-bot",
                    turn.texts().get("escalation.group.closed-by-user", groupLang, "tag", c.get().tag()));
        }
        turn.repeatStep();
    }

    /**
     * The person withdrew the request in so many words ("cancelar", "ya no necesito asesor"): the case is closed as
     * {@code /bot} closes it, their words kept in it and quoted to the consultants, and the bot asks its question again.
     */
    void withdraw(Case c, Turn turn, String words) {
        cases.message(c.id(), true, null, words);
        closeByUser(c, turn, "escalation.user.withdrawn", turn.texts().get("escalation.group.withdrawn-by-user", groupLang,
                "tag", c.tag(), "text", Html.escape(words)));
        turn.repeatStep();
    }

    private void closeByUser(Case c, Turn turn, String toldKey, String groupLine) {
        // no consultant saw it (no group, or a web case's card still held): closed as withdrawn, which counts for no limit
        boolean unseen = c.status() == Case.Status.OPEN && !group.configured() || gated(turn.state().chat()) && webGate.drop(c.id());
        cases.close(c.id(), unseen ? CaseStore.WITHDRAWN : "user", null, null);
        turn.state().put(OPEN_CASE, null);
        turn.say(toldKey);
        if (!unseen) {
            turn.send(Outbound.text(group.key(), groupLine).inThread(c.tag()));
            Case closed = cases.find(c.id()).orElseThrow();
            card.sendEdited(turn, cases, closed, group.key(),
                    turn.texts().get("escalation.card.closed-by-user", groupLang, "when", card.when(closed.closedAt())));
        }
    }
}
