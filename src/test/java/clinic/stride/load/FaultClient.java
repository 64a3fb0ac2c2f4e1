package clinic.stride.load;

import clinic.stride.testsupport.SampleIntakes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of the fault test (src/test/load/fault-test.sh): several threads submit intakes for a
 * fixed time, each with its own Idempotency-Key, and retry the SAME request with the SAME key on 503,
 * connection errors and timeouts, as a well-behaved API client would. Every intake id acknowledged with a
 * 201 is written to a file, one {@code id,key,clinicId} per line, for the database check afterwards.
 *
 * <p>Arguments: base URL, user, password, seconds, threads, output file. Only talks to the URL given
 * (loopback in the script); every loop is bounded in time.
 */
public final class FaultClient {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private FaultClient() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0].replaceAll("/$", "") + "/api/intakes");
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        Duration runFor = Duration.ofSeconds(Long.parseLong(args[3]));
        int threads = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        ConcurrentHashMap<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong transportErrors = new AtomicLong();
        AtomicLong abandoned = new AtomicLong();
        AtomicLong notDeployed = new AtomicLong();
        AtomicLong unexpected = new AtomicLong();
        URI readiness = URI.create(args[0].replaceAll("/$", "") + "/health/ready");
        Instant stopSubmitting = Instant.now().plus(runFor);
        // A request started before the deadline may retry for up to two more minutes (Payara restart).
        Instant giveUp = stopSubmitting.plus(Duration.ofMinutes(2));

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (Instant.now().isBefore(stopSubmitting)) {
                    String clinicId = "F-" + UUID.randomUUID().toString().substring(0, 18);
                    String key = UUID.randomUUID().toString();
                    String body = SampleIntakes.json(SampleIntakes.complete(clinicId));
                    HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json").header("Authorization", auth)
                            .header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    boolean done = false;
                    while (!done && Instant.now().isBefore(giveUp)) {
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicLong()).incrementAndGet();
                            if (response.statusCode() == 201) {
                                Matcher m = ID.matcher(response.body());
                                if (!m.find()) {
                                    throw new IllegalStateException("201 without an id: " + response.body());
                                }
                                acknowledged.add(m.group(1) + "," + key + "," + clinicId);
                                done = true;
                            } else if (response.statusCode() != 503 && !ready(http, readiness)) {
                                // Payara opens its port before the application is deployed and answers 404
                                // or an empty 500 until then; a load balancer routes only to ready instances
                                // (/health/ready), so this is "not there yet", not an answer from Stride.
                                notDeployed.incrementAndGet();
                                sleep(250);
                            } else if (response.statusCode() == 503) {
                                long wait = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                                sleep(Math.min(wait * 1000, 1000));
                            } else {
                                // Anything else from a ready Stride is a bug the test must show, not retry away.
                                System.err.println("unexpected " + response.statusCode() + ": " + response.body());
                                unexpected.incrementAndGet();
                                done = true;
                            }
                        } catch (IOException e) {
                            transportErrors.incrementAndGet();
                            sleep(250);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                    if (!done) {
                        abandoned.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(runFor.toSeconds() + 180, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        Files.write(out, acknowledged);
        System.out.println("client: acknowledged " + acknowledged.size() + ", statuses " + statuses
                + ", answers while not ready " + notDeployed + ", unexpected answers while ready " + unexpected
                + ", transport errors " + transportErrors + ", abandoned " + abandoned);
        Files.writeString(out.resolveSibling("unexpected.txt"), Long.toString(unexpected.get()));
    }

    private static boolean ready(HttpClient http, URI readiness) {
        try {
            return http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
