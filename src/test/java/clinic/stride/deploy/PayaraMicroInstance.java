package clinic.stride.deploy;

import clinic.stride.testsupport.MicroJars;
import clinic.stride.testsupport.OwnDatabase;
import clinic.stride.testsupport.SecondLane;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Payara Micro process started the way deploy/systemd and deploy/cluster start it ({@code java -jar
 * payara-micro.jar --deploy stride-micro.war --addLibs stride-lib ...}, or the uber-jar), bound to 127.0.0.1 only,
 * with its log in a file the test can read.
 */
final class PayaraMicroInstance {

    private static final Pattern DATA_GRID_SIZE = Pattern.compile("DG Size: (\\d+)");
    /**
     * What Payara logs when the WAR does not deploy (a missing library, a bean that cannot start). Payara Micro keeps
     * running without the application, so without this a failed deployment would only show as the boot limit ending.
     */
    private static final Pattern DEPLOYMENT_FAILED =
            Pattern.compile("Exception while (deploying|loading) the app");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int httpPort;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    PayaraMicroInstance(String name, int httpPort, List<String> command, Map<String, String> environment, Path log) {
        this.name = name;
        this.httpPort = httpPort;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    /** The Payara Micro jar Maven resolved as a test dependency (or -Dpayara.microJar / MICRO_JAR). */
    static Path microJar() {
        return MicroJars.micro();
    }

    /**
     * The command line for one instance on its own, as deploy/systemd starts it: the packaged WAR, 127.0.0.1 only, no
     * data grid, the same pre-boot commands, Payara's files under {@code rootDir}.
     */
    static List<String> standaloneCommand(int httpPort, Path rootDir) {
        List<String> application = new ArrayList<>(List.of("-jar", microJar().toString()));
        application.addAll(MicroJars.deployArguments(MicroJars.microWar()));
        return standalone(application, httpPort, rootDir);
    }

    /**
     * One Stride on its own, on {@code database} recreated empty, with its Payara root, log and audit checkpoints in
     * {@code target/<workName>} (emptied first), started after the shared Payara's boot (the second lane) and ready.
     * {@code command} gives the command line for a port and a Payara root, e.g. {@link #standaloneCommand}. Stopped
     * again when it does not become ready, so a failed boot leaves no process behind.
     */
    static PayaraMicroInstance bootAlone(String name, String workName, OwnDatabase database,
                                         Map<String, String> extraEnvironment,
                                         BiFunction<Integer, Path, List<String>> command, Duration boot) throws Exception {
        Path work = emptyWorkDirectory(workName);
        database.recreate();
        int port = freePort();
        PayaraMicroInstance stride = new PayaraMicroInstance(name, port,
                command.apply(port, work.resolve("payara-root")),
                standaloneEnvironment(database, work, extraEnvironment), work.resolve("payara.log"));
        SecondLane.afterTheSharedBoot();
        stride.start();
        try {
            stride.awaitReady(boot);
        } catch (RuntimeException e) {
            stride.stop();
            throw e;
        }
        return stride;
    }

    /** {@code target/<name>}, emptied: one test's Payara root, log and audit checkpoints, fresh on every run. */
    private static Path emptyWorkDirectory(String name) throws IOException {
        Path work = Path.of("target", name).toAbsolutePath();
        if (Files.exists(work)) {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(work);
    }

    /**
     * The environment of one Stride on its own database: the database's owner login, the demo users, cookies over
     * plain http, audit checkpoints in {@code work}; then {@code extra}.
     */
    private static Map<String, String> standaloneEnvironment(OwnDatabase database, Path work, Map<String, String> extra) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "STRIDE_DB_URL", database.url(),
                "STRIDE_DB_USER", OwnDatabase.user(),
                "STRIDE_DB_PASSWORD", OwnDatabase.password(),
                "STRIDE_DEMO_USERS", "true",
                "STRIDE_COOKIES_SECURE", "false",
                "STRIDE_AUDIT_CHECKPOINT_FILE", work.resolve("audit-checkpoints-" + database.name() + ".log").toString()));
        env.putAll(extra);
        return env;
    }

    /**
     * {@link #standaloneCommand} with {@code target/stride.war}, the WAR with its libraries inside (Payara Server's,
     * and the release's {@code stride-<version>.war}), deployed on its own.
     */
    static List<String> packagedWarCommand(int httpPort, Path rootDir) {
        return standalone(List.of("-jar", microJar().toString(), "--deploy", MicroJars.packagedWar().toString()),
                httpPort, rootDir);
    }

    /**
     * The command line of the release's uber-jar ({@link MicroJars#uberJar}) as the systemd unit runs it: the same
     * switches as {@link #standaloneCommand}, with the application inside the jar.
     */
    static List<String> uberJarCommand(Path uberJar, int httpPort, Path rootDir) {
        return standalone(List.of("-jar", uberJar.toString()), httpPort, rootDir);
    }

    private static List<String> standalone(List<String> jarAndApplication, int httpPort, Path rootDir) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m"));
        command.addAll(testJvmOptions());
        command.addAll(List.of("-Duser.timezone=UTC", "-Djava.net.preferIPv4Stack=true"));
        command.addAll(jarAndApplication);
        command.addAll(List.of(
                "--port", Integer.toString(httpPort),
                "--nocluster",
                "--interfaces", "127.0.0.1",
                "--rootdir", rootDir.toString(),
                "--prebootcommandfile", Path.of(System.getProperty("basedir", "."), "deploy", "payara-micro",
                        "pre-boot.asadmin").toAbsolutePath().toString()));
        return command;
    }

    /**
     * The switches of the test run's Payaras (pom.xml): JIT and collector ({@code test.jvm.options}: these JVMs live
     * minutes) and Payara's start-up thread policy ({@code test.payara.options}).
     */
    private static List<String> testJvmOptions() {
        String options = (System.getProperty("test.jvm.options", "") + " "
                + System.getProperty("test.payara.options", "")).strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /** The command line for one clustered instance: data grid on 127.0.0.1 only, TCP/IP discovery, never multicast. */
    static List<String> clusteredCommand(Path microJar, Path war, Path workDir, String name, int httpPort,
                                         String clusterName, int dataGridPort, List<Integer> allDataGridPorts) {
        List<String> members = allDataGridPorts.stream().map(port -> "127.0.0.1:" + port).toList();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(testJvmOptions());
        command.addAll(List.of("-Duser.timezone=UTC", "-Djava.net.preferIPv4Stack=true",
                "-jar", microJar.toString()));
        command.addAll(MicroJars.deployArguments(war));
        command.addAll(List.of(
                "--name", name,
                "--port", Integer.toString(httpPort),
                "--clustername", clusterName,
                "--clustermode", "tcpip:" + String.join(",", members),
                "--interfaces", "127.0.0.1",
                "--startport", Integer.toString(dataGridPort),
                // Both members share one IP here; with host-aware partitioning they would keep no backups of each other.
                "--nohostaware",
                "--rootdir", workDir.resolve(name + "-root").toString(),
                // The same pre-boot commands as the systemd unit and the Kubernetes image.
                "--prebootcommandfile", Path.of(System.getProperty("basedir", "."), "deploy", "payara-micro",
                        "pre-boot.asadmin").toAbsolutePath().toString()));
        return command;
    }

    void start() {
        try {
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(log);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Payara Micro " + name, e);
        }
    }

    /** Waits until the WAR is deployed and /health/ready answers 200; fails as soon as its deployment has failed. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log:\n" + tail());
            }
            String logged = logText();
            if (DEPLOYMENT_FAILED.matcher(logged).find()) {
                throw new IllegalStateException(name + " did not deploy the application; log:\n" + tail());
            }
            if (logged.contains("was successfully deployed") && status("/health/ready") == 200) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; log:\n" + tail());
    }

    /** Waits until the instance's latest data-grid report names the expected number of members. */
    void awaitDataGridSize(int members, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (dataGridSize() == members) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " does not report " + members + " data-grid members (last: "
                + dataGridSize() + "); log:\n" + tail());
    }

    /** The member count from Payara's latest "Payara Data Grid State" log line, or 0 before the first one. */
    int dataGridSize() {
        Matcher matcher = DATA_GRID_SIZE.matcher(logText());
        int size = 0;
        while (matcher.find()) {
            size = Integer.parseInt(matcher.group(1));
        }
        return size;
    }

    /** Stops the instance as systemd or Kubernetes would: SIGTERM, then a kill if it does not exit. */
    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** How many of the server's threads are named so now (Linux keeps the first 15 characters of a Java thread's name). */
    long threadsNamed(String prefix) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
            return tasks.map(task -> {
                try {
                    return Files.readString(task.resolve("comm")).strip();
                } catch (IOException e) {
                    return ""; // the thread ended while listed
                }
            }).filter(name -> name.startsWith(prefix)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    URI base() {
        try {
            return new URI("http", null, "127.0.0.1", httpPort, "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    String name() {
        return name;
    }

    String logText() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private String tail() {
        String text = logText();
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }

    private int status(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
