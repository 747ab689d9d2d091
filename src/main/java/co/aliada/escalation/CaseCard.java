package co.aliada.escalation;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Html;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import co.aliada.onboarding.Profile;
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

    CaseCard(Challenges challenges, TranscriptFormatter transcript, OfficeHours hours, String lang) {
        this.challenges = challenges;
        this.transcript = transcript;
        this.hours = hours;
        this.lang = lang;
    }

    /** The card with Take / Close buttons, then the transcript (ending with the opening message) as a document. */
    List<Outbound> messages(Case c, ChatState user, Texts texts, String group, String opening) {
        String none = texts.get("escalation.card.none", lang);
        Profile profile = Profile.of(user);
        String company = profile.company() == null ? none : profile.company();
        String text = texts.get("escalation.card", lang,
                "tag", c.tag(), "reason", texts.get("escalation.reason." + c.reason(), lang),
                "lang", texts.get("escalation.lang." + c.lang(), lang),
                "opened", WHEN.format(c.openedAt().atZone(hours.now().getZone())),
                "waiting", minutes(c), "company", Html.escape(company),
                "sector", label(texts, "sector." + profile.sector(), profile.sector(), none),
                "size", label(texts, "size." + profile.size(), profile.size(), none),
                "municipality", Html.escape(profile.municipality() == null ? none : profile.municipality()),
                "levels", levels(user, texts, none), "challenges", challenges(c.chat(), texts, none));
        Outbound card = Outbound.text(group, text).withButtons(List.of(List.of(
                new Outbound.Button(texts.get("escalation.button.take", lang), TAKE + c.id()),
                new Outbound.Button(texts.get("escalation.button.close", lang), CLOSE + c.id()))));
        Outbound file = Outbound.text(group, texts.get("escalation.transcript.caption", lang, "tag", c.tag()))
                .withDocument(transcript.document(c, company, texts, lang, opening));
        return List.of(card, file);
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
                "level", Html.escape(overall == null ? none : overall)));
        areas.forEach((area, level) -> out.append("\n• ").append(Html.escape(area)).append(": ").append(Html.escape(level)));
        return out.toString();
    }

    private String challenges(String chat, Texts texts, String none) {
        List<Challenges.Line> lines = challenges.of(chat);
        if (lines.isEmpty()) {
            return none;
        }
        StringBuilder out = new StringBuilder();
        for (Challenges.Line line : lines.subList(0, Math.min(5, lines.size()))) {
            String statement = line.statement();
            out.append("\n• ").append(Html.escape(statement.length() > MAX_STATEMENT
                    ? statement.substring(0, MAX_STATEMENT) + "…" : statement));
            if (line.priority() != null) {
                out.append(' ').append(texts.get("escalation.card.priority", lang, "priority", Html.escape(line.priority())));
            }
            if (line.services() != null) {
                out.append(' ').append(texts.get("escalation.card.services", lang, "services", Html.escape(line.services())));
            }
        }
        return out.toString();
    }

    private String label(Texts texts, String key, String raw, String none) {
        return raw == null ? none : texts.has(key) ? texts.get(key, lang) : Html.escape(raw);
    }
}
