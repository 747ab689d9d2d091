package co.aliada.escalation;

import java.util.List;
import java.util.Map;

import co.aliada.privacy.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A chat's escalation cases. Erasing keeps an anonymous stub of each case (dates, status, reason) for
 * the programme's figures, and drops the chat, the messages and who handled it.
 */
@Component
class CaseData implements PersonalData {

    static final String ERASED = "erased";
    private static final String OF_CHAT = "(select id from escalation_case where chat = ?)";

    private final JdbcTemplate jdbc;

    CaseData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "cases";
    }

    @Override
    public Object export(String chat) {
        List<Map<String, Object>> cases = jdbc.queryForList("select id, status, reason, lang, company, opened_at, taken_by_name, "
                + "taken_at, closed_at from escalation_case where chat = ? order by id", chat);
        cases.forEach(c -> c.put("messages", jdbc.queryForList("select at, from_user, author, text "
                + "from escalation_case_message where case_id = ? order by id", c.get("id"))));
        return cases;
    }

    @Override
    public void erase(String chat) {
        jdbc.update("delete from escalation_case_message where case_id in " + OF_CHAT, chat);
        jdbc.update("update escalation_case_status set by_name = null, by_id = null where case_id in " + OF_CHAT, chat);
        jdbc.update("update escalation_case set chat = ?, status = case when status = 'CLOSED' then status else 'CLOSED' end, "
                + "taken_by_name = null, taken_by_id = null, company = null, card = null, closed_at = coalesce(closed_at, current_timestamp), "
                + "close_reason = coalesce(close_reason, 'erased') where chat = ?", ERASED, chat);
    }
}
