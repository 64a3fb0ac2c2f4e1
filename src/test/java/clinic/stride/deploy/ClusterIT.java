package clinic.stride.deploy;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.MicroJars;
import clinic.stride.testsupport.SecondLane;
import clinic.stride.testsupport.TestUsers;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Two Payara Micro instances on 127.0.0.1 with one PostgreSQL database form one Hazelcast data grid, as
 * deploy/cluster/README.md describes: both report two members, what one stores the other reads, a session
 * made on one is valid on the other, and when one stops the other goes on serving.
 *
 * <p>Discovery is TCP/IP on loopback ports only, never multicast. The instances run the packaged WAR plus one
 * test servlet ({@link SessionProbe}); the database is a fresh one of their own, migrated by the first instance
 * that gets Flyway's lock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(SecondLane.LOCK)
class ClusterIT {

    private static final Duration BOOT = Duration.ofSeconds(240);
    private static final Duration JOIN = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String database = System.getProperty("it.db.cluster.name", "stride_it_cluster");
    private final String clusterName = "stride-it-" + UUID.randomUUID().toString().substring(0, 8);
    private PayaraMicroInstance first;
    private PayaraMicroInstance second;
    private final Path work = Path.of("target", "cluster-it").toAbsolutePath();

    @BeforeAll
    void startTwoInstances() throws Exception {
        // A Payara Micro root directory left by an earlier run redeploys the application it holds, which
        // may be an older build: start from nothing.
        if (Files.exists(work)) {
            try (var paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
        Path war = warWithSessionProbe(work);
        freshDatabase();

        List<Integer> dataGridPorts = List.of(PayaraMicroInstance.freePort(), PayaraMicroInstance.freePort());
        Map<String, String> env = Map.of(
                "STRIDE_DB_URL", clusterUrl(),
                "STRIDE_DB_USER", System.getProperty("it.db.user", "postgres"),
                "STRIDE_DB_PASSWORD", System.getProperty("it.db.password", ""),
                "STRIDE_DEMO_USERS", "true",
                // Checkpoints sign this database's chain: in the run's own file (inherited from Failsafe) they
                // would be checked against the shared test database and report its row 1 as rewritten.
                "STRIDE_AUDIT_CHECKPOINT_FILE", work.resolve("audit-checkpoints-" + database + ".log").toString());
        first = instance("stride-a", work, war, clusterName, dataGridPorts.get(0), dataGridPorts, env);
        second = instance("stride-b", work, war, clusterName, dataGridPorts.get(1), dataGridPorts, env);
        SecondLane.afterTheSharedBoot();
        first.start();
        second.start();
        first.awaitReady(BOOT);
        second.awaitReady(BOOT);
    }

    @AfterAll
    void stopInstances() {
        Stream.of(first, second).filter(java.util.Objects::nonNull).forEach(PayaraMicroInstance::stop);
    }

    @Test
    void shouldFormOneDataGridOfTwoMembersWhenBothInstancesStart() {
        first.awaitDataGridSize(2, JOIN);
        second.awaitDataGridSize(2, JOIN);
        assertTrue(first.logText().contains("DG Name: " + clusterName), "the test's own cluster, not another grid");
        assertTrue(second.logText().contains("DG Name: " + clusterName), "the test's own cluster, not another grid");
        assertTrue(first.logText().contains("Boot Command set returned with result SUCCESS"),
                "deploy/payara-micro/pre-boot.asadmin applied");
    }

    @Test
    void shouldServeManyClientsAtOnceOnAtMostSixteenRequestThreadsWhenPreBootCommandsBoundThePool() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest signIn = HttpRequest.newBuilder(first.base().resolve("login")).GET().build();
        for (int round = 0; round < 5; round++) {
            List<CompletableFuture<HttpResponse<Void>>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                calls.add(client.sendAsync(signIn, HttpResponse.BodyHandlers.discarding()));
            }
            for (CompletableFuture<HttpResponse<Void>> call : calls) {
                assertEquals(200, call.get(1, TimeUnit.MINUTES).statusCode(), "a request beyond 16 waits, it is not refused");
            }
        }
        long threads = first.threadsNamed("http-thread");
        assertTrue(threads >= 4 && threads <= 16, "request threads after 64 clients at once: " + threads);
    }

    @Test
    void shouldReadThroughOneInstanceAnIntakeWrittenThroughTheOther() {
        String clinicId = uniqueClinicId();
        Api.Reply created = api(first).postJson("api/intakes", json(complete(clinicId)));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().get("id").asText();

        Api.Reply read = api(second).get("api/intakes/" + id);
        assertEquals(200, read.status(), read::toString);
        assertEquals(clinicId, read.json().at("/patient/clinicId").asText());
    }

    /**
     * Each instance writes its own audit batches; the chain's lock in PostgreSQL keeps them one chain. The test holds
     * that lock while both instances are given submissions, until a batch writer of each waits for it, then lets go:
     * each writer must read the chain's head only once it has the lock (one that read it before would link its
     * batch to the same row as the other instance's, and fork the chain).
     */
    @Test
    void shouldKeepOneUnbrokenAuditChainWhenBothInstancesWriteAtOnce() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try (Connection c = connect(clusterUrl())) {
            List<CompletableFuture<Api.Reply>> calls = new ArrayList<>();
            c.setAutoCommit(false);
            try (var lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, clinic.stride.audit.AuditBatchWriter.CHAIN_LOCK);
                lock.executeQuery().close();
            }
            for (int i = 0; i < 16; i++) {
                PayaraMicroInstance instance = i % 2 == 0 ? first : second;
                String clinicId = uniqueClinicId();
                calls.add(CompletableFuture.supplyAsync(() -> api(instance).postJson("api/intakes", json(complete(clinicId))), pool));
            }
            awaitWritersWaitingForTheChain(c, 2);
            c.commit();
            for (CompletableFuture<Api.Reply> call : calls) {
                Api.Reply reply = call.get(2, TimeUnit.MINUTES);
                assertEquals(201, reply.status(), reply::toString);
            }
            c.setAutoCommit(true);
            clinic.stride.audit.AuditChainCheck.Result chain = clinic.stride.audit.AuditChainCheck.verify(c,
                    clinic.stride.testsupport.AuditChecks.keys(),
                    clinic.stride.audit.AuditCheckpoint.read(work.resolve("audit-checkpoints-" + database + ".log")));
            assertTrue(chain.broken().isEmpty(), () -> "chain broken at row " + chain.brokenId() + ": " + chain.broken());
            assertTrue(chain.events() >= 16, "every submission's row is in the chain: " + chain.events());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits until this many other sessions wait for the audit chain's lock (each instance's batch writer). */
    private static void awaitWritersWaitingForTheChain(Connection holder, int writers) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
        try (Connection watcher = connect(holder.getMetaData().getURL());
             var waiting = watcher.prepareStatement("select count(distinct pid) from pg_locks "
                     + "where locktype = 'advisory' and not granted "
                     + "and database = (select oid from pg_database where datname = current_database())")) {
            while (true) {
                try (var rs = waiting.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) >= writers) {
                        return;
                    }
                }
                assertTrue(System.nanoTime() < deadline, "both instances' audit writers wait for the chain's lock");
                Thread.sleep(50);
            }
        }
    }

    @Test
    void shouldKeepSessionMadeOnOneInstanceValidOnTheOtherWhenItsCookieIsSent() {
        first.awaitDataGridSize(2, JOIN);
        Browser browser = new Browser();
        assertEquals("visits=1 new=true", probe(first, browser).body());
        assertTrue(browser.cookies().containsKey("JSESSIONID"), () -> "no session cookie: " + browser.cookies());

        assertEquals("visits=2 new=false", probe(second, browser).body(), "the session and its data, read on the other instance");
        assertEquals("visits=3 new=false", probe(first, browser).body(), "the other instance's change, back on the first");
    }

    @Test
    void shouldKeepASignInMadeOnOneInstanceValidOnTheOther() throws Exception {
        first.awaitDataGridSize(2, JOIN);
        clinic.stride.testsupport.FormClient signedIn = new clinic.stride.testsupport.FormClient(first.base().toURL());
        signedIn.signIn(clinic.stride.security.DemoUsers.CLINICIAN.username(), clinic.stride.security.DemoUsers.CLINICIAN.password());
        StringBuilder cookies = new StringBuilder("JSESSIONID=" + signedIn.cookie("JSESSIONID"));
        // The browser sends every cookie of the sign-in: the session id, Payara's version and Stride's binding cookie.
        for (String name : java.util.List.of("JSESSIONIDVERSION", "STRIDE_SESSION")) {
            if (signedIn.cookie(name) != null) {
                cookies.append("; ").append(name).append('=').append(signedIn.cookie(name));
            }
        }

        // The staff page /account answers 302 to /login without a signed-in session.
        HttpResponse<String> account = http.send(HttpRequest.newBuilder(second.base().resolve("account"))
                .header("Cookie", cookies.toString()).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, account.statusCode(), () -> "sign-in made on " + first.name() + " not valid on " + second.name()
                + ": " + account.statusCode() + " " + account.headers().firstValue("Location").orElse(""));
        assertTrue(account.body().contains("clinician"), account::body);
    }

    @Test
    void shouldKeepServingDataAndSessionsWhenTheOtherInstanceStops() {
        first.awaitDataGridSize(2, JOIN);
        second.awaitDataGridSize(2, JOIN);
        String clinicId = uniqueClinicId();
        Api.Reply created = api(first).postJson("api/intakes", json(complete(clinicId)));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().get("id").asText();
        Browser browser = new Browser();
        probe(first, browser);

        first.stop();
        try {
            assertFalse(first.isAlive());
            second.awaitDataGridSize(1, JOIN);
            assertEquals(200, api(second).get("health/ready").status());
            assertEquals(clinicId, api(second).get("api/intakes/" + id).json().at("/patient/clinicId").asText());
            assertEquals("visits=2 new=false", probe(second, browser).body(), "the session outlives the instance that made it");
        } finally {
            // Leave the cluster as the other tests expect it: both members up.
            first.start();
            first.awaitReady(BOOT);
            first.awaitDataGridSize(2, JOIN);
        }
        assertEquals("visits=3 new=false", probe(first, browser).body(), "a restarted instance finds the session in the grid");
    }

    private Api api(PayaraMicroInstance instance) {
        try {
            return TestUsers.clinician(new Api(instance.base().toURL()));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GET the session probe on one instance with the browser's cookies, as a load balancer without stickiness would send it. */
    private HttpResponse<String> probe(PayaraMicroInstance instance, Browser browser) {
        HttpRequest.Builder request = HttpRequest.newBuilder(instance.base().resolve("cluster-probe/session"))
                .timeout(Duration.ofSeconds(30)).GET();
        browser.cookieHeader().ifPresent(header -> request.header("Cookie", header));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), () -> instance.name() + ": " + response.body());
            browser.remember(response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The cookies one browser holds for 127.0.0.1: cookies ignore the port, so the same ones go to both instances.
     * Besides JSESSIONID Payara sets JSESSIONIDVERSION on a replicated session, which tells an instance that its
     * local copy is stale; a browser sends back the latest of both.
     */
    private static final class Browser {
        private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

        void remember(HttpResponse<?> response) {
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0].trim();
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }

        java.util.Optional<String> cookieHeader() {
            return cookies.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining("; ")));
        }

        Map<String, String> cookies() {
            return cookies;
        }
    }

    private static PayaraMicroInstance instance(String name, Path work, Path war, String clusterName, int dataGridPort,
                                                List<Integer> dataGridPorts, Map<String, String> env) {
        int httpPort = PayaraMicroInstance.freePort();
        List<String> command = PayaraMicroInstance.clusteredCommand(
                PayaraMicroInstance.microJar(), war, work, name, httpPort, clusterName, dataGridPort, dataGridPorts);
        return new PayaraMicroInstance(name, httpPort, command, env, work.resolve(name + ".log"));
    }

    /** The packaged WAR plus the session probe, so the test runs exactly what ships. */
    private static Path warWithSessionProbe(Path work) {
        File packaged = MicroJars.microWar().toFile();
        assertTrue(packaged.isFile(), "run with 'mvn verify', which packages " + packaged + " first");
        Path war = work.resolve("stride.war");
        ShrinkWrap.create(ZipImporter.class, "stride.war").importFrom(packaged).as(WebArchive.class)
                .addClass(SessionProbe.class)
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        return war;
    }

    private void freshDatabase() throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("odd database name " + database);
        }
        try (Connection connection = connect(adminUrl());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
    }

    /** The instances' own database. */
    private String clusterUrl() {
        return adminUrl().replaceFirst("/postgres$", "/" + database);
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getProperty("it.db.user", "postgres"),
                System.getProperty("it.db.password", ""));
    }

    /** The maintenance database on the integration-test server, from it.db.url. */
    private static String adminUrl() {
        String url = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/stride_it");
        return url.substring(0, url.lastIndexOf('/')) + "/postgres";
    }
}
