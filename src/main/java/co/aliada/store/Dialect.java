package co.aliada.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The two databases the app runs on, for the few statements they spell differently: inserting a row
 * unless its key is there already (PostgreSQL's {@code ON CONFLICT DO NOTHING}, H2's {@code MERGE … KEY}
 * would overwrite, so H2 uses standard {@code MERGE … WHEN NOT MATCHED}). Within a transaction, a failed
 * insert would abort the whole of it on PostgreSQL, hence no insert-and-catch.
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
     * An insert of {@code columns} (the first is the key) that does nothing when the key exists, or is
     * being inserted by a transaction not yet committed (it then waits for that one); updates 1 or 0 rows.
     */
    String insertIfAbsent(String table, String... columns) {
        String names = String.join(", ", columns);
        String marks = String.join(", ", java.util.Collections.nCopies(columns.length, "?"));
        if (this == POSTGRESQL) {
            return "insert into " + table + " (" + names + ") values (" + marks + ") on conflict (" + columns[0]
                    + ") do nothing";
        }
        StringBuilder sourced = new StringBuilder();
        for (String column : columns) {
            sourced.append(sourced.isEmpty() ? "" : ", ").append("s.").append(column);
        }
        return "merge into " + table + " t using (values (" + marks + ")) s (" + names + ") on t." + columns[0]
                + " = s." + columns[0] + " when not matched then insert (" + names + ") values (" + sourced + ")";
    }
}
