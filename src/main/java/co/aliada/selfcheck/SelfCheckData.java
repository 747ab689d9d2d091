package co.aliada.selfcheck;

import co.aliada.privacy.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The finished self-checks of a chat, for {@code /mis_datos} and {@code /borrar_datos}. */
@Component
class SelfCheckData implements PersonalData {

    private final JdbcTemplate jdbc;
    private final SelfCheckHistory history;

    SelfCheckData(JdbcTemplate jdbc, SelfCheckHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public String section() {
        return "selfcheck";
    }

    @Override
    public Object export(String chat) {
        return jdbc.queryForList("select r.finished_at, r.sector, r.company_size, r.overall_level, a.area, a.area_level, "
                + "a.average from selfcheck_result r left join selfcheck_area a on a.result_id = r.id "
                + "where r.chat = ? order by r.id, a.area", chat);
    }

    @Override
    public void erase(String chat) {
        history.forget(chat);
    }
}
