package clinic.stride.reports;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU time per PDF of the four {@link ReportPdfBenchmark} operations, measured with the thread's CPU clock rather than
 * the wall clock. On a shared machine (this project's builds run side by side on 2 cores) wall-clock averages mostly
 * measure the queue for a core; CPU time per document is what "PDFs per second per core" means. Run after
 * {@code -Pbench} compiled the benchmarks:
 *
 * <pre>java -cp target/test-classes:target/classes:&lt;test class path&gt; clinic.stride.reports.ReportPdfCpuTime</pre>
 */
public final class ReportPdfCpuTime {

    private ReportPdfCpuTime() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        ReportPdfBenchmark benchmark = new ReportPdfBenchmark();
        benchmark.setUp();
        Map<String, Supplier<byte[]>> operations = new LinkedHashMap<>();
        operations.put("handout", benchmark::handout);
        operations.put("handoutFloorTextOnly", benchmark::handoutFloorTextOnly);
        operations.put("summary", benchmark::summary);
        operations.put("summaryFloorTextOnly", benchmark::summaryFloorTextOnly);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (var operation : operations.entrySet()) {
            for (int i = 0; i < warmUp; i++) {
                sink += operation.getValue().get().length;
            }
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < measured; i++) {
                sink += operation.getValue().get().length;
            }
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / measured;
            double wallMs = (System.nanoTime() - wall) / 1e6 / measured;
            System.out.printf("%-22s %7.2f ms CPU/op  %7.1f PDFs/s per core  (%.2f ms wall/op)%n",
                    operation.getKey(), cpuMs, 1000 / cpuMs, wallMs);
        }
        System.out.println("(" + sink + " bytes written)");
    }
}
