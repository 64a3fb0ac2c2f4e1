package clinic.stride.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the slowest requests of a recorded load step spent their time, next to the fastest, for the tail-latency
 * section of docs/benchmarks.md. Each of Stride's {@code clinic.stride.ApiRequest} events (one per API request,
 * with the request thread's time on a core and in the run queue) is given the blocking events JFR recorded on the
 * same thread inside it (socket reads from PostgreSQL, parks, monitor waits; record them with a threshold of 0),
 * each by what it waited for. The requests of one resource method are sorted by wall time and split in bands
 * (fastest half, to the 90th percentile, to the 99th, the slowest 1 %); the table gives each band's mean per request,
 * a second how many waits of each kind a request had on average (each a wake-up that queues for a core again).
 *
 * <p>The blocking events' durations include the run-queue delay after each wake-up, so "asleep" (wall minus on a
 * core minus run queue) is the time the thread truly slept, and the waits below it overlap the run-queue row.
 *
 * <p>Run with the JDK's source launcher (which compiles {@link TailWaits} beside it): {@code java
 * src/test/java/clinic/stride/load/TailSplit.java step.jfr [IntakeResource.submit]}. Reads only the file it is given.
 */
public final class TailSplit {

    private static final List<String> BLOCKING = List.of(
            "jdk.SocketRead", "jdk.ThreadPark", "jdk.JavaMonitorEnter", "jdk.JavaMonitorWait");

    private TailSplit() {
    }

    /** One request and the waits found inside it, nanoseconds. */
    private static final class Request {
        final long start;
        final long end;
        final long onCpu;
        final long runQueue;
        final Map<String, Long> waits = new HashMap<>();
        final Map<String, Long> counts = new HashMap<>();

        Request(RecordedEvent event) {
            start = nanos(event.getStartTime());
            end = nanos(event.getEndTime());
            onCpu = event.getDuration("onCpu").toNanos();
            runQueue = event.getDuration("runQueue").toNanos();
        }

        long wall() {
            return end - start;
        }
    }

    public static void main(String[] args) throws Exception {
        String resource = args.length > 1 ? args[1] : "IntakeResource.submit";
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
        Map<Long, List<Request>> byThread = new HashMap<>();
        List<Request> requests = new ArrayList<>();
        for (RecordedEvent event : events) {
            if (event.getEventType().getName().equals("clinic.stride.ApiRequest")
                    && resource.equals(event.getString("resource")) && event.getDuration("onCpu").toNanos() >= 0) {
                Request request = new Request(event);
                requests.add(request);
                byThread.computeIfAbsent(event.getThread().getJavaThreadId(), k -> new ArrayList<>()).add(request);
            }
        }
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("no clinic.stride.ApiRequest events of " + resource + " in " + args[0]);
        }
        byThread.values().forEach(list -> list.sort(Comparator.comparingLong(r -> r.start)));
        int placed = 0;
        for (RecordedEvent event : events) {
            if (!BLOCKING.contains(event.getEventType().getName()) || event.getThread() == null) {
                continue;
            }
            Request request = containing(byThread.get(event.getThread().getJavaThreadId()), nanos(event.getStartTime()));
            if (request != null) {
                String kind = waitedFor(event);
                request.waits.merge(kind, event.getDuration().toNanos(), Long::sum);
                request.counts.merge(kind, 1L, Long::sum);
                placed++;
            }
        }
        requests.sort(Comparator.comparingLong(Request::wall));
        int n = requests.size();
        Map<String, List<Request>> bands = new LinkedHashMap<>();
        bands.put("fastest 50 %", requests.subList(0, n / 2));
        bands.put("50-90 %", requests.subList(n / 2, n * 9 / 10));
        bands.put("90-99 %", requests.subList(n * 9 / 10, n * 99 / 100));
        bands.put("slowest 1 %", requests.subList(n * 99 / 100, n));
        System.out.printf(Locale.ROOT, "%s: %d requests, %d blocking events inside them. Wall p50 %.1f ms, p99 %.1f ms.%n%n",
                resource, n, placed, requests.get(n / 2).wall() / 1e6, requests.get(n * 99 / 100).wall() / 1e6);
        System.out.print("| ms per request, mean |");
        bands.forEach((name, band) -> System.out.print(" " + name + " (" + band.size() + ") |"));
        System.out.println();
        System.out.println("|---|---|---|---|---|");
        row("wall (inside the API's filters)", bands, Request::wall);
        row("on a core", bands, r -> r.onCpu);
        row("ready, in the run queue", bands, r -> r.runQueue);
        row("asleep (wall - core - queue)", bands, r -> r.wall() - r.onCpu - r.runQueue);
        Map<String, Long> slowest = new HashMap<>();
        bands.get("slowest 1 %").forEach(r -> r.waits.forEach((k, v) -> slowest.merge(k, v, Long::sum)));
        Map<String, Long> all = new HashMap<>();
        requests.forEach(r -> r.waits.forEach((k, v) -> all.merge(k, v, Long::sum)));
        List<String> kinds = new ArrayList<>(all.keySet());
        kinds.sort(Comparator.comparingLong((String k) -> slowest.getOrDefault(k, 0L) + all.get(k) / n).reversed());
        for (String kind : kinds.subList(0, Math.min(14, kinds.size()))) {
            row("  waiting: " + kind, bands, r -> r.waits.getOrDefault(kind, 0L));
        }
        System.out.println();
        System.out.println("| waits per request, mean | all |");
        System.out.println("|---|---|");
        for (String kind : kinds) {
            System.out.printf(Locale.ROOT, "| %s | %.2f |%n", kind,
                    requests.stream().mapToLong(r -> r.counts.getOrDefault(kind, 0L)).average().orElse(0));
        }
    }

    private interface Figure {
        long of(Request r);
    }

    private static void row(String name, Map<String, List<Request>> bands, Figure figure) {
        StringBuilder line = new StringBuilder("| " + name + " |");
        for (List<Request> band : bands.values()) {
            double mean = band.stream().mapToLong(figure::of).average().orElse(0) / 1e6;
            line.append(String.format(Locale.ROOT, " %.2f |", mean));
        }
        System.out.println(line);
    }

    /** The request on this thread running at this instant, or null. */
    private static Request containing(List<Request> requests, long at) {
        if (requests == null) {
            return null;
        }
        int lo = 0;
        int hi = requests.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Request r = requests.get(mid);
            if (at < r.start) {
                hi = mid - 1;
            } else if (at > r.end) {
                lo = mid + 1;
            } else {
                return r;
            }
        }
        return null;
    }

    /**
     * What a blocking event waited for: PostgreSQL (for an audit batch, a commit, or a statement of a step of
     * Stride's, named by its first Stride frame), another request's audit batch, a pooled connection, or else the
     * event's kind and first frame outside the JDK.
     */
    private static String waitedFor(RecordedEvent event) {
        String type = event.getEventType().getName().substring(4);
        RecordedStackTrace stack = event.getStackTrace();
        List<RecordedFrame> frames = stack == null ? List.of() : stack.getFrames();
        boolean socket = type.equals("SocketRead");
        if (has(frames, "clinic.stride.audit.AuditBatchWriter")) {
            return socket ? "PostgreSQL, writing an audit batch" : type + " while writing an audit batch";
        }
        if (!socket && has(frames, "clinic.stride.audit.AuditLog")) {
            return "another request's audit batch";
        }
        if (socket) {
            for (RecordedFrame frame : frames) {
                String method = frame.getMethod().getName();
                if (frame.getMethod().getType().getName().startsWith("org.postgresql") && method.equals("commit")) {
                    return "PostgreSQL, commit";
                }
            }
            return "PostgreSQL, statements of " + TailWaits.firstStride(stack);
        }
        if (has(frames, "com.sun.enterprise.resource.pool")) {
            return "a pooled connection";
        }
        return type + " in " + TailWaits.firstOutsideJdk(stack);
    }

    private static boolean has(List<RecordedFrame> frames, String typePrefix) {
        return frames.stream().anyMatch(f -> f.getMethod().getType().getName().startsWith(typePrefix));
    }

    private static long nanos(java.time.Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
