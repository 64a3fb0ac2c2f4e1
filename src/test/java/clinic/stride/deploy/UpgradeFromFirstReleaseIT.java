package clinic.stride.deploy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.audit.AuditChainCheck;
import clinic.stride.audit.AuditCheckpoint;
import clinic.stride.release.PomVersion;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.AuditChecks;
import clinic.stride.testsupport.MicroJars;
import clinic.stride.testsupport.OwnDatabase;
import clinic.stride.testsupport.SecondLane;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * An installation of the first release upgraded to this build: the schema of Stride 0.1.0 (its migrations V1-V8 as
 * they stood at commit 55d8626, copied into src/test/resources/upgrade/0.1.0/migrations), filled with data that
 * Stride 0.1.0 itself wrote through its API and pages (data.sql, made by make-fixture.py there), then this build's
 * uber-jar, written as deploy/release.sh writes it, started on it as the systemd unit starts a new version. Flyway
 * brings the schema up to date at start-up; every row of 0.1.0 must still be there unchanged and readable through
 * today's API, the audit chain must verify across the 0.1.0 rows (plain SHA-256) and the rows written after the
 * upgrade (keyed), and a link and draft handed out before the upgrade must still work after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(SecondLane.LOCK)
class UpgradeFromFirstReleaseIT {

    private static final String FIXTURE = "upgrade/0.1.0/";
    private static final Duration BOOT = Duration.ofMinutes(10);
    /** The tables of 0.1.0, each compared on the columns it had then. */
    private static final List<String> TABLES = List.of("patient", "intake", "intake_version", "assessment",
            "idempotency_key", "app_user", "app_user_role", "login_throttle", "intake_link", "audit_event",
            "intake_draft", "handout_plan", "login_throttle_address");

    private final OwnDatabase database = new OwnDatabase(System.getProperty("it.db.upgrade.name", "stride_it_upgrade"));
    private final Properties secrets = new Properties();
    private final Map<String, Set<String>> rowsBefore = new TreeMap<>();
    private final Map<String, Set<String>> rowsAfter = new TreeMap<>();
    private final Map<String, List<String>> columnsOf010 = new LinkedHashMap<>();
    private long auditRowsOf010;
    private Path checkpoints;
    private PayaraMicroInstance stride;
    private Api api;

    @BeforeAll
    void installFirstReleaseThenStartThisBuildOnIt() throws Exception {
        try (InputStream in = resource("secrets.properties")) {
            secrets.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Path work = Path.of("target", "upgrade-it").toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        database.recreate();

        Flyway.configure().dataSource(database.url(), OwnDatabase.user(), OwnDatabase.password())
                .locations("classpath:" + FIXTURE + "migrations").load().migrate();
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute(new String(resource("data.sql").readAllBytes(), StandardCharsets.UTF_8));
        }
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            // The fixture was written on 2026-12-04 and its open link and draft lasted a day and a week from then; an
            // upgrade happens while such links are out, so they are moved to expire a day from now. Nothing else
            // changes (neither table is in the audit chain).
            s.executeUpdate("update intake_link set expires_at = now() + interval '1 day' where used_at is null");
            s.executeUpdate("update intake_draft set expires_at = now() + interval '1 day', updated_at = now()");
            for (String table : TABLES) {
                columnsOf010.put(table, columns(c, table));
            }
            auditRowsOf010 = count(c, "select count(*) from audit_event");
            snapshot(c, rowsBefore);
        }

        checkpoints = work.resolve("audit-checkpoints-" + database.name() + ".log");
        int port = PayaraMicroInstance.freePort();
        Map<String, String> env = Map.of(
                "STRIDE_DB_URL", database.url(),
                // As deploy/README.md tells an installation that ran on one login: that login stays the owner and
                // migrates, Stride connects as the application role.
                "STRIDE_DB_MIGRATION_USER", OwnDatabase.user(),
                "STRIDE_DB_MIGRATION_PASSWORD", OwnDatabase.password(),
                "STRIDE_DB_USER", System.getProperty("it.db.app.user", "stride_app"),
                "STRIDE_DB_PASSWORD", "",
                "STRIDE_DEMO_USERS", "true",
                "STRIDE_COOKIES_SECURE", "false",
                "STRIDE_AUDIT_CHECKPOINT_FILE", checkpoints.toString());
        SecondLane.afterTheSharedBoot();
        // The new version as a clinic installs it: the release's uber-jar, started as the systemd unit starts it.
        Path uberJar = MicroJars.uberJar(work);
        stride = new PayaraMicroInstance("stride-upgraded", port,
                PayaraMicroInstance.uberJarCommand(uberJar, port, work.resolve("payara-root")), env,
                work.resolve("payara.log"));
        stride.start();
        stride.awaitReady(BOOT);
        // Before any test reads (and so audits, and so adds rows): what the upgrade itself left.
        try (Connection c = database.connect()) {
            snapshot(c, rowsAfter);
        }
        api = new Api(toUrl(stride.base().toString()));
    }

    @AfterAll
    void stopStride() {
        if (stride != null) {
            stride.stop();
        }
    }

    @Test
    void shouldApplyEveryLaterMigrationOnTopOfTheFirstReleaseWhenStrideStarts() throws SQLException {
        try (Connection c = database.connect()) {
            List<String> applied = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select version, success from flyway_schema_history "
                         + "where version is not null order by installed_rank")) {
                while (rs.next()) {
                    assertTrue(rs.getBoolean(2), "migration V" + rs.getString(1) + " failed");
                    applied.add(rs.getString(1));
                }
            }
            List<String> shipped = new ArrayList<>();
            try (var files = Files.list(Path.of(System.getProperty("basedir", "."), "db-migrations"))) {
                files.map(f -> f.getFileName().toString().replaceFirst("^V(\\d+)__.*", "$1"))
                        .sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                        .forEach(shipped::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertEquals(shipped, applied, "0.1.0's V1-V8, then every later migration of db-migrations/");
        }
        // The checksums 0.1.0 recorded still match today's files: those migrations were never edited.
        var validation = Flyway.configure().dataSource(database.url(), OwnDatabase.user(), OwnDatabase.password())
                .locations("filesystem:" + Path.of(System.getProperty("basedir", "."), "db-migrations").toAbsolutePath())
                .load().validateWithResult();
        assertTrue(validation.validationSuccessful, () -> String.valueOf(validation.invalidMigrations));
    }

    @Test
    void shouldKeepEveryRowOfTheFirstReleaseUnchangedWhenUpgraded() {
        assertTrue(rowsBefore.get("intake").size() >= 30 && rowsBefore.get("audit_event").size() >= 50,
                "the fixture holds a clinic's worth of rows: " + sizes(rowsBefore));
        assertAll(TABLES.stream().map(table -> () -> {
            Set<String> missing = new HashSet<>(rowsBefore.get(table));
            missing.removeAll(rowsAfter.get(table));
            assertTrue(missing.isEmpty(), table + ": " + missing.size() + " rows of 0.1.0 changed or gone, e.g. "
                    + missing.stream().findFirst().orElse(""));
        }));
    }

    @Test
    void shouldServeEveryFirstReleaseIntakeWhenReadThroughTodaysApi() throws SQLException {
        Api clinician = TestUsers.clinician(api);
        Map<String, Integer> versions = new TreeMap<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select intake_id::text, count(*) from intake_version group by intake_id")) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getInt(2));
            }
        }
        assertTrue(versions.size() >= 30, versions::toString);
        for (Map.Entry<String, Integer> intake : versions.entrySet()) {
            String id = intake.getKey();
            Api.Reply view = clinician.get("api/intakes/" + id);
            assertEquals(200, view.status(), () -> id + ": " + view);
            assertEquals(intake.getValue(), view.json().path("versions").size(), () -> id + ": " + view);
            for (int n = 1; n <= intake.getValue(); n++) {
                int version = n;
                Api.Reply answers = clinician.get("api/intakes/" + id + "/versions/" + n);
                assertEquals(200, answers.status(), () -> id + " v" + version + ": " + answers);
            }
            Api.Reply assessment = clinician.get("api/intakes/" + id + "/assessment");
            assertEquals(200, assessment.status(), () -> id + " assessment: " + assessment);
            Api.Reply summary = clinician.get("api/intakes/" + id + "/summary.pdf");
            assertEquals(200, summary.status(), () -> id + " summary: " + summary);
            assertEquals("application/pdf", summary.contentType());
            Api.Reply fhir = clinician.get("api/fhir/QuestionnaireResponse/" + id);
            assertEquals(200, fhir.status(), () -> id + " FHIR: " + fhir);
        }
    }

    @Test
    void shouldShowFirstReleaseNamesAnswersAndAmendmentsExactlyAsTheyWereStored() {
        Api clinician = TestUsers.clinician(api);
        Map<String, String> names = Map.of(
                "UP-0001", "María José Núñez-Ortega", "UP-0002", "Zoë Ångström", "UP-0003", "Seán O’Brien",
                "UP-0004", "Δημήτρης Παπαδόπουλος", "UP-0005", "小龍 李", "UP-0006", "Łucja Wąsowska-Żak");
        names.forEach((clinicId, name) -> {
            Api.Reply history = clinician.get("api/patients/" + clinicId + "/intakes");
            assertEquals(200, history.status(), () -> clinicId + ": " + history);
            JsonNode patient = history.json().path("patient");
            assertEquals(name, patient.path("givenName").asText() + " " + patient.path("familyName").asText());
        });

        String maria = secrets.getProperty("intake.UP-0001");
        JsonNode view = clinician.get("api/intakes/" + maria).json();
        assertEquals(3, view.path("versions").size(), view::toString);
        JsonNode first = clinician.get("api/intakes/" + maria + "/versions/1").json();
        JsonNode third = clinician.get("api/intakes/" + maria + "/versions/3").json();
        assertAll(
                () -> assertEquals(6, first.path("pain").path("intensity").asInt(), first::toString),
                () -> assertEquals(5, third.path("pain").path("intensity").asInt(), third::toString),
                () -> assertEquals(80, third.path("factors").path("weightKg").asInt(), third::toString),
                () -> assertEquals("esguince de tobillo «2019» — curado",
                        first.path("factors").path("pastInjuries").path("other").asText(), first::toString));

        JsonNode plan = clinician.get("api/intakes/" + maria + "/handout-plan").json();
        assertEquals("clamshells", plan.path("exercises").path(0).path("id").asText(), plan::toString);
        assertEquals(1, plan.path("exercises").size(), "the newer of 0.1.0's two plans is in force: " + plan);
        Api.Reply handout = clinician.get("api/intakes/" + maria + "/handout.pdf");
        assertEquals(200, handout.status(), handout::toString);
    }

    @Test
    void shouldVerifyTheAuditChainAcrossFirstReleaseRowsAndRowsWrittenAfterTheUpgrade() throws SQLException {
        Api.Reply read = TestUsers.clinician(api).get("api/intakes/" + secrets.getProperty("intake.UP-0002"));
        assertEquals(200, read.status(), read::toString);
        try (Connection c = database.connect()) {
            assertEquals(auditRowsOf010, count(c, "select count(*) from audit_event where key_id is null"),
                    "0.1.0's rows stay as written, unkeyed");
            assertTrue(count(c, "select count(*) from audit_event where key_id is not null") >= 1,
                    "the read after the upgrade was audited with a key");
            List<AuditCheckpoint> signed = Files.exists(checkpoints) ? AuditCheckpoint.read(checkpoints) : List.of();
            AuditChainCheck.Result result = AuditChainCheck.verify(c, AuditChecks.keys(), signed);
            assertTrue(result.ok(), result::toString);
            assertTrue(result.events() > auditRowsOf010, result::toString);
        }
    }

    @Test
    void shouldLetAPatientUseALinkAndDraftHandedOutBeforeTheUpgrade() {
        String open = secrets.getProperty("open.link.token");
        Api.Reply link = api.get("api/intake-links/" + open);
        assertEquals(200, link.status(), link::toString);
        Api.Reply used = api.get("api/intake-links/" + secrets.getProperty("used.link.token"));
        assertEquals(410, used.status(), "a link used under 0.1.0 stays used: " + used);

        // Łucja's draft, saved by 0.1.0's pages (outer hip and groin, left, and 7 on page one), in her browser's
        // cookie: opening her link again carries on with it, and the page shows what she answered, her one side
        // now ticked per place (0.1.0 asked one side for all places).
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String cookie = "stride-link-draft=" + secrets.getProperty("open.link.draft.cookie");
        String start = page(browser, "intake-links/" + open, cookie);
        assertTrue(start.contains("intake-link/step?step=when") || start.contains("step=when"),
                "the start page offers to carry on at page two: " + start);
        String where = page(browser, "intake-link/step?step=where", cookie);
        assertTrue(checked(where, "pain.intensity", "7") && checked(where, "pain.regions.left", "groin")
                        && checked(where, "pain.regions.left", "outer_hip") && !checked(where, "pain.regions.right", "groin"),
                "the draft's answers are back on page one: " + where);

        Api.Reply sent = api.postJson("api/intake-links/" + open + "/intake", """
                {"visitDate": "%s", "language": "es",
                 "pain": {"regions": ["outer_hip", "groin"], "side": "left", "intensity": 7, "onset": "gradual",
                          "durationWeeks": 3, "when": ["during_walking"], "relievedBy": ["rest"], "character": ["ache"]},
                 "factors": {"heightCm": 160, "weightKg": 58},
                 "redFlags": {"bladderBowelLoss": false, "numbnessTinglingWeakness": false, "swellingRedness": false,
                              "recentFallOrInjury": false, "fever": false, "severeOrWorsening": false,
                              "notImprovingWithRest": false, "interferesWithDailyActivities": false}}"""
                .formatted(java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
        assertEquals(201, sent.status(), sent::toString);
    }

    @Test
    void shouldLogNoFirstReleasePatientDetailWhenMigratingAndServingTheirIntakes() {
        Api clinician = TestUsers.clinician(api);
        for (String clinicId : List.of("UP-0001", "UP-0002", "UP-0003", "UP-0004", "UP-0005", "UP-0006")) {
            assertEquals(200, clinician.get("api/patients/" + clinicId + "/intakes").status());
            assertEquals(200, clinician.get("api/intakes/" + secrets.getProperty("intake." + clinicId) + "/summary.pdf").status());
        }
        String log = stride.logText();
        assertTrue(log.contains("was successfully deployed"), "the log is Payara's");
        for (String detail : List.of("Núñez-Ortega", "María José", "Ångström", "O’Brien", "Παπαδόπουλος", "小龍",
                "Wąsowska-Żak", "1961-03-14", "esguince de tobillo", "maria.jose@example.org")) {
            assertFalse(log.contains(detail), detail + " in the upgraded Stride's log");
        }
    }

    @Test
    void shouldSignInUsersCreatedByTheFirstReleaseWithTheirPasswords() {
        Api.Reply worklist = api.as("m.nunez", "Clínica-Núñez-2026!").get("api/intakes?limit=1");
        assertEquals(200, worklist.status(), worklist::toString);
    }

    @Test
    void shouldReportThisBuildsVersionWhenTheUpgradedStrideIsAskedIfItIsAlive() {
        Api.Reply live = api.get("health/live");
        assertEquals(200, live.status(), live::toString);
        JsonNode check = live.json().path("checks").findParents("name").stream()
                .filter(n -> "stride".equals(n.path("name").asText())).findFirst().orElseThrow();
        assertEquals(PomVersion.expected(), check.path("data").path("version").asText(), live::toString);
    }

    private String page(HttpClient browser, String path, String cookie) {
        try {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(stride.base().resolve(path))
                    .header("Cookie", cookie).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether the page's input named {@code name} with this value is ticked. */
    private static boolean checked(String html, String name, String value) {
        Matcher inputs = Pattern.compile("<input[^>]*>").matcher(html);
        while (inputs.find()) {
            String input = inputs.group();
            if (input.contains("name=\"" + name + "\"") && input.contains("value=\"" + value + "\"")) {
                return input.contains("checked");
            }
        }
        return false;
    }

    // --- the database ------------------------------------------------------------------------------------------

    /** Every row of each 0.1.0 table as text, over the columns the table had in 0.1.0. */
    private void snapshot(Connection c, Map<String, Set<String>> into) throws SQLException {
        for (String table : TABLES) {
            String columns = String.join(", ", columnsOf010.get(table));
            Set<String> rows = new HashSet<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select row(" + columns + ")::text from " + table)) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            into.put(table, rows);
        }
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select column_name from information_schema.columns "
                + "where table_schema = current_schema() and table_name = ? order by ordinal_position")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add('"' + rs.getString(1) + '"');
                }
            }
        }
        assertFalse(columns.isEmpty(), "0.1.0 has a table " + table);
        return columns;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Integer> sizes(Map<String, Set<String>> rows) {
        Map<String, Integer> sizes = new TreeMap<>();
        rows.forEach((table, set) -> sizes.put(table, set.size()));
        return sizes;
    }

    // --- files -------------------------------------------------------------------------------------------------

    private static InputStream resource(String name) {
        InputStream in = UpgradeFromFirstReleaseIT.class.getClassLoader().getResourceAsStream(FIXTURE + name);
        assertNotNull(in, "src/test/resources/" + FIXTURE + name);
        return in;
    }

    private static URL toUrl(String url) {
        try {
            return java.net.URI.create(url).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(url, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
