package clinic.stride.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * One Java Flight Recorder event per API request, for operations to see where a slow request's time went without
 * a profiler of its own: which resource method answered, with what status, and how the request thread spent the
 * request's wall time: on a core ({@link #onCpu}), ready to run with no core free ({@link #runQueue}, the kernel's
 * run-queue delay), or asleep for the rest (waiting for PostgreSQL, a lock, another request's audit batch; JFR's
 * own blocking events on the same thread say which). Neither patient data nor the request's path is recorded,
 * only the resource method's name.
 *
 * <p>Off unless a recording turns it on ({@code jcmd PID JFR.start +clinic.stride.ApiRequest#enabled=true}, with a
 * threshold to keep only slow requests): the two CPU figures come from Linux's {@code /proc/thread-self/schedstat},
 * read at the start of every request and again at the end of one that is kept, which took 1 % of the application's
 * CPU under load (a default continuous recording need not pay that). Where the file cannot be read they are
 * {@link #UNKNOWN}. Off, it costs a check per request.
 */
@Name("clinic.stride.ApiRequest")
@Label("API request")
@Category("Stride")
@Description("An API request: its resource method and status, and the request thread's time on a core and in the run queue")
@StackTrace(false)
@Enabled(false)
public final class RequestEvent extends jdk.jfr.Event {

    /** The value of {@link #onCpu} and {@link #runQueue} where the thread's scheduling statistics cannot be read. */
    public static final long UNKNOWN = -1;

    /**
     * Each request thread's own {@code schedstat}, opened once and read again from its start each time (the kernel
     * writes it anew). Opening the file twice per request cost four times as much: 4.4 % of the application's CPU
     * under load against 1 % (docs/benchmarks.md).
     */
    private static final ThreadLocal<Schedstat> SCHEDSTAT = ThreadLocal.withInitial(Schedstat::open);

    @Label("Resource method")
    String resource;

    @Label("HTTP method")
    String method;

    @Label("Status")
    int status;

    @Label("On a core")
    @Description("Time the request thread ran on a core during the request")
    @Timespan
    long onCpu = UNKNOWN;

    @Label("In the run queue")
    @Description("Time the request thread was ready to run but had no core during the request")
    @Timespan
    long runQueue = UNKNOWN;

    private long[] scheduleAtStart;

    private RequestEvent() {
    }

    /** An event begun now on this thread, or null when no recording takes it (so nothing else is done). */
    public static RequestEvent start() {
        RequestEvent event = new RequestEvent();
        if (!event.isEnabled()) {
            return null;
        }
        event.scheduleAtStart = schedule();
        event.begin();
        return event;
    }

    /** Ends the event on the thread that began it and commits it if the recording's threshold lets it through. */
    public void finish(String resourceMethod, String httpMethod, int httpStatus) {
        end();
        if (!shouldCommit()) {
            return;
        }
        long[] now = schedule();
        if (scheduleAtStart != null && now != null) {
            onCpu = now[0] - scheduleAtStart[0];
            runQueue = now[1] - scheduleAtStart[1];
        }
        resource = resourceMethod;
        method = httpMethod;
        status = httpStatus;
        commit();
    }

    /** This thread's nanoseconds on a core and in the run queue since it started, or null where unreadable. */
    private static long[] schedule() {
        return SCHEDSTAT.get().read();
    }

    /** The current thread's {@code /proc/thread-self/schedstat}: nanoseconds on a core, in the run queue, time slices. */
    private static final class Schedstat {
        private final FileChannel file;
        private final ByteBuffer buffer = ByteBuffer.allocate(64);

        private Schedstat(FileChannel file) {
            this.file = file;
        }

        static Schedstat open() {
            try {
                return new Schedstat(FileChannel.open(Path.of("/proc/thread-self/schedstat")));
            } catch (IOException | UnsupportedOperationException e) {
                return new Schedstat(null);
            }
        }

        long[] read() {
            if (file == null) {
                return null;
            }
            try {
                buffer.clear();
                file.read(buffer, 0);
                buffer.flip();
                long[] figures = new long[2];
                for (int i = 0; i < figures.length; i++) {
                    figures[i] = next(buffer);
                }
                return figures;
            } catch (IOException | RuntimeException e) {
                // A request is never failed for its timing: the event says unknown instead.
                return null;
            }
        }

        /** The next decimal number in the buffer, skipping the space before it. */
        private static long next(ByteBuffer buffer) {
            while (buffer.hasRemaining() && buffer.get(buffer.position()) == ' ') {
                buffer.get();
            }
            long value = 0;
            int digits = 0;
            while (buffer.hasRemaining() && Character.isDigit(buffer.get(buffer.position()))) {
                value = value * 10 + (buffer.get() - '0');
                digits++;
            }
            if (digits == 0) {
                throw new IllegalStateException("schedstat holds no number where one was expected");
            }
            return value;
        }
    }
}
