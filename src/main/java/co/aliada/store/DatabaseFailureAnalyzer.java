package co.aliada.store;

import java.net.ConnectException;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * A start stopped by the database ends with what happened and what to do: the H2 file already held by another
 * running instance (the usual stumble when a second copy is started beside the first), or a database that does not
 * answer. Any other failure is left to Spring's own analyzers.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

    /** H2's "database may be already in use": another process holds the file's lock. */
    static final int H2_FILE_IN_USE = 90020;

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLException sql && sql.getErrorCode() == H2_FILE_IN_USE) {
                return new FailureAnalysis("The embedded database file is in use by another running instance: "
                        + sql.getMessage(), "Only one instance can use an H2 file. Stop the other one, or start this one "
                        + "in a folder of its own (the file lives under ./data). For several instances on one database, "
                        + "use PostgreSQL (docs/DEPLOY.md).", sql);
            }
            if (e instanceof ConnectException || e instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return new FailureAnalysis("The database does not answer: " + e.getMessage(),
                        "Start the database, or check spring.datasource.url, spring.datasource.username and "
                                + "spring.datasource.password. Without them Aliada uses its own H2 file under ./data.", e);
            }
        }
        return null;
    }
}
