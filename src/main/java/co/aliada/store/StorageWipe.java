package co.aliada.store;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The last step of every erasure ({@code /borrar_datos}, the retention sweep): once the erasing
 * transaction commits, the embedded database file is compacted in the background, so the erased text
 * is gone from the disk too. Requests arriving while a compaction runs share the next one.
 */
final class StorageWipe implements ErasedStorage, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StorageWipe.class);
    private static final int MAX_MILLIS = 60_000;

    private final DataSource dataSource;
    private final H2Files files;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "storage-wipe");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    StorageWipe(DataSource dataSource, H2Files files) {
        this.dataSource = dataSource;
        this.files = files;
    }

    @Override
    public void afterErasure() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    compactSoon();
                }
            });
        } else {
            compactSoon();
        }
    }

    void compactSoon() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                try {
                    H2Files.compact(dataSource, MAX_MILLIS);
                    files.restrict();
                } catch (Exception e) {
                    log.warn("database compaction after an erasure failed: {}", e.getClass().getSimpleName());
                }
            });
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
