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
 * Where the CPU of intake submissions went, for docs/benchmarks.md: each CPU-time sample of a recording taken
 * while only submissions ran ({@code ab-test.sh} with {@code AB_JFR}) is given to one of Stride's {@link #STEPS}
 * when one is on its stack, else to the library nearest its top ({@link #LIBRARIES}). A second table splits the samples under {@code SubmitIntake.submit} by the step of the use case they
 * were in (the first Stride method it called on the way down), a third lists the hottest methods (top frame).
 * A second argument, a prefix of "class.method", keeps only the samples with such a frame on their stack.
 *
 * <p>Run with the JDK's single-file launcher: {@code java src/test/java/clinic/stride/load/SubmissionShares.java
 * load.jfr [clinic.stride.duplicates.Duplicates.of]}. Reads only the file it is given.
 */
public final class SubmissionShares {

    /**
     * Steps of Stride's own, by method: a sample with such a frame anywhere on its stack is theirs, whatever runs
     * below (so the SQL of the duplicate look-ups is the look-ups'). Hibernate flushing the submission's inserts comes
     * first: a native query flushes the persistence context before it runs, so the duplicate look-up's frames are on
     * top of inserts that are not its own. Part name, then prefixes of "class.method"; the first part found wins.
     */
    private static final List<List<String>> STEPS = List.of(
            List.of("Hibernate flush: the submission's inserts", "org.hibernate.event.internal.AbstractFlushingEventListener"),
            List.of("duplicate-patient look-ups (SQL included)", "clinic.stride.duplicates.Duplicates.",
                    "clinic.stride.intake.IntakeService.sameVisitDay"),
            List.of("consent (check and rows)", "clinic.stride.consent.Consents."),
            List.of("audit (row, chain, group commit)", "clinic.stride.audit.AuditLog.", "clinic.stride.audit.AuditBatchWriter.",
                    "clinic.stride.audit.AuditTrail$Writer."),
            List.of("assessment engine (rules)", "clinic.stride.assessment.AssessmentEngine", "clinic.stride.knowledge."));

    /**
     * Everything else, by the library nearest the top of the stack (JDK frames skipped): what the CPU was doing,
     * rather than which servlet filter it was called through.
     */
    private static final List<List<String>> LIBRARIES = List.of(
            List.of("JSON parsing and serialisation", "com.fasterxml.jackson.", "org.eclipse.yasson.",
                    "org.eclipse.parsson.", "org.glassfish.json."),
            List.of("Bean Validation", "org.hibernate.validator.", "jakarta.validation."),
            List.of("Hibernate ORM and SQL (JDBC driver, pool)", "org.hibernate.", "org.postgresql.", "com.sun.gjc.",
                    "com.sun.enterprise.resource.", "net.bytebuddy."),
            List.of("transactions (JTA)", "com.sun.enterprise.transaction.", "com.sun.jts.", "fish.payara.jts.",
                    "org.glassfish.transaction."),
            List.of("security (authentication, roles)", "org.glassfish.soteria.", "com.sun.enterprise.security.",
                    "com.sun.web.security.", "org.glassfish.exousia.", "org.glassfish.security.", "org.glassfish.epicyro.",
                    "fish.payara.security.", "jakarta.security.", "clinic.stride.security."),
            List.of("Weld (CDI proxies, interceptors)", "org.jboss.weld.", "org.glassfish.weld."),
            List.of("Jersey (JAX-RS)", "org.glassfish.jersey.", "org.glassfish.hk2.", "org.jvnet.hk2."),
            List.of("Payara, servlet container, Grizzly, tracing", "org.glassfish.", "org.apache.catalina.", "fish.payara.",
                    "com.sun.enterprise.", "io.opentelemetry."),
            List.of("Stride, other", "clinic.stride."));

    private SubmissionShares() {
    }

    public static void main(String[] args) throws Exception {
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
        String type = ProfileShares.sampleType(events);
        Map<String, Integer> parts = new HashMap<>();
        Map<String, Integer> steps = new HashMap<>();
        Map<String, Integer> top = new HashMap<>();
        String focus = args.length > 1 ? args[1] : null;
        int total = 0;
        int truncated = 0;
        int inSubmit = 0;
        for (RecordedEvent event : events) {
            if (!event.getEventType().getName().equals(type) || event.getStackTrace() == null) {
                continue;
            }
            if (event.getStackTrace().isTruncated()) {
                truncated++;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (focus != null && frames.stream().noneMatch(f -> name(f).startsWith(focus))) {
                continue;
            }
            total++;
            parts.merge(partOf(frames), 1, Integer::sum);
            top.merge(name(frames.getFirst()), 1, Integer::sum);
            String step = stepOf(frames);
            if (step != null) {
                inSubmit++;
                steps.merge(step, 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "%d %s samples in %s%s (%d of all with a truncated stack)%n%n", total, type,
                args[0], focus == null ? "" : " under " + focus, truncated);
        print("part", parts, total, 100);
        System.out.printf(Locale.ROOT, "%nUnder SubmitIntake.submit: %d samples (%.0f %% of all)%n%n", inSubmit,
                100.0 * inSubmit / total);
        print("step of the submission", steps, inSubmit, 100);
        System.out.println();
        print("hottest method (top frame)", top, total, 40);
    }

    private static void print(String heading, Map<String, Integer> counts, int all, int limit) {
        System.out.printf(Locale.ROOT, "| %s | samples | share |%n|---|---|---|%n", heading);
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(limit).forEach(e ->
                System.out.printf(Locale.ROOT, "| %s | %d | %.1f %% |%n", e.getKey(), e.getValue(),
                        100.0 * e.getValue() / all));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String partOf(List<RecordedFrame> frames) {
        for (List<String> step : STEPS) {
            for (RecordedFrame frame : frames) {
                if (matches(name(frame), step)) {
                    return step.getFirst();
                }
            }
        }
        for (RecordedFrame frame : frames) {
            for (List<String> library : LIBRARIES) {
                if (matches(name(frame), library)) {
                    return library.getFirst();
                }
            }
        }
        return "JDK only (threads, selectors, timers)";
    }

    private static boolean matches(String name, List<String> part) {
        return part.subList(1, part.size()).stream().anyMatch(name::startsWith);
    }

    /**
     * The first Stride method called from {@code SubmitIntake} on the way from the root to the sample (CDI proxies
     * skipped), or {@code SubmitIntake} itself; null when the sample is not inside a submission.
     */
    private static String stepOf(List<RecordedFrame> frames) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            String name = name(frames.get(i));
            if (!name.startsWith("clinic.stride.submission.SubmitIntake.")) {
                continue;
            }
            int submitAt = i;
            while (submitAt > 0 && name(frames.get(submitAt - 1)).startsWith("clinic.stride.submission.SubmitIntake")) {
                submitAt--;
            }
            for (int j = submitAt - 1; j >= 0; j--) {
                String callee = name(frames.get(j));
                if (callee.startsWith("clinic.stride.") && !callee.contains("$Proxy$") && !callee.contains("Weld")) {
                    return callee;
                }
            }
            return name(frames.get(submitAt)) + " (itself, or below it outside Stride)";
        }
        return null;
    }
}
