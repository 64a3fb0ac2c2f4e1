package clinic.stride.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jfr.Category;
import jdk.jfr.Description;
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
 * <p>A recording takes the event unless its settings leave it out ({@code clinic.stride.ApiRequest#enabled=false});
 * with no recording running it costs a check per request. The two CPU figures come from Linux's
 * {@code /proc/thread-self/schedstat}; where that cannot be read they are {@link #UNKNOWN}.
 */
@Name("clinic.stride.ApiRequest")
@Label("API request")
@Category("Stride")
@Description("An API request: its resource method and status, and the request thread's time on a core and in the run queue")
@StackTrace(false)
public final class RequestEvent extends jdk.jfr.Event {

    /** The value of {@link #onCpu} and {@link #runQueue} where the thread's scheduling statistics cannot be read. */
    public static final long UNKNOWN = -1;

    private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

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

    /** This thread's nanoseconds on a core and in the run queue since it started, or null off Linux. */
    private static long[] schedule() {
        try {
            String[] fields = Files.readString(SCHEDSTAT).trim().split(" ");
            return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
