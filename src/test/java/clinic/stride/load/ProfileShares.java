package clinic.stride.load;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU of a recorded span went, as shares of the samples, for docs/benchmarks.md: each CPU-time sample
 * ({@code jdk.CPUTimeSample}, or {@code jdk.ExecutionSample} when the recording has none) is given to the first
 * subsystem of {@link #SUBSYSTEMS} that has a frame anywhere on its stack, so work Payara does on behalf of
 * Hibernate counts as Hibernate's. A second column shows how much of each subsystem's share was class loading
 * (defining, verifying, reading jars). Shares, not seconds: on a shared machine the split moves less than the
 * wall time. JIT compiler threads are native and never sampled; footprint.sh reports their seconds apart.
 *
 * <p>Run with the JDK's single-file launcher: {@code java src/test/java/clinic/stride/load/ProfileShares.java
 * boot.jfr}. Reads only the file it is given.
 */
public final class ProfileShares {

    /** Subsystem name, then the class-name prefixes that mark it; the first subsystem found on a stack wins. */
    private static final List<List<String>> SUBSYSTEMS = List.of(
            List.of("Flyway (migrations, validation)", "org.flywaydb."),
            List.of("Hibernate ORM", "org.hibernate.", "net.bytebuddy."),
            List.of("HAPI FHIR", "ca.uhn.fhir.", "org.hl7.fhir."),
            List.of("Jersey (JAX-RS)", "org.glassfish.jersey."),
            List.of("Faces (Mojarra)", "com.sun.faces.", "org.glassfish.mojarra."),
            List.of("Jakarta Security (Soteria)", "org.glassfish.soteria."),
            List.of("Weld (CDI)", "org.jboss.weld."),
            List.of("PostgreSQL JDBC", "org.postgresql."),
            List.of("Stride's own code", "clinic.stride."),
            List.of("Hazelcast", "com.hazelcast."),
            List.of("Payara deployment: class scanning", "org.glassfish.hk2.classmodel.", "org.glassfish.apf.",
                    "org.objectweb.asm.", "com.sun.enterprise.deployment.annotation."),
            List.of("Payara / GlassFish / HK2 / OSGi core", "fish.payara.", "org.glassfish.", "com.sun.enterprise.",
                    "org.apache.felix.", "org.jvnet.hk2.", "org.glassfish.grizzly."),
            List.of("JDK only (JVM start, JMX, logging)", ""));

    private ProfileShares() {
    }

    /** The CPU-time samples' event type when the recording has them (JDK 25), else the older execution samples. */
    static String sampleType(List<RecordedEvent> events) {
        return events.stream().anyMatch(e -> e.getEventType().getName().equals("jdk.CPUTimeSample"))
                ? "jdk.CPUTimeSample" : "jdk.ExecutionSample";
    }

    public static void main(String[] args) throws Exception {
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
        String type = sampleType(events);
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : events) {
            if (!event.getEventType().getName().equals(type) || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            String subsystem = subsystemOf(frames);
            int[] c = counts.computeIfAbsent(subsystem, k -> new int[2]);
            c[0]++;
            if (isClassLoading(frames)) {
                c[1]++;
            }
            String thread = event.hasField("sampledThread") ? event.getThread("sampledThread").getJavaName()
                    : event.hasField("eventThread") ? event.getThread("eventThread").getJavaName() : "?";
            threads.merge(thread == null ? "?" : thread.replaceAll("[0-9]+", "N"), 1, Integer::sum);
            total++;
        }
        System.out.printf(Locale.ROOT, "%d %s samples in %s%n%n| subsystem | share | of which class loading |%n|---|---|---|%n",
                total, type, args[0]);
        final int all = total;
        counts.entrySet().stream().sorted((a, b) -> b.getValue()[0] - a.getValue()[0]).forEach(e ->
                System.out.printf(Locale.ROOT, "| %s | %.0f %% | %.0f %% |%n", e.getKey(), 100.0 * e.getValue()[0] / all,
                        100.0 * e.getValue()[1] / all));
        int loading = counts.values().stream().mapToInt(c -> c[1]).sum();
        System.out.printf(Locale.ROOT, "| **all** | 100 %% | %.0f %% |%n%nThreads (top 8):%n", 100.0 * loading / all);
        threads.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8).forEach(e ->
                System.out.printf(Locale.ROOT, "  %.0f %% %s%n", 100.0 * e.getValue() / all, e.getKey()));
    }

    private static String subsystemOf(List<RecordedFrame> frames) {
        for (List<String> subsystem : SUBSYSTEMS) {
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                for (String prefix : subsystem.subList(1, subsystem.size())) {
                    if (type.startsWith(prefix)) {
                        return subsystem.get(0);
                    }
                }
            }
        }
        return "?";
    }

    /** Defining, verifying or finding a class (including reading it from a jar), anywhere on the stack. */
    private static boolean isClassLoading(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            String method = frame.getMethod().getName();
            if ((type.equals("java.lang.ClassLoader") && (method.startsWith("defineClass") || method.equals("loadClass")))
                    || type.equals("java.security.SecureClassLoader") || type.startsWith("java.util.zip.")
                    || type.equals("java.lang.Class") && method.startsWith("forName")) {
                return true;
            }
        }
        return false;
    }
}
