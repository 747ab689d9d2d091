package co.aliada.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the follow-ups tell the programme: whether companies reached the institutions (contact rate), whether
 * it helped (usefulness), which recommended services went unanswered, and progress between self-checks.
 */
public final class FollowupFigures {

    private final JdbcTemplate jdbc;

    FollowupFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Figure ids; the dashboard names them from the texts {@code admin.figure.<id>}. */
    public static final String CONTACT = "followup-contact";
    public static final String USEFUL = "followup-useful";
    public static final String UNANSWERED = "followup-unanswered";
    public static final String PROGRESS = "selfcheck-progress";
    public static final String RATES = "followup-rates";

    /**
     * Each figure as id → (row id → count), in a stable order, like the dashboard's other figures. Row ids are the
     * answers as stored ({@code yes}, {@code no-answer}, {@code no-reply}…) or a service id; the dashboard names them.
     */
    public Map<String, Map<String, Long>> all() {
        Map<String, Map<String, Long>> figures = new LinkedHashMap<>();
        figures.put(CONTACT, contact());
        figures.put(USEFUL, counts("select useful, count(*) from followup_message"
                + " where kind = 'contact' and useful is not null group by useful"));
        figures.put(UNANSWERED, unanswered());
        figures.put(PROGRESS, progress());
        Map<String, Long> rates = new LinkedHashMap<>();
        rates.put("contact-rate", Math.round(contactRate() * 100));
        rates.put("usefulness", Math.round(usefulness() * 100));
        figures.put(RATES, rates);
        return figures;
    }

    /** Share of asked challenges whose company reached an institution, 0–1; 0 when nobody was asked yet. */
    public double contactRate() {
        Map<String, Long> contact = contact();
        long asked = contact.values().stream().mapToLong(Long::longValue).sum();
        return asked == 0 ? 0 : (double) contact.getOrDefault("yes", 0L) / asked;
    }

    /** Share of answered "did it help?" that said yes, 0–1; 0 when nobody answered yet. */
    public double usefulness() {
        Map<String, Long> useful = counts("select useful, count(*) from followup_message where kind = 'contact'"
                + " and useful in ('yes', 'no') group by useful");
        long answered = useful.values().stream().mapToLong(Long::longValue).sum();
        return answered == 0 ? 0 : (double) useful.getOrDefault("yes", 0L) / answered;
    }

    /** The last answer per challenge asked (a second ask replaces the first); "no-reply" when none came. */
    private Map<String, Long> contact() {
        return counts("select coalesce(m.contacted, 'no-reply'), count(*) from followup_message m"
                + " where m.kind = 'contact' and m.status in ('sent', 'answered') and m.round_no ="
                + " (select max(x.round_no) from followup_message x where x.kind = 'contact' and x.ref_id = m.ref_id"
                + " and x.status in ('sent', 'answered')) group by coalesce(m.contacted, 'no-reply')");
    }

    private Map<String, Long> unanswered() {
        Map<String, Long> services = new LinkedHashMap<>();
        List<String> rows = jdbc.queryForList("select c.services from followup_message m join challenge c on c.id = m.ref_id"
                + " where m.kind = 'contact' and m.contacted = 'no-answer'", String.class);
        rows.forEach(list -> services.merge(list.split(",")[0].strip(), 1L, Long::sum));
        return services;
    }

    /** Companies with two self-checks or more, by how the latest overall average compares with the one before. */
    private Map<String, Long> progress() {
        // Rows come by chat, oldest first: each chat keeps its last two averages.
        Map<String, double[]> lastTwo = new LinkedHashMap<>();
        jdbc.query("select chat, overall_average from selfcheck_result where chat in"
                + " (select chat from selfcheck_result group by chat having count(*) > 1) order by chat, id", rs -> {
            double[] pair = lastTwo.computeIfAbsent(rs.getString(1), c -> new double[2]);
            pair[0] = pair[1];
            pair[1] = rs.getDouble(2);
        });
        Map<String, Long> progress = new LinkedHashMap<>();
        progress.put("improved", 0L);
        progress.put("same", 0L);
        progress.put("lower", 0L);
        lastTwo.values().forEach(pair -> progress.merge(
                pair[1] > pair[0] ? "improved" : pair[1] < pair[0] ? "lower" : "same", 1L, Long::sum));
        return progress;
    }

    private Map<String, Long> counts(String sql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }
}
