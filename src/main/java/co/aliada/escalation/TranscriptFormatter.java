package co.aliada.escalation;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import org.springframework.jdbc.core.JdbcTemplate;

/** The chat's transcript as a plain-text file a consultant reads on a phone: both sides, local times. */
final class TranscriptFormatter {

    static final String CONTENT_TYPE = "text/plain; charset=utf-8";
    /** The transcript keeps its last part: enough for a consultant to read, small enough to send every time. */
    static final int MAX_CHARS = 60_000;
    static final int MAX_LINES = 1_000;
    private static final int MAX_OPENING = 4_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM HH:mm");

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
        String user = texts.get("escalation.transcript.user", lang);
        String bot = texts.get("escalation.transcript.bot", lang);
        // the newest lines first, until the cap: a long conversation sends its last part, and says so
        List<String> newestFirst = new ArrayList<>();
        int[] size = {0};
        boolean[] cut = {false};
        jdbc.query("select at, from_user, text from transcript_line where chat = ? order by id desc fetch first "
                + MAX_LINES + " rows only", rs -> {
            if (cut[0]) {
                return;
            }
            String when = WHEN.format(rs.getTimestamp("at").toInstant().atZone(zone));
            String who = rs.getBoolean("from_user") ? user : bot;
            String line = when + ' ' + who + ": " + rs.getString("text").strip().replace("\n", "\n    ") + '\n';
            if (size[0] + line.length() > MAX_CHARS) {
                cut[0] = true;
                return;
            }
            size[0] += line.length();
            newestFirst.add(line);
        }, c.chat());
        int[] lines = {newestFirst.size()};
        cut[0] |= lines[0] == MAX_LINES;
        if (cut[0]) {
            out.append(texts.get("escalation.transcript.cut", lang, "lines", lines[0])).append("\n\n");
        }
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            out.append(newestFirst.get(i));
        }
        if (opening != null && !opening.isBlank()) {
            String said = opening.strip();
            out.append(WHEN.format(c.openedAt().atZone(zone))).append(' ').append(user).append(": ")
                    .append(said.length() > MAX_OPENING ? said.substring(0, MAX_OPENING) + "…" : said)
                    .append('\n');
        } else if (lines[0] == 0) {
            out.append(texts.get("escalation.transcript.empty", lang)).append('\n');
        }
        return new Outbound.Attachment(fileName(c.id()), CONTENT_TYPE, out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
