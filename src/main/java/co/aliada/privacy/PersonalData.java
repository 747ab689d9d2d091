package co.aliada.privacy;

/**
 * One place where a feature keeps data about a chat, so that the person can see it and erase it.
 * Every Spring bean implementing it is used by {@code /mis_datos}, {@code /borrar_datos} and the
 * retention sweep; a feature that stores anything keyed by a chat adds one small class:
 *
 * <pre>{@code
 * @Component
 * class ChallengeData implements PersonalData {
 *     private final JdbcTemplate jdbc;
 *     ChallengeData(JdbcTemplate jdbc) { this.jdbc = jdbc; }
 *
 *     public String section() { return "challenges"; }
 *
 *     public Object export(String chat) {
 *         return jdbc.queryForList("select driver, statement, created_at from challenge where chat = ?", chat);
 *     }
 *
 *     public void erase(String chat) {
 *         jdbc.update("delete from challenge where chat = ?", chat);
 *     }
 * }
 * }</pre>
 *
 * Calls run inside the turn's transaction when made from a command ({@code JdbcTemplate} joins it), so
 * an erasure is all or nothing. Export values must be JSON-friendly (maps, lists, strings, numbers,
 * booleans, timestamps); return an empty map or list when nothing is stored. Escalation cases are the
 * one exception to deleting everything: their {@code erase} keeps an anonymous stub (dates, pillar,
 * outcome) and drops the profile, the transcript and anything that identifies the person. The section's
 * name as the person reads it goes in {@code intents/texts} as {@code privacy.section.<section>} (es and en);
 * without one the person reads "other data", never the section's own name.
 */
public interface PersonalData {

    /** The argument that confirms {@code /borrar_datos}, so features can tell an erasure is under way. */
    String CONFIRM_ERASE = "si";

    /** A stable name for this data in the export, such as {@code profile} or {@code challenges}. */
    String section();

    /** Everything stored about this chat, as maps and lists ready for JSON; empty when nothing is. */
    Object export(String chat);

    /** Deletes everything stored about this chat (cases keep an anonymous stub). */
    void erase(String chat);
}
