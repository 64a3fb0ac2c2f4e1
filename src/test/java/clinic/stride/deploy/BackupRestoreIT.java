package clinic.stride.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.SecondLane;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * deploy/backup.sh and deploy/restore.sh against a real PostgreSQL: a database with Stride's schema (every
 * migration in db-migrations/) and data is backed up encrypted, restored into a fresh database, and every table
 * must come back with the same row count and the same checksum of its rows; so must the sequences and, when the
 * schema has one, the last hash of the audit chain.
 */
@ResourceLock(SecondLane.LOCK)
class BackupRestoreIT {

    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(2);

    private final String base = System.getProperty("it.db.backup.name", "stride_it_backup");
    private final String source = base + "_src";
    private final String restored = base + "_restored";
    private final String key = randomKey();

    @TempDir
    Path backups;

    @BeforeEach
    void freshSourceWithData() throws SQLException {
        dropDatabase(source);
        dropDatabase(restored);
        admin("create database " + source);
        Flyway.configure()
                .dataSource(url(source), user(), password())
                .locations("filesystem:" + Path.of(System.getProperty("basedir", "."), "db-migrations").toAbsolutePath())
                .load()
                .migrate();
        try (Connection c = connect(source); Statement s = c.createStatement()) {
            s.execute("""
                    insert into patient (clinic_id, given_name, family_name, birth_date, sex, phone, email) values
                      ('BK-1', 'Zoë', 'Ångström', '1958-03-14', 'female', '+34 600 000 001', 'zoe@example.org'),
                      ('BK-2', 'José', 'O''Brien', '1990-12-31', 'male', null, null),
                      ('BK-3', 'Ada', 'Lovelace', '1972-07-01', 'other', null, 'ada@example.org')""");
            s.execute("""
                    insert into intake (id, patient_id, visit_date, language, submitted_at, current_version, pain_intensity, red_flag_level)
                    select gen_random_uuid(), p.id, date '2026-01-10' + p.id::int, case when p.id % 2 = 0 then 'es' else 'en' end,
                           timestamptz '2026-01-10 09:30:00.123456+01' + make_interval(hours => p.id::int), 1, (p.id % 10)::smallint, 0
                    from patient p""");
            s.execute("""
                    insert into intake_version (intake_id, version, answers, reason, created_by)
                    select i.id, 1, jsonb_build_object('pain', jsonb_build_object('regions', jsonb_build_array('outer_hip'),
                           'note', E'tabs\\tand\\nnewlines, \\u00e9 and "quotes"')), null, 'frontdesk'
                    from intake i""");
            s.execute("insert into idempotency_key (key, request_hash, intake_id) select 'key-' || i.id, repeat('a', 64), i.id from intake i");
        }
    }

    @Test
    void shouldRestoreEveryTableRowAndTheAuditChainWhenBackedUpAndRestoredIntoFreshDatabase() throws Exception {
        Script.Result backup = Script.deploy("backup.sh").run(env(key), SCRIPT_TIMEOUT, "-d", source, "-o", backups.toString());
        assertEquals(0, backup.exitCode(), backup::toString);
        Path file = onlyBackup();

        Script.Result restore = Script.deploy("restore.sh").run(env(key), SCRIPT_TIMEOUT, file.toString(), restored);
        assertEquals(0, restore.exitCode(), restore::toString);

        Map<String, String> before = snapshot(source);
        Map<String, String> after = snapshot(restored);
        assertTrue(before.keySet().containsAll(List.of("table patient", "table intake", "table intake_version",
                "table idempotency_key", "table flyway_schema_history")), before::toString);
        assertTrue(before.get("table patient").startsWith("3 rows"), before::toString);
        assertEquals(before, after);
    }

    @Test
    void shouldWriteOnlyCiphertextWhenBackingUp() throws Exception {
        Script.Result backup = Script.deploy("backup.sh").run(env(key), SCRIPT_TIMEOUT, "-d", source, "-o", backups.toString());
        assertEquals(0, backup.exitCode(), backup::toString);
        byte[] bytes = Files.readAllBytes(onlyBackup());

        assertArrayEquals("Salted__".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(bytes, 8), "openssl's encrypted format");
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("PGDMP"), "no pg_dump header in the clear");
        assertFalse(text.contains("patient"), "no table names in the clear");
        assertTrue(Files.exists(Path.of(onlyBackup() + ".sha256")));
    }

    @Test
    void shouldRefuseToRestoreWhenTheKeyIsWrongOrTheDatabaseExists() throws Exception {
        Script.Result backup = Script.deploy("backup.sh").run(env(key), SCRIPT_TIMEOUT, "-d", source, "-o", backups.toString());
        assertEquals(0, backup.exitCode(), backup::toString);
        Path file = onlyBackup();

        Script.Result wrongKey = Script.deploy("restore.sh").run(env(randomKey()), SCRIPT_TIMEOUT, file.toString(), restored);
        assertNotEquals(0, wrongKey.exitCode(), wrongKey::toString);
        assertFalse(databaseExists(restored), "nothing created with a wrong key");

        Script.Result overExisting = Script.deploy("restore.sh").run(env(key), SCRIPT_TIMEOUT, file.toString(), source);
        assertNotEquals(0, overExisting.exitCode(), overExisting::toString);
        assertTrue(overExisting.output().contains("already exists"), overExisting::toString);
    }

    @Test
    void shouldKeepOnlyTheNewestBackupsWhenRetentionIsTwo() throws Exception {
        for (int i = 0; i < 3; i++) {
            Script.Result backup = Script.deploy("backup.sh").run(env(key), SCRIPT_TIMEOUT, "-d", source, "-o", backups.toString(), "-k", "2");
            assertEquals(0, backup.exitCode(), backup::toString);
        }
        assertEquals(2, backupFiles().size());
        try (Stream<Path> all = Files.list(backups)) {
            assertEquals(4, all.count(), "two backups and their two checksums, no leftovers");
        }
    }

    /**
     * Per table: row count and md5 of all rows in a fixed order; per sequence: its last value; and the last hash of
     * the audit chain if the schema has an audit_event table with a hash column.
     */
    private Map<String, String> snapshot(String database) throws SQLException {
        Map<String, String> snapshot = new LinkedHashMap<>();
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    select table_name from information_schema.tables
                    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*), md5(coalesce(string_agg(t::text, E'\\n' order by t::text), ''))"
                        + " from public.\"" + table + "\" t")) {
                    rs.next();
                    snapshot.put("table " + table, rs.getLong(1) + " rows, md5 " + rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("select sequencename, coalesce(last_value, 0) from pg_sequences where schemaname = 'public' order by 1")) {
                while (rs.next()) {
                    snapshot.put("sequence " + rs.getString(1), Long.toString(rs.getLong(2)));
                }
            }
            auditChainHead(c).ifPresent(head -> snapshot.put("audit chain head", head));
        }
        return snapshot;
    }

    /** The hash of the newest audit_event row, when the security migration has added the hash-chained table. */
    private static java.util.Optional<String> auditChainHead(Connection c) throws SQLException {
        Map<String, String> columns = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select column_name, ordinal_position from information_schema.columns
                where table_schema = 'public' and table_name = 'audit_event' order by ordinal_position""")) {
            while (rs.next()) {
                columns.put(rs.getString(1), rs.getString(2));
            }
        }
        String hash = columns.keySet().stream().filter(name -> name.contains("hash") && !name.contains("prev")).sorted().findFirst().orElse(null);
        if (hash == null) {
            return java.util.Optional.empty();
        }
        String order = Stream.of("seq", "sequence", "id", "created_at", "occurred_at").filter(columns::containsKey).findFirst().orElse(hash);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select count(*) over (), \"" + hash + "\"::text from audit_event order by \"" + order + "\" desc limit 1")) {
            return java.util.Optional.of(rs.next() ? rs.getLong(1) + " events, last hash " + rs.getString(2) : "no events");
        }
    }

    private Path onlyBackup() throws IOException {
        List<Path> files = backupFiles();
        assertEquals(1, files.size(), files::toString);
        return files.getFirst();
    }

    private List<Path> backupFiles() throws IOException {
        try (Stream<Path> all = Files.list(backups)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".dump.enc")).sorted().toList();
        }
    }

    /** The environment an operator would set: libpq connection settings and the backup key, nothing on the command line. */
    private Map<String, String> env(String backupKey) {
        String hostPort = itUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
        String[] parts = hostPort.split(":");
        Map<String, String> env = new HashMap<>();
        env.put("PGHOST", parts[0]);
        env.put("PGPORT", parts.length > 1 ? parts[1] : "5432");
        env.put("PGUSER", user());
        if (!password().isEmpty()) {
            env.put("PGPASSWORD", password());
        }
        env.put("STRIDE_BACKUP_KEY", backupKey);
        return env;
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private boolean databaseExists(String database) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_database where datname = '" + database + "'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }

    private void dropDatabase(String database) throws SQLException {
        admin("drop database if exists " + database + " with (force)");
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user(), password());
    }

    private static String url(String database) {
        String it = itUrl();
        return it.substring(0, it.lastIndexOf('/') + 1) + database;
    }

    private static String itUrl() {
        return System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/stride_it");
    }

    private static String user() {
        return System.getProperty("it.db.user", "postgres");
    }

    private static String password() {
        return System.getProperty("it.db.password", "");
    }
}
