package clinic.stride.audit;

import clinic.stride.vocabulary.RequestId;
import clinic.stride.vocabulary.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Appends audit rows. The one way anything in Stride records an access: the REST API does it through
 * {@link Audited} methods, and pages, PDFs and exports call {@link #record(String, String, UUID, int)} once
 * per request they serve.
 *
 * <p>Rows are written in transactions of their own ({@link AuditBatchWriter}), so a refused or failed request
 * is recorded even though its own work was rolled back, and {@link #record(AuditEntry)} returns only once
 * the row is committed. Concurrent requests share commits: whichever thread holds the writer lock writes
 * every row queued so far in one transaction (group commit). The chain has to be appended one row after the
 * other, and one commit per row made the audit trail the limit of the whole API (measured by the load test).
 */
@ApplicationScoped
public class AuditLog {

    /** At most this many rows in one transaction. */
    static final int MAX_BATCH = 256;
    /** How long a request waits for its row to be committed before the request fails. */
    static final Duration MAX_WAIT = Duration.ofSeconds(10);

    /** A queued row, the commit its caller waits for, and what wakes the caller: its commit or its turn to write. */
    private static final class Pending {
        final AuditEntry entry;
        final CompletableFuture<Void> committed = new CompletableFuture<>();
        /** Replaced by the caller before each wait. */
        volatile CompletableFuture<Void> wake = new CompletableFuture<>();

        Pending(AuditEntry entry) {
            this.entry = entry;
        }

        void wake() {
            wake.complete(null);
        }
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final ReentrantLock writer = new ReentrantLock();

    @Inject
    AuditBatchWriter batches;

    @Inject
    HttpServletRequest currentRequest;

    @Inject
    AuditSubject subject;

    /**
     * Records an access on behalf of the current HTTP request: its user, roles and request id, and what the
     * request's {@link AuditSubject} says it concerned or showed.
     */
    public void record(String action, String clinicId, UUID intakeId, int status) {
        String username = currentRequest.getUserPrincipal() == null ? null : currentRequest.getUserPrincipal().getName();
        String roles = Roles.ALL.stream().filter(currentRequest::isUserInRole).collect(Collectors.joining(","));
        record(new AuditEntry(action, username, roles.isEmpty() ? null : roles, clinicId, intakeId,
                RequestId.of(currentRequest), status, subject.subject(), subject.disclosed()));
    }

    /**
     * Appends one row and returns once it is committed; throws if it could not be.
     *
     * <p>Every caller queues its row; whoever takes the writer lock writes all the rows queued so far, and the
     * others wait until their own row is committed or, for the caller of the oldest row still queued, until the
     * writer lets go: that caller writes the next batch. A caller whose row another writer committed leaves at
     * once: it does not queue for the lock itself, where a writer of the next batch could take the lock first
     * and hold it for a whole commit (at 32 clients request threads spent more time parked on that lock than
     * anywhere else, docs/benchmarks.md). Only the oldest caller is woken for a turn, not every waiting one. No
     * polling: an earlier version re-checked every 5 ms, which added up to 5 ms to each request under load.
     */
    public void record(AuditEntry entry) {
        Pending mine = new Pending(entry);
        queue.add(mine);
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (!mine.committed.isDone()) {
            if (writer.tryLock()) {
                try {
                    if (!mine.committed.isDone()) {
                        writeQueued();
                    }
                } finally {
                    writer.unlock();
                    // Rows queued while this batch was written: the caller of the oldest writes the next batch.
                    Pending next = queue.peek();
                    if (next != null) {
                        next.wake();
                    }
                }
            } else {
                CompletableFuture<Void> wake = new CompletableFuture<>();
                mine.wake = wake;
                // Whoever holds the lock now commits this row or, once it lets go, wakes the oldest queued caller;
                // if the lock is free already, try again at once.
                if (writer.isLocked() && !mine.committed.isDone()) {
                    await(wake, deadline);
                }
            }
        }
        try {
            mine.committed.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static void await(CompletableFuture<Void> wake, long deadline) {
        try {
            wake.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording an audit row", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("audit row not committed within " + MAX_WAIT, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a wake-up is only ever completed normally", e);
        }
    }

    /** Writes what is queued (this thread's row among them) in one transaction, and tells every waiter. */
    private void writeQueued() {
        List<Pending> batch = new ArrayList<>();
        queue.drainTo(batch, MAX_BATCH);
        if (batch.isEmpty()) {
            return;
        }
        try {
            batches.append(batch.stream().map(p -> p.entry).toList());
            batch.forEach(p -> p.committed.complete(null));
        } catch (RuntimeException e) {
            batch.forEach(p -> p.committed.completeExceptionally(e));
        }
        batch.forEach(Pending::wake);
    }
}
