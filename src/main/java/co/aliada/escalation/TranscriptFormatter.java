package co.aliada.escalation;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chat's transcript as a plain-text file a consultant reads on a phone: everything said, by whom, in
 * order (the person, the bot, the consultants by name) with the cases' events, local times, compact
 * (see {@link TranscriptEntries}), and capped: a long one keeps its last part and says so.
 */
final class TranscriptFormatter {

    static final String CONTENT_TYPE = "text/plain; charset=utf-8";
    /** The transcript keeps its last part: enough for a consultant to read, small enough to send every time. */
    static final int MAX_CHARS = 60_000;
    static final int MAX_LINES = 1_000;
    private static final int MAX_OPENING = 4_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM HH:mm");
    private static final String OF_CHAT = " from escalation_case c join %s on x.case_id = c.id where c.chat = ? ";

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    TranscriptFormatter(JdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    static String fileName(long caseId) {
        return "caso-" + caseId + ".txt";
    }

    /** @param opening what the user sent that opened the case, whose own turn is stored only after the card goes */
    Outbound.Attachment document(Case c, String company, Texts texts, String lang, String opening) {
        StringBuilder out = new StringBuilder();
        out.append(texts.get("escalation.transcript.header", lang, "tag", c.tag(), "company", company,
                "opened", WHEN.format(c.openedAt().atZone(zone)))).append("\n\n");
        List<String> lines = lines(c, texts, lang, opening);
        // the newest lines first, until the cap: a long conversation sends its last part, and says so
        int size = 0;
        int kept = 0;
        for (int i = lines.size() - 1; i >= 0 && kept < MAX_LINES && size + lines.get(i).length() <= MAX_CHARS; i--) {
            size += lines.get(i).length();
            kept++;
        }
        if (kept < lines.size() || saidAtLeast(c.chat(), MAX_LINES)) {
            out.append(texts.get("escalation.transcript.cut", lang, "lines", kept)).append("\n\n");
        }
        lines.subList(lines.size() - kept, lines.size()).forEach(out::append);
        if (lines.isEmpty()) {
            out.append(texts.get("escalation.transcript.empty", lang)).append('\n');
        }
        return new Outbound.Attachment(fileName(c.id()), CONTENT_TYPE, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every line, oldest first, the opening message last; lines of one moment keep their sources' order. */
    private List<String> lines(Case c, Texts texts, String lang, String opening) {
        TranscriptEntries entries = new TranscriptEntries(texts, lang);
        List<TranscriptEntries.Said> said = jdbc.query("select at, from_user, text from transcript_line where chat = ? "
                + "order by id desc fetch first " + MAX_LINES + " rows only",
                (rs, i) -> new TranscriptEntries.Said(at(rs), rs.getBoolean("from_user"), rs.getString("text")), c.chat());
        Collections.reverse(said);
        List<TranscriptEntries.Entry> all = new ArrayList<>(entries.said(said));
        all.addAll(entries.replies(jdbc.query("select x.at, x.author, x.text" + OF_CHAT.formatted("escalation_case_message x")
                + "and x.from_user = false order by x.id", (rs, i) -> new TranscriptEntries.Reply(at(rs),
                rs.getString("author"), rs.getString("text")), c.chat())));
        all.addAll(entries.events(jdbc.query("select x.at, x.case_id, x.status, x.by_name, x.note"
                + OF_CHAT.formatted("escalation_case_status x") + "order by x.id", (rs, i) -> new TranscriptEntries.Event(at(rs),
                rs.getLong("case_id"), rs.getString("status"), rs.getString("by_name"), rs.getString("note")), c.chat())));
        all.sort(Comparator.comparing(TranscriptEntries.Entry::at)); // stable: a turn's lines stay in order
        if (opening != null && !opening.isBlank()) {
            String text = opening.strip();
            all.add(new TranscriptEntries.Entry(c.openedAt(), texts.get("escalation.transcript.user", lang),
                    text.length() > MAX_OPENING ? text.substring(0, MAX_OPENING) + "…" : text));
        }
        return all.stream().map(this::line).toList();
    }

    private String line(TranscriptEntries.Entry e) {
        String when = WHEN.format(e.at().atZone(zone));
        String text = e.text().replace("\n", "\n    ");
        return when + ' ' + (e.who().isEmpty() ? text : e.who() + ": " + text) + '\n';
    }

    /** Whether the conversation store holds more lines than one transcript reads. */
    private boolean saidAtLeast(String chat, int lines) {
        Integer n = jdbc.queryForObject("select count(*) from transcript_line where chat = ?", Integer.class, chat);
        return n != null && n > lines;
    }

    private static Instant at(ResultSet rs) throws SQLException {
        return rs.getTimestamp("at").toInstant();
    }
}
