package co.aliada.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.aliada.followup.FollowupFigures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The article's figures from live data, for the programme manager: companies by sector, self-check
 * levels, challenges by driver and by pillar, cases, whether recommendations helped, and what the
 * follow-ups learned (contact rate, usefulness, progress between self-checks).
 */
@Component
class ProgrammeFigures {

    private final JdbcTemplate jdbc;
    private final ObjectProvider<FollowupFigures> followup;

    ProgrammeFigures(JdbcTemplate jdbc, ObjectProvider<FollowupFigures> followup) {
        this.jdbc = jdbc;
        this.followup = followup;
    }

    /** Each figure as label → count, in a stable order. */
    Map<String, Map<String, Long>> all() {
        Map<String, Map<String, Long>> figures = new LinkedHashMap<>();
        figures.put("companies by sector", counts("select coalesce(sector, 'unknown'), count(distinct chat) "
                + "from selfcheck_result group by sector"));
        figures.put("latest self-check level", counts("select overall_level, count(*) from selfcheck_result "
                + "where id in (select max(id) from selfcheck_result group by chat) group by overall_level"));
        figures.put("challenges by driver", counts("select driver, count(*) from challenge group by driver"));
        figures.put("challenges by first recommended pillar", byPillar());
        figures.put("cases by status", counts("select status, count(*) from escalation_case group by status"));
        figures.put("did the recommendations help", counts("select case when useful then 'yes' else 'no' end, count(*) "
                + "from challenge_feedback group by useful"));
        followup.ifAvailable(f -> figures.putAll(f.all()));
        return figures;
    }

    private Map<String, Long> byPillar() {
        Map<String, Long> pillars = new LinkedHashMap<>();
        List<String> firsts = jdbc.queryForList("select services from challenge where services is not null "
                + "and services <> ''", String.class);
        for (String services : firsts) {
            String pillar = switch (services.split(",")[0].strip().split("-")[0]) {
                case "ci" -> "continuous-improvement";
                case "tm" -> "technology-management";
                case "pd" -> "product-development";
                case "mp" -> "market-positioning";
                default -> "other";
            };
            pillars.merge(pillar, 1L, Long::sum);
        }
        return pillars;
    }

    private Map<String, Long> counts(String sql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }
}
