package co.aliada.escalation;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import org.springframework.jdbc.core.JdbcTemplate;

/** The chat's transcript as a plain-text file a consultant reads on a phone: both sides, local times. */
final class TranscriptFormatter {

    static final String CONTENT_TYPE = "text/plain; charset=utf-8";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM HH:mm");

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    TranscriptFormatter(JdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** @param opening what the user sent that opened the case, whose own turn is stored only after the card goes */
    Outbound.Attachment document(Case c, String company, Texts texts, String lang, String opening) {
        StringBuilder out = new StringBuilder();
        out.append(texts.get("escalation.transcript.header", lang, "tag", c.tag(), "company", company,
                "opened", WHEN.format(c.openedAt().atZone(zone)))).append("\n\n");
        String user = texts.get("escalation.transcript.user", lang);
        String bot = texts.get("escalation.transcript.bot", lang);
        int[] lines = {0};
        jdbc.query("select at, from_user, text from transcript_line where chat = ? order by id", rs -> {
            String when = WHEN.format(rs.getTimestamp("at").toInstant().atZone(zone));
            String who = rs.getBoolean("from_user") ? user : bot;
            out.append(when).append(' ').append(who).append(": ")
                    .append(rs.getString("text").strip().replace("\n", "\n    ")).append('\n');
            lines[0]++;
        }, c.chat());
        if (opening != null && !opening.isBlank()) {
            out.append(WHEN.format(c.openedAt().atZone(zone))).append(' ').append(user).append(": ")
                    .append(opening.strip().replace("\n", "\n    ")).append('\n');
        } else if (lines[0] == 0) {
            out.append(texts.get("escalation.transcript.empty", lang)).append('\n');
        }
        return new Outbound.Attachment("caso-" + c.id() + ".txt", CONTENT_TYPE, out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
