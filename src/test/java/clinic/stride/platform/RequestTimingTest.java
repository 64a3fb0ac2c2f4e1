package clinic.stride.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API request event as an operator's flight recording gets it: through the JAX-RS filter pair, in a JFR
 * recording of this JVM, read back from the file JFR wrote.
 */
class RequestTimingTest {

    @TempDir
    Path dir;

    @Test
    void shouldRecordWhichMethodAnsweredAndSplitItsTimeBetweenACoreAndSleeping() throws Exception {
        List<RecordedEvent> events = recorded(Duration.ZERO, () -> {
            burnCpu(Duration.ofMillis(40));
            Thread.sleep(60);
        });

        assertEquals(1, events.size(), "one event per request");
        RecordedEvent event = events.getFirst();
        assertEquals("Answers.submit", event.getString("resource"));
        assertEquals("POST", event.getString("method"));
        assertEquals(201, event.getInt("status"));
        long wall = event.getDuration().toNanos();
        long onCpu = event.getDuration("onCpu").toNanos();
        long runQueue = event.getDuration("runQueue").toNanos();
        assertTrue(onCpu >= Duration.ofMillis(40).toNanos(), "the 40 ms of work are on a core: " + onCpu);
        assertTrue(runQueue >= 0, "a run-queue delay is read, not unknown: " + runQueue);
        assertTrue(wall - onCpu - runQueue >= Duration.ofMillis(55).toNanos(),
                "the 60 ms asleep are neither on a core nor queued for one: wall " + wall + ", on a core " + onCpu
                        + ", queued " + runQueue);
    }

    @Test
    void shouldLeaveOutARequestFasterThanTheRecordingsThreshold() throws Exception {
        List<RecordedEvent> events = recorded(Duration.ofSeconds(10), () -> { });

        assertTrue(events.isEmpty(), "below the threshold nothing is committed: " + events);
    }

    @Test
    void shouldDoNothingWhenNoRecordingTakesTheEvent() {
        assertNull(RequestEvent.start(), "without a recording no event is begun");
    }

    private interface Work {
        void run() throws Exception;
    }

    /** One request through the filters, in a recording of this JVM with the event's threshold, read back from disk. */
    private List<RecordedEvent> recorded(Duration threshold, Work work) throws Exception {
        Path file = dir.resolve("request.jfr");
        RequestTiming timing = new RequestTiming();
        timing.resourceInfo = new Answers();
        Map<String, Object> properties = new HashMap<>();
        ContainerRequestContext request = proxy(ContainerRequestContext.class, (method, args) -> switch (method.getName()) {
            case "getMethod" -> "POST";
            case "getProperty" -> properties.get((String) args[0]);
            case "setProperty" -> properties.put((String) args[0], args[1]);
            case "removeProperty" -> properties.remove((String) args[0]);
            default -> throw new UnsupportedOperationException(method.getName());
        });
        ContainerResponseContext response = proxy(ContainerResponseContext.class, (method, args) -> {
            if (method.getName().equals("getStatus")) {
                return 201;
            }
            throw new UnsupportedOperationException(method.getName());
        });
        try (Recording recording = new Recording()) {
            recording.enable(RequestEvent.class).withThreshold(threshold);
            recording.start();
            timing.filter(request);
            work.run();
            timing.filter(request, response);
            recording.stop();
            recording.dump(file);
        }
        assertTrue(properties.isEmpty(), "the event does not outlive its request: " + properties);
        assertTrue(Files.size(file) > 0);
        return RecordingFile.readAllEvents(file).stream()
                .filter(e -> e.getEventType().getName().equals("clinic.stride.ApiRequest")).toList();
    }

    /** Spins until this thread has run for {@code cpu}: asking for the thread's CPU time is itself the work. */
    private static void burnCpu(Duration cpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + cpu.toNanos();
        while (threads.getCurrentThreadCpuTime() < until) {
            Thread.onSpinWait();
        }
    }

    private interface Handler {
        Object answer(Method method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> handler.answer(method, args)));
    }

    /** Stands in for Jersey's matched resource method. */
    private static final class Answers implements ResourceInfo {
        @Override
        public Method getResourceMethod() {
            try {
                return Answers.class.getDeclaredMethod("submit");
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Class<?> getResourceClass() {
            return Answers.class;
        }

        @SuppressWarnings("unused")
        void submit() {
        }
    }
}
