package clinic.stride.testsupport;

import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How many pages each browser IT class has Chromium load, printed with the class's running total as each
 * {@link Browser} closes (in the failsafe reports' -output.txt files). A page load is the largest CPU cost of a
 * browser test (150-230 ms of Chromium's CPU each, see docs/benchmarks.md), so this is the number to bring down.
 *
 * <p>Chromium counts them itself: its histogram {@code Navigation.MainFrameSchemeDifferentPage2} grows by one for
 * every new document in the main frame, whatever started it ({@code driver.get}, a link, a form, Back, a reload,
 * a redirect's target), and not for {@code history.pushState} or a download. Each {@link Browser} holds its
 * Chromium alone, so the difference between its opening and its closing is its own page loads.
 */
final class PageLoads {

    private static final String HISTOGRAM = "Navigation.MainFrameSchemeDifferentPage2";
    private static final Map<String, Long> BY_CLASS = new HashMap<>();

    private PageLoads() {
    }

    /** Chromium's count of main-frame documents committed so far; 0 before the first. */
    static long committed(ChromeDriver driver) {
        try {
            Object histogram = driver.executeCdpCommand("Browser.getHistogram", Map.of("name", HISTOGRAM)).get("histogram");
            return histogram instanceof Map<?, ?> h && h.get("count") instanceof Number n ? n.longValue() : 0;
        } catch (RuntimeException e) {
            return 0; // no such histogram yet: nothing committed
        }
    }

    /** The IT class (its outer class) that opened the browser, found on the stack; StrideIT's helpers are skipped. */
    static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .map(f -> f.getClassName().replaceFirst("\\$.*", ""))
                .filter(c -> c.endsWith("IT") && !c.endsWith(".StrideIT"))
                .map(c -> c.substring(c.lastIndexOf('.') + 1))
                .findFirst().orElse("(not an IT)"));
    }

    static void add(String testClass, long loads) {
        long total;
        synchronized (BY_CLASS) {
            total = BY_CLASS.merge(testClass, loads, Long::sum);
        }
        System.out.printf("Page loads: %s +%d (class total %d)%n", testClass, loads, total);
    }
}
