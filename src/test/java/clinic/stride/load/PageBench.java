package clinic.stride.load;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.FormClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Latency of a signed-in page under load, for src/test/load/query-bench.sh. wrk cannot do this: Payara's
 * distributable sessions send a new JSESSIONIDVERSION cookie with every response and sign out a client that
 * does not send it back, and wrk's Lua sees only one Set-Cookie per response. Each client signs in through the
 * form once (as a browser would), all of them before the clock starts, since a clinician signs in once and then
 * works: the password hashes of the sign-ins are no part of the page's figure. Then each asks for the page again
 * and again with the cookies it was last given, for a fixed time. Any answer but 200 counts as an error.
 *
 * <p>Arguments: base URL, user, password, page path, seconds, threads. Prints one line in the format of the
 * wrk scripts' report: {@code RESULT requests=… duration_s=… rps=… p50_ms=… p95_ms=… p99_ms=… errors=…}.
 * Only talks to the URL given (loopback in the script); every loop is bounded in time.
 */
public final class PageBench {

    private PageBench() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        String user = args[1];
        String password = args[2];
        String page = args[3];
        long nanos = Long.parseLong(args[4]) * 1_000_000_000L;
        int threads = Integer.parseInt(args[5]);

        List<FormClient> clients = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<FormClient>> signingIn = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                signingIn.add(pool.submit(() -> new FormClient(base.toURL()).signIn(user, password)));
            }
            for (Future<FormClient> client : signingIn) {
                clients.add(client.get());
            }
        }
        List<Future<Run>> runs = new ArrayList<>();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (FormClient client : clients) {
                runs.add(pool.submit(() -> run(client, page, start + nanos)));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> latencies = new ArrayList<>();
        int errors = 0;
        for (Future<Run> run : runs) {
            latencies.addAll(run.get().latencies());
            errors += run.get().errors();
        }
        Collections.sort(latencies);
        System.out.println(String.format(Locale.ROOT,
                "RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f errors=%d",
                latencies.size(), seconds, latencies.size() / seconds,
                percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99), errors));
    }

    private record Run(List<Long> latencies, int errors) {
    }

    private static Run run(FormClient client, String page, long until) {
        List<Long> latencies = new ArrayList<>();
        int errors = 0;
        while (System.nanoTime() < until) {
            long t0 = System.nanoTime();
            Api.Reply reply = client.get(page);
            latencies.add(System.nanoTime() - t0);
            if (reply.status() != 200) {
                errors++;
            }
        }
        return new Run(latencies, errors);
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
