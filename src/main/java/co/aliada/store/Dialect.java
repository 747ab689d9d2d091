package co.aliada.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two databases the app runs on, for the few statements they spell differently: inserting a row
 * unless its key is there already. Within a transaction, a failed insert would abort the whole of it on
 * PostgreSQL, hence no insert-and-catch there.
 */
enum Dialect {
    H2, POSTGRESQL;

    static Dialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product != null && product.toLowerCase().contains("postgres") ? POSTGRESQL : H2;
        } catch (SQLException e) {
            throw new IllegalStateException("the database did not say what it is", e);
        }
    }

    /**
     * Inserts the row ({@code columns[0]} is its key) unless the key is there already, or is being inserted
     * by a transaction not yet committed (PostgreSQL then waits for that one); returns 1 or 0 rows.
     * PostgreSQL: {@code ON CONFLICT DO NOTHING}. H2 (one instance): an insert guarded by {@code NOT EXISTS},
     * which looks the key up in its index (rather than H2's {@code MERGE … USING}, planned as a join). A
     * failed statement does not abort an H2 transaction, so a lost race reads as 0.
     */
    int insertIfAbsent(JdbcTemplate jdbc, String table, String[] columns, Object... values) {
        String names = String.join(", ", columns);
        String marks = String.join(", ", java.util.Collections.nCopies(columns.length, "?"));
        if (this == POSTGRESQL) {
            return jdbc.update("insert into " + table + " (" + names + ") values (" + marks + ") on conflict ("
                    + columns[0] + ") do nothing", values);
        }
        Object[] withKey = java.util.Arrays.copyOf(values, values.length + 1);
        withKey[values.length] = values[0];
        try {
            return jdbc.update("insert into " + table + " (" + names + ") select " + marks + " where not exists"
                    + " (select 1 from " + table + " where " + columns[0] + " = ?)", withKey);
        } catch (DuplicateKeyException raced) {
            return 0;
        }
    }
}
