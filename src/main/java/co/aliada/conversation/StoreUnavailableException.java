package co.aliada.conversation;

/**
 * The database did not answer (connection refused or lost, pool exhausted, lock wait timed out): the
 * turn changed nothing and may be tried again. Channels must not confirm the input that met it, so
 * that it is delivered again once the database is back; no apology is sent, there is nothing to regret.
 */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(Throwable cause) {
        super("the database is not answering", cause);
    }
}
