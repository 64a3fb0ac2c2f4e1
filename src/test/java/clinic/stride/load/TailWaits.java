package clinic.stride.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the request threads of a recorded load step waited instead of running, for the tail-latency section of
 * docs/benchmarks.md: every blocking event JFR's {@code profile} settings record (parks, monitor enters and waits,
 * socket reads, each over its threshold) on a request thread is summed by what it waited for (the lock's or
 * socket's class and the first frame outside the JDK) and by the first of Stride's frames on its stack; the
 * collector's pauses and the safepoints, which stop every thread, are summed apart. The step's clients spend
 * {@code clients x seconds} waiting for answers in all; the sums say which part of that was spent blocked where.
 *
 * <p>Run with the JDK's single-file launcher: {@code java src/test/java/clinic/stride/load/TailWaits.java
 * step.jfr}. Reads only the file it is given.
 */
public final class TailWaits {

    private static final List<String> BLOCKING = List.of(
            "jdk.ThreadPark", "jdk.JavaMonitorEnter", "jdk.JavaMonitorWait", "jdk.SocketRead");

    private TailWaits() {
    }

    /** Totals of one kind of wait. */
    private static final class Sum {
        long count;
        long nanos;
        long maxNanos;

        void add(Duration d) {
            count++;
            nanos += d.toNanos();
            maxNanos = Math.max(maxNanos, d.toNanos());
        }
    }

    public static void main(String[] args) throws Exception {
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
        Map<String, Sum> byCause = new HashMap<>();
        Map<String, Sum> byStride = new HashMap<>();
        Sum pauses = new Sum();
        Sum safepoints = new Sum();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (RecordedEvent event : events) {
            first = Math.min(first, event.getStartTime().toEpochMilli());
            last = Math.max(last, event.getEndTime().toEpochMilli());
            String type = event.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                pauses.add(event.getDuration("sumOfPauses"));
            } else if (type.equals("jdk.SafepointBegin")) {
                safepoints.add(event.getDuration());
            } else if (BLOCKING.contains(type) && isRequestThread(event.getThread())) {
                String what = type.substring(4) + " on " + waitedFor(event) + " in " + firstOutsideJdk(event.getStackTrace());
                byCause.computeIfAbsent(what, k -> new Sum()).add(event.getDuration());
                byStride.computeIfAbsent(type.substring(4) + " under " + firstStride(event.getStackTrace()), k -> new Sum())
                        .add(event.getDuration());
            }
        }
        System.out.printf(Locale.ROOT, "Recording: %.1f s. Collector pauses: %d, %.3f s in all, longest %.1f ms. "
                + "Safepoints: %d, %.3f s, longest %.1f ms.%n%n", (last - first) / 1000.0, pauses.count,
                pauses.nanos / 1e9, pauses.maxNanos / 1e6, safepoints.count, safepoints.nanos / 1e9, safepoints.maxNanos / 1e6);
        print("Request threads blocked, by what they waited for", byCause);
        print("The same waits, by the first of Stride's frames on the stack", byStride);
    }

    private static void print(String title, Map<String, Sum> sums) {
        List<Map.Entry<String, Sum>> rows = new ArrayList<>(sums.entrySet());
        rows.sort((a, b) -> Long.compare(b.getValue().nanos, a.getValue().nanos));
        System.out.println("| " + title + " | events | seconds | longest ms |");
        System.out.println("|---|---|---|---|");
        for (Map.Entry<String, Sum> row : rows.subList(0, Math.min(15, rows.size()))) {
            Sum s = row.getValue();
            System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.1f |%n", row.getKey(), s.count, s.nanos / 1e9, s.maxNanos / 1e6);
        }
        System.out.println();
    }

    /** Payara's HTTP workers serve the requests; everything else (the audit writer, timers, JIT) is not a request. */
    private static boolean isRequestThread(RecordedThread thread) {
        return thread != null && thread.getJavaName() != null && thread.getJavaName().startsWith("http-thread-pool");
    }

    private static String waitedFor(RecordedEvent event) {
        for (String field : List.of("parkedClass", "monitorClass")) {
            if (event.hasField(field) && event.getValue(field) != null) {
                return event.getClass(field).getName();
            }
        }
        return event.hasField("host") ? "socket " + event.getString("host") + ":" + event.getInt("port") : "?";
    }

    /** The first frame outside the JDK, "?" without a stack (TailSplit names waits the same way). */
    static String firstOutsideJdk(RecordedStackTrace stack) {
        if (stack == null) {
            return "?";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return type + "." + frame.getMethod().getName();
            }
        }
        return "JDK only";
    }

    /** The first of Stride's frames, without its package's prefix. */
    static String firstStride(RecordedStackTrace stack) {
        if (stack != null) {
            for (RecordedFrame frame : stack.getFrames()) {
                String type = frame.getMethod().getType().getName();
                if (type.startsWith("clinic.stride.")) {
                    return type.substring("clinic.stride.".length()) + "." + frame.getMethod().getName();
                }
            }
        }
        return "(no Stride frame)";
    }
}
