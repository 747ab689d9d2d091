package co.aliada.escalation;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.aliada.challenge.ChallengeDraft;
import co.aliada.conversation.ChatState;
import co.aliada.conversation.Html;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import co.aliada.conversation.Turn;
import co.aliada.onboarding.Profile;
import co.aliada.onboarding.SectorLabel;
import co.aliada.selfcheck.SelfCheckSummary;

/** The card that tells consultants everything about a case, with its transcript attached. */
final class CaseCard {

    static final String TAKE = "case:take:";
    static final String CLOSE = "case:close:";
    // the card must stay within Telegram's 4,096 characters
    private static final int MAX_STATEMENT = 300;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Challenges challenges;
    private final TranscriptFormatter transcript;
    private final OfficeHours hours;
    private final String lang;
    private final CardLabels labels;
    private ConsultantStore consultants;

    CaseCard(Challenges challenges, TranscriptFormatter transcript, OfficeHours hours, String lang, CardLabels labels) {
        this.challenges = challenges;
        this.transcript = transcript;
        this.hours = hours;
        this.lang = lang;
        this.labels = labels;
    }

    /** The name the card is sent under in the group, so that taking and closing the case can edit it. */
    static String ref(long caseId) {
        return "case-card:" + caseId;
    }

    /** Says how colleagues see consultants on the card: their {@code /soy} presentation when they gave one. */
    CaseCard presenting(ConsultantStore store) {
        this.consultants = store;
        return this;
    }

    /**
     * The card as sent ({@code card}), with where the case stands now in place of its buttons: who has it and
     * since when, and {@code closed} (how it ended) when it has. The group sees each case's state on its card.
     */
    /**
     * Edits the card the group got for this case (kept with it) to show who has it and since when, and how it
     * ended ({@code closed}) once it has; nothing when no card was kept (erased, or opened before cards were).
     */
    void sendEdited(Turn turn, CaseStore cases, Case c, String group, String closed) {
        cases.cardOf(c.id()).ifPresent(text -> turn.send(edited(c, text, group, turn.texts(), closed)));
    }

    private Outbound edited(Case c, String card, String group, Texts texts, String closed) {
        StringBuilder text = new StringBuilder(card).append('\n');
        if (c.takenByName() != null && c.takenAt() != null) {
            String who = consultants == null ? null : consultants.find(c.takenById())
                    .map(k -> texts.get("consultants.who", lang, "name", k.escapedName(), "role", k.role(texts, lang)))
                    .orElse(null);
            text.append('\n').append(texts.get("escalation.card.taken", lang,
                    "who", who != null ? who : "<b>" + Html.escape(c.takenByName()) + "</b>", "when", when(c.takenAt())));
        }
        if (closed != null) {
            text.append('\n').append(closed);
        }
        return Outbound.replacing(group, ref(c.id()), text.toString());
    }

    /** A time of the case as the card shows it, in the office's zone. */
    String when(java.time.Instant at) {
        return WHEN.format(at.atZone(hours.now().getZone()));
    }

    /** The card with Take / Close buttons, then the transcript (ending with the opening message) as a document. */
    List<Outbound> messages(Case c, ChatState user, Texts texts, String group, String opening) {
        String none = texts.get("escalation.card.none", lang);
        List<Object> values = new java.util.ArrayList<>(List.of(
                "tag", c.tag(), "reason", texts.get("escalation.reason." + c.reason(), lang),
                "lang", texts.get("escalation.lang." + c.lang(), lang),
                "opened", when(c.openedAt()),
                "waiting", minutes(c),
                "levels", levels(user, texts, none), "challenges", challenges(c.chat(), user, texts, none)));
        values.addAll(List.of(profile(user, texts)));
        String text = texts.get("escalation.card", lang, values.toArray());
        Outbound card = Outbound.text(group, text).withButtons(buttons(c, texts)).named(ref(c.id()));
        return List.of(card, transcript(c, user, texts, group, opening));
    }

    /**
     * The profile's placeholders as the card shows them ({@code company}, {@code sector}, {@code size}, {@code
     * municipality}); also for the line that tells the consultants of a change while the case is open.
     */
    Object[] profile(ChatState user, Texts texts) {
        String none = texts.get("escalation.card.none", lang);
        String unknown = texts.get("escalation.card.unknown", lang);
        Profile profile = Profile.of(user);
        return new Object[] {"company", Html.escape(profile.company() == null ? none : profile.company()),
                "sector", java.util.Objects.requireNonNullElse(SectorLabel.of(user, texts, lang), unknown), // "Otro: …"
                "size", profile.size() == null ? unknown : texts.get("escalation.card.size", lang,
                        "size", label(texts, "size." + profile.size(), profile.size(), unknown)),
                "municipality", Html.escape(profile.municipality() == null ? none : profile.municipality())};
    }

    /** Take and Close, for a case nobody holds yet (a new one, or one reopened). */
    List<List<Outbound.Button>> buttons(Case c, Texts texts) {
        return List.of(List.of(new Outbound.Button(texts.get("escalation.button.take", lang), TAKE + c.id()),
                new Outbound.Button(texts.get("escalation.button.close", lang), CLOSE + c.id())));
    }

    /** The transcript as a document for the group: at opening, and again when the person reopens the case. */
    Outbound transcript(Case c, ChatState user, Texts texts, String group, String opening) {
        String company = Profile.of(user).company();
        return Outbound.text(group, texts.get("escalation.transcript.caption", lang, "tag", c.tag()))
                .withDocument(transcript.document(c, company == null ? texts.get("escalation.card.none", lang) : company,
                        texts, lang, opening));
    }

    long minutes(Case c) {
        return Math.max(0, Duration.between(c.openedAt(), hours.now().toInstant()).toMinutes());
    }

    private String levels(ChatState user, Texts texts, String none) {
        SelfCheckSummary selfCheck = SelfCheckSummary.of(user);
        Map<String, String> areas = selfCheck.areaLevels();
        String overall = selfCheck.level();
        if (overall == null && areas.isEmpty()) {
            return none;
        }
        StringBuilder out = new StringBuilder(texts.get("escalation.card.overall", lang,
                "level", Html.escape(overall == null ? none : labels.level(overall, lang))));
        areas.forEach((area, level) -> out.append("\n• ").append(Html.escape(labels.area(area, lang))).append(": ")
                .append(Html.escape(labels.level(level, lang))));
        return out.toString();
    }

    private String challenges(String chat, ChatState user, Texts texts, String none) {
        List<Challenges.Line> lines = challenges.of(chat);
        Optional<ChallengeDraft> draft = ChallengeDraft.of(user);
        if (lines.isEmpty() && draft.isEmpty()) {
            return none;
        }
        StringBuilder out = new StringBuilder();
        draft.ifPresent(d -> out.append("\n• ").append(texts.get("escalation.card.draft", lang,
                "text", Html.escape(cut(d.text())))));
        for (Challenges.Line line : lines.subList(0, Math.min(5, lines.size()))) {
            out.append("\n• ").append(Html.escape(cut(line.statement())));
            if (line.priority() != null) {
                out.append(' ').append(texts.get("escalation.card.priority", lang, "priority", Html.escape(line.priority())));
            }
            if (line.services() != null) {
                out.append(' ').append(texts.get("escalation.card.services", lang, "services", Html.escape(line.services())));
            }
        }
        return out.toString();
    }

    private static String cut(String statement) {
        return statement.length() > MAX_STATEMENT ? statement.substring(0, MAX_STATEMENT) + "…" : statement;
    }

    private String label(Texts texts, String key, String raw, String none) {
        return raw == null ? none : texts.has(key) ? texts.get(key, lang) : Html.escape(raw);
    }
}
