package co.aliada.selfcheck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Finished self-checks in the database: for peer comparison by sector and the program's figures. */
public final class SelfCheckHistory {

    private final JdbcTemplate jdbc;

    /** The company's latest rank, written or rewritten in one statement; the two databases spell it apart. */
    private final String keepPeer;

    SelfCheckHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        this.keepPeer = product != null && product.toLowerCase(Locale.ROOT).contains("postgres")
                ? "insert into selfcheck_peer (chat, sector, overall_rank) values (?, ?, ?)"
                        + " on conflict (chat) do update set sector = excluded.sector, overall_rank = excluded.overall_rank"
                : "merge into selfcheck_peer (chat, sector, overall_rank) key (chat) values (?, ?, ?)";
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
        jdbc.update(keepPeer, chat, sector, outcome.rank());
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
     * How many companies of a sector are at each overall rank (1 to 5), each counted once by its latest
     * self-check. Read from {@code selfcheck_peer}, one row per company kept at each finish: grouping every
     * result of the sector by chat instead cost each finish time in the size of the table.
     */
    Map<Integer, Integer> companiesByRank(String sector) {
        Map<Integer, Integer> companies = new TreeMap<>();
        jdbc.query(COMPANIES_BY_RANK, rs -> {
            companies.put(rs.getInt(1), rs.getInt(2));
        }, sector);
        return companies;
    }

    static final String COMPANIES_BY_RANK =
            "select overall_rank, count(*) from selfcheck_peer where sector = ? group by overall_rank";

    /** Forgets every self-check of a chat, for a request to delete one's data. */
    public int forget(String chat) {
        jdbc.update("delete from selfcheck_peer where chat = ?", chat);
        jdbc.update("delete from selfcheck_area where result_id in (select id from selfcheck_result where chat = ?)", chat);
        return jdbc.update("delete from selfcheck_result where chat = ?", chat);
    }

    private static BigDecimal twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
