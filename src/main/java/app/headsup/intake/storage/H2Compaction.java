package app.headsup.intake.storage;

import jakarta.annotation.PreDestroy;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * H2 writes changes into new chunks of its file and only later reuses the old ones, so an erased client's
 * name stays in the file's free space until it is overwritten. After every erasure (and before every backup)
 * the live file is compacted: every chunk rewritten and the file cut to what is still in use, online, while
 * the app goes on. H2 has no SQL for this short of {@code SHUTDOWN COMPACT}, so its store is reached through
 * the embedded session; measured in {@code StorageAtRestTest}, which reads the file for the erased name.
 */
@Component
public class H2Compaction {

    private static final Logger LOG = LoggerFactory.getLogger(H2Compaction.class);
    /** H2's default: a freed chunk is kept this long before reuse, for a crash in the middle of a write. */
    private static final int RETENTION_MILLIS = 45_000;

    private final DataSource dataSource;
    private final boolean h2File;
    /**
     * Later passes free what a write going on during an earlier one still held: under load one pass after 5 s
     * was seen to leave an erased name in the file, so a last one follows after 15 s.
     */
    private static final List<Duration> AGAIN_AFTER = List.of(Duration.ofSeconds(5), Duration.ofSeconds(15));

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("h2-compaction").factory());
    private final AtomicBoolean queued = new AtomicBoolean();

    H2Compaction(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        this.dataSource = dataSource;
        this.h2File = H2File.of(url).isPresent();
    }

    /** After the erasure is committed, in the background: the page that erased does not wait. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void erased(DataErased event) {
        if (h2File && queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                compact();
            });
            AGAIN_AFTER.forEach(after -> worker.schedule(this::compact, after.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Compacts the H2 file now; nothing to do on PostgreSQL, whose VACUUM is the database's own. */
    public void compact() {
        if (!h2File) {
            return;
        }
        try (var connection = dataSource.getConnection()) {
            MVStore store = ((SessionLocal)
                            connection.unwrap(JdbcConnection.class).getSession())
                    .getDatabase()
                    .getStore()
                    .getMvStore();
            synchronized (this) {
                store.setRetentionTime(0);
                try {
                    store.compact(100, Integer.MAX_VALUE);
                    store.commit();
                    store.compactFile(10_000);
                } finally {
                    store.setRetentionTime(RETENTION_MILLIS);
                }
            }
        } catch (SQLException | RuntimeException e) {
            // Not fatal: the data is erased from every table; only its trace in free space stays until later.
            LOG.warn("Could not compact the H2 file: {}", e.toString());
        }
    }
}
