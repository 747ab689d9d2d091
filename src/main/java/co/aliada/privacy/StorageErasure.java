package co.aliada.privacy;

import java.util.List;

import co.aliada.store.ErasedStorage;

/** The last part of every erasure: the storage forgets the deleted rows on disk too (see {@link ErasedStorage}). */
final class StorageErasure implements PersonalData {

    private final ErasedStorage storage;

    StorageErasure(ErasedStorage storage) {
        this.storage = storage;
    }

    @Override
    public String section() {
        return "storage";
    }

    @Override
    public Object export(String chat) {
        return List.of(); // holds nothing of its own
    }

    @Override
    public void erase(String chat) {
        storage.afterErasure();
    }
}
