package clinic.stride.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The group commit of {@link AuditLog}, with the database replaced by a writer that only remembers what it got. */
class AuditLogTest {

    /** Remembers every row it was given; takes a little time per batch, as a commit does. */
    private static final class Remembering extends AuditBatchWriter {
        final Set<String> committed = ConcurrentHashMap.newKeySet();
        final AtomicInteger batches = new AtomicInteger();
        final AtomicInteger rows = new AtomicInteger();
        final AtomicInteger writing = new AtomicInteger();
        volatile boolean overlapped;

        @Override
        public void append(List<AuditEntry> entries) {
            if (writing.incrementAndGet() > 1) {
                overlapped = true;
            }
            try {
                if (entries.stream().anyMatch(e -> e.action().equals("refused-by-database"))) {
                    throw new IllegalStateException("audit_event not writable");
                }
                sleepMicros(ThreadLocalRandom.current().nextInt(200, 2_000));
                batches.incrementAndGet();
                rows.addAndGet(entries.size());
                entries.forEach(e -> committed.add(e.requestId()));
            } finally {
                writing.decrementAndGet();
            }
        }
    }

    private static AuditEntry row(String requestId) {
        return new AuditEntry("intake.submit", "front-desk-1", "front-desk", "C-1", null, requestId, 201);
    }

    private static void sleepMicros(long micros) {
        try {
            TimeUnit.MICROSECONDS.sleep(micros);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everyCallerReturnsOnlyOnceItsOwnRowIsCommittedAndEveryRowIsWrittenOnceInSharedCommits() throws Exception {
        Remembering database = new Remembering();
        AuditLog log = new AuditLog();
        log.batches = database;
        int threads = 16;
        int perThread = 150;
        List<String> returnedBeforeCommit = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> callers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            callers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    String id = "req-" + thread + "-" + i;
                    log.record(row(id));
                    if (!database.committed.contains(id)) {
                        returnedBeforeCommit.add(id);
                    }
                    sleepMicros(ThreadLocalRandom.current().nextInt(0, 300));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> caller : callers) {
            caller.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(List.of(), returnedBeforeCommit, "callers that returned before their row was committed");
        assertEquals(threads * perThread, database.committed.size(), "every row committed");
        assertEquals(threads * perThread, database.rows.get(), "no row written twice");
        assertTrue(database.batches.get() < threads * perThread / 2,
                "rows share commits: " + database.batches.get() + " batches for " + threads * perThread + " rows");
        assertTrue(!database.overlapped, "one batch at a time: the chain is appended in order");
    }

    @Test
    void aBatchTheDatabaseRefusesFailsItsCallerAndTheNextRowIsStillWritten() {
        Remembering database = new Remembering();
        AuditLog log = new AuditLog();
        log.batches = database;

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> log.record(new AuditEntry("refused-by-database", null, null, null, null, "req-1", 500)));
        assertEquals("audit_event not writable", refused.getMessage());
        log.record(row("req-2"));

        assertEquals(Set.of("req-2"), database.committed);
    }
}
