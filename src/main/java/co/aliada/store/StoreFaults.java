package co.aliada.store;

import java.sql.SQLException;
import java.sql.SQLTransientException;

import co.aliada.conversation.StoreUnavailableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Tells a database that is away (worth trying again later) from a statement that is wrong (a bug). */
public final class StoreFaults {

    private StoreFaults() {
    }

    /** True when the error, or one of its causes, says the database could not be reached or did not finish. */
    public static boolean unavailable(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof StoreUnavailableException || e instanceof DataAccessResourceFailureException
                    || e instanceof TransientDataAccessException || e instanceof RecoverableDataAccessException
                    || e instanceof CannotCreateTransactionException || e instanceof TransactionSystemException
                    || e instanceof SQLTransientException) {
                return true;
            }
            // SQL state class 08: connection exception (PostgreSQL, H2 and the pool agree on it)
            if (e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** The error as the conversation engine understands it: unavailable, or as it was. */
    static RuntimeException translate(RuntimeException error) {
        return unavailable(error) && !(error instanceof StoreUnavailableException)
                ? new StoreUnavailableException(error) : error;
    }
}
