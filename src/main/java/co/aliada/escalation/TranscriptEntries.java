package co.aliada.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.aliada.conversation.Html;
import co.aliada.conversation.Texts;

/**
 * What a chat's transcript says, line by line, before times and caps: the person's and the bot's lines
 * made compact (a self-check question and the answer tapped on one line, without its five options;
 * raw button data shown as its label, or not at all), the consultants' replies by name, and the cases'
 * events (opened, taken, handed over, closed with how, reopened).
 */
final class TranscriptEntries {

    /** One line of the transcript, at its time; {@code who} is empty for an event. */
    record Entry(Instant at, String who, String text) {
    }

    /** A line of what the person or the bot said, as the conversation store keeps it. */
    record Said(Instant at, boolean fromUser, String text) {
    }

    /** A consultant's reply, by the name colleagues knew them by. */
    record Reply(Instant at, String author, String text) {
    }

    /** A change of a case's status, as its history keeps it. */
    record Event(Instant at, long caseId, String status, String byName, String note) {
    }

    /** Self-check options start with these marks (one per line), which is how a question is told apart. */
    private static final Pattern OPTION = Pattern.compile("(?m)^[1-5]\uFE0F?\u20E3");
    /** A press whose label was not known: its raw data ("[case:close:1]"), never meant for people. */
    private static final Pattern RAW_PRESS = Pattern.compile("^\\[([a-z_-]+:[^\\s\\]]*)]$");

    private final Texts texts;
    private final String lang;

    TranscriptEntries(Texts texts, String lang) {
        this.texts = texts;
        this.lang = lang;
    }

    /** The conversation's lines, oldest first, compact. */
    List<Entry> said(List<Said> lines) {
        String user = texts.get("escalation.transcript.user", lang);
        String bot = texts.get("escalation.transcript.bot", lang);
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Said line = lines.get(i);
            String text = line.text().strip();
            if (line.fromUser()) {
                String shown = press(text);
                if (shown != null) {
                    out.add(new Entry(line.at(), user, shown));
                }
                continue;
            }
            String question = question(text);
            if (question == null) {
                out.add(new Entry(line.at(), bot, text));
                continue;
            }
            Said next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            String answer = next != null && next.fromUser() ? press(next.text().strip()) : null;
            if (answer != null && answer.startsWith("[")) {
                out.add(new Entry(line.at(), bot, texts.get("escalation.transcript.answered", lang, "question", question,
                        "answer", answer.substring(1, answer.length() - 1))));
                i++;
            } else {
                out.add(new Entry(line.at(), bot, question));
            }
        }
        return out;
    }

    List<Entry> replies(List<Reply> replies) {
        return replies.stream().map(r -> new Entry(r.at(), texts.get("escalation.transcript.consultant", lang,
                "name", r.author() == null ? texts.get("escalation.a-consultant", lang) : r.author()), r.text())).toList();
    }

    List<Entry> events(List<Event> events) {
        return events.stream().map(e -> new Entry(e.at(), "", event(e))).toList();
    }

    private String event(Event e) {
        String tag = CaseTag.of(e.caseId());
        String name = e.byName() == null ? "" : e.byName();
        String note = e.note() == null ? "" : e.note();
        if (note.equals("reopened")) {
            return plain("escalation.transcript.event.reopened", "tag", tag);
        }
        return switch (e.status()) {
            case "OPEN" -> plain("escalation.transcript.event.opened", "tag", tag,
                    "reason", texts.has("escalation.reason." + note) ? plain("escalation.reason." + note) : note);
            case "TAKEN" -> plain(note.equals("reassigned") ? "escalation.transcript.event.reassigned"
                    : "escalation.transcript.event.taken", "tag", tag, "name", name);
            default -> plain("escalation.transcript.event.closed", "tag", tag, "outcome", outcome(note),
                    "name", name.isEmpty() ? "" : " (" + name + ")");
        };
    }

    private String outcome(String note) {
        for (String key : List.of("consultants.outcome." + note, "escalation.transcript.outcome." + note)) {
            if (texts.has(key)) {
                return plain(key);
            }
        }
        return note;
    }

    /** The person's line as shown: a press with raw data becomes its label, when known, or nothing. */
    private String press(String text) {
        Matcher raw = RAW_PRESS.matcher(text);
        if (!raw.matches()) {
            return text;
        }
        String[] parts = raw.group(1).split(":");
        if (raw.group(1).startsWith(CaseRating.RATE) && parts.length == 3 && texts.has("consultants.rate." + parts[2])) {
            return "[" + plain("consultants.rate." + parts[2]) + "]";
        }
        return null;
    }

    /** A self-check question's heading and wording, without its options and hint; null when the line is no question. */
    private static String question(String text) {
        Matcher option = OPTION.matcher(text);
        if (!option.find()) {
            return null;
        }
        List<String> head = text.substring(0, option.start()).lines().map(String::strip).filter(l -> !l.isEmpty())
                .limit(2).toList();
        return head.isEmpty() ? null : String.join(" · ", head);
    }

    private String plain(String key, Object... values) {
        return Html.toPlain(texts.get(key, lang, values));
    }
}
