package co.aliada.store;

/**
 * What the storage does once personal data was deleted: the embedded database compacts its file (after
 * the erasing transaction commits), so the erased text is gone from the disk as well as from the tables.
 */
public interface ErasedStorage {

    /** Nothing to do: PostgreSQL (deleted rows go at vacuum) or H2 in memory. */
    ErasedStorage NONE = () -> { };

    void afterErasure();
}
