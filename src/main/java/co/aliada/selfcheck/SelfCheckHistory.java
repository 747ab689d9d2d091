package co.aliada.selfcheck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Finished self-checks in the database: for peer comparison by sector and the program's figures. */
public final class SelfCheckHistory {

    private final JdbcTemplate jdbc;

    SelfCheckHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps one finished self-check with its overall and area levels. */
    void save(String chat, String sector, String size, Outcome outcome, SelfCheck content, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into selfcheck_result (chat, sector, "
                    + "company_size, overall_level, overall_rank, overall_average, below_commitment, finished_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setString(1, chat);
            insert.setString(2, sector);
            insert.setString(3, size);
            insert.setString(4, content.level(outcome.rank()).id());
            insert.setInt(5, outcome.rank());
            insert.setBigDecimal(6, twoDecimals(outcome.overall()));
            insert.setBoolean(7, outcome.belowCommitment());
            insert.setTimestamp(8, Timestamp.from(at));
            return insert;
        }, key);
        long id = Objects.requireNonNull(key.getKey()).longValue();
        List<Object[]> areas = outcome.averages().entrySet().stream().map(area -> new Object[] {id, area.getKey(),
                content.level(outcome.areaRanks().get(area.getKey())).id(), twoDecimals(area.getValue())}).toList();
        jdbc.batchUpdate("insert into selfcheck_area (result_id, area, area_level, average) values (?, ?, ?, ?)", areas);
    }

    /** Each area's average in the chat's latest finished self-check; empty when there is none. */
    Map<String, Double> latestAverages(String chat) {
        Map<String, Double> averages = new LinkedHashMap<>();
        jdbc.query("select area, average from selfcheck_area where result_id ="
                + " (select max(id) from selfcheck_result where chat = ?)", rs -> {
            averages.put(rs.getString(1), rs.getDouble(2));
        }, chat);
        return averages;
    }

    /**
     * The overall level rank of each company of a sector, from its latest self-check. A join on the latest
     * ids, not {@code id in (…)}: H2 evaluates that subquery again for every row, so each finished self-check
     * cost time in the square of the sector's results and turns slowed down as the table grew.
     */
    List<Integer> latestRanks(String sector) {
        return jdbc.queryForList(LATEST_RANKS, Integer.class, sector);
    }

    static final String LATEST_RANKS = "select r.overall_rank from selfcheck_result r join "
            + "(select max(id) as id from selfcheck_result where sector = ? group by chat) latest on r.id = latest.id";

    /** Forgets every self-check of a chat, for a request to delete one's data. */
    public int forget(String chat) {
        jdbc.update("delete from selfcheck_area where result_id in (select id from selfcheck_result where chat = ?)", chat);
        return jdbc.update("delete from selfcheck_result where chat = ?", chat);
    }

    private static BigDecimal twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
