package co.aliada.escalation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Media;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import co.aliada.conversation.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What consultants do with a case, acting in their chat: take, answer, hand over, close, list, and say
 * how people see them. Only the case's owner answers its person; a reply that cannot be routed to one
 * case for sure is parked (in the consultants' chat state) until the consultant says which case.
 */
final class CaseActions {

    static final String REASSIGN = "case:reassign:";
    static final String PICK = "case:to:";
    static final String END = "case:end:";
    /** How a consultant may end a case; each has a text {@code consultants.outcome.<outcome>}. */
    static final List<String> OUTCOMES = List.of("resolved", "referred", "no-answer", "duplicate");
    /** A consultant's reply waiting for them to say which case it is for, by their user id. */
    private static final String PARKED = "escalation.parked.";
    private static final String PARKED_MEDIA = "escalation.parked-media.";
    private static final int MAX_PICKS = 8;
    private static final Logger log = LoggerFactory.getLogger(CaseActions.class);

    private final CaseStore cases;
    private final CaseCard card;
    private final ConsultantStore consultants;
    private final String group;
    private final java.util.function.Predicate<String> passesMedia;
    private final String lang;

    /** {@code passesMedia}: whether media can be passed on to a person's chat (a web page shows text only). */
    CaseActions(CaseStore cases, CaseCard card, ConsultantStore consultants, String group, String lang,
                java.util.function.Predicate<String> passesMedia) {
        this.passesMedia = passesMedia;
        this.cases = cases;
        this.card = card;
        this.consultants = consultants;
        this.group = group;
        this.lang = lang;
    }

    void take(long id, Inbound in, Turn turn) {
        Optional<Case> c = active(id, turn, "take");
        if (c.isEmpty()) {
            return;
        }
        if (c.get().status() == Case.Status.TAKEN) {
            toPresser(turn, "escalation.group.already-taken", "tag", c.get().tag(), "name", Html.escape(c.get().takenByName()));
            return;
        }
        String name = groupName(in, turn.texts());
        cases.take(id, name, in.user());
        toUser(turn, c.get(), "consultants.user.taken", "who", who(in.user(), turn.texts(), c.get().lang()));
        taken(turn, c.get(), name, in.user());
        editCard(turn, id);
    }

    /**
     * A consultant's reply for one case goes to its person. The first reply to an untaken case takes it;
     * a reply to someone else's case is held back with a hint and a button to take the case over.
     */
    void answer(long id, Inbound in, String text, Turn turn) {
        answer(id, in, text, null, turn);
    }

    /** A consultant's photo, voice note, file or place for one case goes to its person as it is, with its caption. */
    void answer(long id, Inbound in, Media media, Turn turn) {
        answer(id, in, media.caption() == null ? "" : media.caption(), media, turn);
    }

    private void answer(long id, Inbound in, String text, Media media, Turn turn) {
        Optional<Case> c = active(id, turn, "answer");
        if (c.isEmpty()) {
            return;
        }
        String name = groupName(in, turn.texts());
        if (c.get().status() == Case.Status.TAKEN && !Objects.equals(c.get().takenById(), in.user())) {
            park(turn, in, text, media);
            turn.send(Outbound.text(group, turn.texts().get("consultants.group.not-owner", lang, "name", Html.escape(name),
                    "tag", c.get().tag(), "owner", Html.escape(c.get().takenByName()))).withButtons(List.of(List.of(
                    new Outbound.Button(turn.texts().get("consultants.button.reassign", lang), REASSIGN + id))))
                    .inThread(c.get().tag()));
            return;
        }
        if (c.get().status() == Case.Status.OPEN && cases.take(id, name, in.user())) {
            toUser(turn, c.get(), "consultants.user.taken", "who", who(in.user(), turn.texts(), c.get().lang()));
            taken(turn, c.get(), name, in.user());
            editCard(turn, id);
        }
        String who = who(in.user(), turn.texts(), c.get().lang());
        if (media == null) {
            cases.message(id, false, name, text);
            toUser(turn, c.get(), "consultants.user.from-consultant", "who", who, "text", Html.escape(text));
            return;
        }
        if (!passesMedia.test(c.get().chat())) {
            onlyText(turn); // the consultant hears at once that the file did not reach the person
            return;
        }
        cases.message(id, false, name, "(" + media.kind() + ")" + (text.isBlank() ? "" : " " + text));
        String caption = text.isBlank() ? turn.texts().get("desk.user.media-from-consultant", c.get().lang(), "who", who)
                : turn.texts().get("consultants.user.from-consultant", c.get().lang(), "who", who, "text", Html.escape(text));
        turn.send(Outbound.text(c.get().chat(), caption).withMedia(media));
    }

    /** Whether the one case named is taken, by whoever wrote this. */
    boolean ownsTaken(List<Long> named, Inbound in) {
        return named.size() == 1 && cases.find(named.get(0))
                .filter(c -> c.status() == Case.Status.TAKEN && Objects.equals(c.takenById(), in.user())).isPresent();
    }

    /** The owner corrected a reply they had sent: the person gets the new text, marked as a correction. */
    void correct(long id, Inbound in, Turn turn) {
        Optional<Case> c = cases.find(id).filter(Case::active);
        if (c.isEmpty() || !Objects.equals(c.get().takenById(), in.user())) {
            return; // only the owner's words reached the person; there is nothing else to correct
        }
        cases.message(id, false, groupName(in, turn.texts()), turn.texts().get("desk.correction", lang) + ": " + in.payload());
        toUser(turn, c.get(), "desk.user.from-consultant-edited", "who", who(in.user(), turn.texts(), c.get().lang()),
                "text", Html.escape(in.payload()));
    }

    /** A reply whose case is not clear: kept back, and the consultant asked which case, with one button per case. */
    void askWhich(List<Long> named, Inbound in, Turn turn) {
        // newest first: the case a consultant is most likely answering, when there are more than fit
        List<Case> candidates = (named.isEmpty() ? cases.active()
                : named.stream().map(cases::find).flatMap(Optional::stream).filter(Case::active).toList())
                .stream().sorted(java.util.Comparator.comparingLong(Case::id).reversed()).toList();
        if (candidates.isEmpty()) {
            toGroup(turn, "consultants.group.no-case-to-answer", "name", Html.escape(groupName(in, turn.texts())));
            return;
        }
        park(turn, in, in.media() == null ? in.payload() : java.util.Objects.requireNonNullElse(in.media().caption(), ""),
                in.media());
        List<Outbound.Button> buttons = candidates.stream().limit(MAX_PICKS)
                .map(c -> new Outbound.Button(c.tag() + (c.takenByName() == null ? "" : " · " + c.takenByName()), PICK + c.id()))
                .toList();
        turn.send(Outbound.text(group, turn.texts().get("consultants.group.which-case", lang,
                "name", Html.escape(groupName(in, turn.texts())))).withButtons(Turn.rows(2, buttons)));
    }

    /** The consultant said which case their parked reply is for. */
    void pick(long id, Inbound in, Turn turn) {
        Parked parked = unpark(turn, in);
        if (parked == null) {
            toPresser(turn, "consultants.group.nothing-parked", "name", Html.escape(groupName(in, turn.texts())));
            return;
        }
        answer(id, in, parked.text(), parked.media(), turn);
    }

    /** Another consultant takes the case over, and their held-back reply, if any, goes out now. */
    void reassign(long id, Inbound in, Turn turn) {
        Optional<Case> c = active(id, turn, "reassign");
        if (c.isEmpty()) {
            return;
        }
        String name = groupName(in, turn.texts());
        if (c.get().status() == Case.Status.OPEN) {
            take(id, in, turn);
        } else if (!Objects.equals(c.get().takenById(), in.user()) && cases.reassign(id, name, in.user())) {
            toCase(turn, c.get(), "consultants.group.reassigned", "tag", c.get().tag(), "name", Html.escape(name),
                    "owner", Html.escape(c.get().takenByName()));
            toUser(turn, c.get(), "consultants.user.reassigned", "who", who(in.user(), turn.texts(), c.get().lang()));
            editCard(turn, id);
        }
        Parked parked = unpark(turn, in);
        if (parked != null) {
            answer(id, in, parked.text(), parked.media(), turn);
        }
    }

    /** Close asks how the case ended first: nothing changes until the consultant picks an outcome. */
    void close(long id, Inbound in, Turn turn) {
        Optional<Case> c = active(id, turn, "close");
        if (c.isEmpty()) {
            return;
        }
        List<Outbound.Button> outcomes = OUTCOMES.stream().map(o -> new Outbound.Button(
                turn.texts().get("consultants.outcome." + o, lang), END + id + ":" + o)).toList();
        turn.send(Outbound.text(group, turn.texts().get("consultants.group.close-how", lang, "tag", c.get().tag(),
                "name", Html.escape(groupName(in, turn.texts())))).withButtons(Turn.rows(2, outcomes)).inThread(c.get().tag()));
    }

    /**
     * Closes with an outcome. The person hears who closed it only if a consultant wrote to them, and is
     * asked for a short rating, with a way to reopen the case for a while.
     */
    void end(long id, String outcome, Inbound in, Turn turn) {
        Optional<Case> c = active(id, turn, "close");
        if (c.isEmpty() || !OUTCOMES.contains(outcome)) {
            return;
        }
        String name = groupName(in, turn.texts());
        boolean answered = cases.consultantWrote(id);
        cases.close(id, outcome, name, in.user());
        Texts texts = turn.texts();
        String personLang = c.get().lang();
        if (answered) {
            toUser(turn, c.get(), "consultants.user.closed", "who", who(in.user(), texts, personLang));
        } else {
            toUser(turn, c.get(), "consultants.user.closed-unanswered");
        }
        turn.send(Outbound.text(c.get().chat(), texts.get("consultants.user.rate", personLang)).withButtons(List.of(
                List.of(new Outbound.Button(texts.get("consultants.rate.3", personLang), CaseRating.RATE + id + ":3"),
                        new Outbound.Button(texts.get("consultants.rate.2", personLang), CaseRating.RATE + id + ":2"),
                        new Outbound.Button(texts.get("consultants.rate.1", personLang), CaseRating.RATE + id + ":1")),
                List.of(new Outbound.Button(texts.get("consultants.button.reopen", personLang),
                        co.aliada.conversation.CommandName.ADVISOR.slash(AdvisorCommand.REOPEN))))));
        toCase(turn, c.get(), "consultants.group.closed", "tag", c.get().tag(), "name", Html.escape(name),
                "outcome", texts.get("consultants.outcome." + outcome, lang));
        cases.find(id).ifPresent(closed -> card.sendEdited(turn, cases, closed, group, texts.get("escalation.card.closed", lang,
                "name", Html.escape(name), "when", card.when(closed.closedAt()),
                "outcome", texts.get("consultants.outcome." + outcome, lang))));
    }

    /**
     * {@code /casos}, or with an owner's id {@code /mis_casos}: the open cases (that consultant's own), each with
     * its company, who has it, and how long its person has waited since they last wrote.
     */
    void list(Turn turn, String owner) {
        List<CaseStore.Listed> open = cases.listed().stream()
                .filter(l -> owner == null || owner.equals(l.c().takenById())).toList();
        Texts texts = turn.texts();
        StringBuilder out = new StringBuilder(texts.get(open.isEmpty() ? "escalation.group.list-empty" : "escalation.group.list", lang,
                "count", open.size()));
        java.time.Instant now = cases.clock().instant();
        for (CaseStore.Listed l : open) {
            Case c = l.c();
            String who = c.takenByName() == null ? texts.get("escalation.group.nobody", lang) : Html.escape(c.takenByName());
            String company = l.company() == null ? texts.get("escalation.card.none", lang) : Html.escape(l.company());
            out.append('\n').append(texts.get("desk.group.list-line", lang, "tag", c.tag(), "company", company,
                    "status", texts.get("escalation.status." + c.status().name().toLowerCase(), lang),
                    "who", who, "wait", wait(java.time.Duration.between(l.lastFromUser(), now), texts)));
        }
        turn.send(Outbound.text(group, out.toString()));
    }

    private String wait(java.time.Duration waited, Texts texts) {
        long minutes = Math.max(0, waited.toMinutes());
        if (minutes < 60) {
            return texts.get("desk.wait.minutes", lang, "minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return texts.get("desk.wait.hours", lang, "hours", minutes / 60, "minutes", minutes % 60);
        }
        return texts.get("desk.wait.days", lang, "days", minutes / (24 * 60), "hours", minutes / 60 % 24);
    }

    /** {@code /soy María López, Cámara de Comercio, asesora}: how people will see this consultant. */
    void iAm(Inbound in, Turn turn) {
        Consultant said = Consultant.parse(in.user(), in.commandArgs());
        if (said == null || in.user() == null) {
            toGroup(turn, "consultants.group.i-am-usage");
            return;
        }
        consultants.save(said);
        toGroup(turn, "consultants.group.i-am", "who", who(said, turn.texts(), lang));
    }

    void help(Turn turn) {
        toGroup(turn, "consultants.help.group");
    }

    void onlyText(Turn turn) {
        toGroup(turn, "escalation.group.only-text");
    }

    private Optional<Case> active(long id, Turn turn, String action) {
        Optional<Case> c = cases.find(id).filter(Case::active);
        if (c.isEmpty()) {
            log.warn("{} of case {} refused: no such open case", action, id);
            toPresser(turn, "escalation.group.not-open", "tag", CaseTag.of(id));
        }
        return c;
    }

    /** How the person sees the consultant: their chosen name and role, or the team when they chose none. */
    private String who(String userId, Texts texts, String personLang) {
        return consultants.find(userId).map(c -> who(c, texts, personLang))
                .orElseGet(() -> texts.get("consultants.who-unnamed", personLang));
    }

    private static String who(Consultant c, Texts texts, String personLang) {
        return texts.get("consultants.who", personLang, "name", c.escapedName(), "role", c.role(texts, personLang));
    }

    /** How colleagues see the consultant: their chosen name, else the channel's first name. */
    private String groupName(Inbound in, Texts texts) {
        Optional<Consultant> chosen = consultants.find(in.user());
        if (chosen.isPresent()) {
            return chosen.get().name();
        }
        String first = in.userName() == null || in.userName().isBlank() ? null : in.userName().strip().split("\\s+")[0];
        return first == null ? texts.get("escalation.a-consultant", lang) : first;
    }

    /** Edits the case's card, as it now stands, to show who has it and since when. */
    private void editCard(Turn turn, long id) {
        cases.find(id).ifPresent(c -> card.sendEdited(turn, cases, c, group, null));
    }

    /** A held-back reply: its text (a caption for media), and the media it carried, if any. */
    private record Parked(String text, Media media) {
    }

    private static void park(Turn turn, Inbound in, String text, Media media) {
        turn.state().put(PARKED + in.user(), text);
        turn.state().put(PARKED_MEDIA + in.user(), media == null ? null : media.type().name() + "\n" + media.ref());
    }

    private static Parked unpark(Turn turn, Inbound in) {
        String text = turn.state().get(PARKED + in.user());
        String media = turn.state().get(PARKED_MEDIA + in.user());
        turn.state().put(PARKED + in.user(), null);
        turn.state().put(PARKED_MEDIA + in.user(), null);
        if (text == null) {
            return null;
        }
        Media passed = null;
        if (media != null) {
            String[] typeRef = media.split("\n", 2);
            passed = new Media(Media.Type.valueOf(typeRef[0]), typeRef[1], text);
        }
        return new Parked(text, passed);
    }

    /** Says who took the case, with the Close button: a channel may take the card's keyboard off once Take is pressed. */
    private void taken(Turn turn, Case c, String name, String userId) {
        String text = turn.texts().get("escalation.group.taken", lang, "tag", c.tag(), "name", Html.escape(name));
        if (consultants.find(userId).isEmpty()) {
            text += "\n" + turn.texts().get("consultants.group.introduce-yourself", lang);
        }
        turn.send(Outbound.text(group, text).withButtons(List.of(List.of(new Outbound.Button(
                turn.texts().get("escalation.button.close", lang), CaseCard.CLOSE + c.id())))).inThread(c.tag()));
    }

    private void toUser(Turn turn, Case c, String key, Object... values) {
        turn.send(Outbound.text(c.chat(), turn.texts().get(key, c.lang(), values)));
    }

    private void toGroup(Turn turn, String key, Object... values) {
        turn.send(Outbound.text(group, turn.texts().get(key, lang, values)));
    }

    /** A note about one case, kept in that case's thread (its forum topic, or a reply to its card). */
    private void toCase(Turn turn, Case c, String key, Object... values) {
        turn.send(Outbound.text(group, turn.texts().get(key, lang, values)).inThread(c.tag()));
    }

    /** Feedback for the consultant who pressed a button only; a channel may show it as the button's pop-up. */
    private void toPresser(Turn turn, String key, Object... values) {
        turn.send(Outbound.text(group, turn.texts().get(key, lang, values)).asNotice());
    }
}
