package clinic.stride.audit;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.AuditChecks;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.OwnDatabase;
import clinic.stride.testsupport.RunsAlone;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The keyed audit chain: a rewrite recomputed the unkeyed way is caught; a rewrite by someone holding the key
 * is caught by the signed checkpoints kept outside PostgreSQL; rows from before the chain was keyed keep
 * verifying; the admin page shows a broken chain's first broken row and its neighbours.
 */
@RunsAlone("commits a rewritten audit row and holds the audit write lock: other tests' chain checks and audited requests would fail")
class KeyedAuditChainIT extends StrideIT {

    /** A new intake read once: the id of that read's audit row. */
    private long auditedRead() {
        Api clinician = TestUsers.clinician(new Api(base));
        Api.Reply created = clinician.postJson("api/intakes", json(complete(uniqueClinicId())));
        assertEquals(201, created.status(), created::toString);
        String intakeId = created.json().get("id").asText();
        assertEquals(200, clinician.get("api/intakes/" + intakeId).status());
        return Db.count("select max(id) from audit_event where intake_id = ?::uuid and action = 'intake.read'", intakeId);
    }

    @Test
    void shouldKeyNewRowsWithTheCurrentKeyWhenWritten() {
        long id = auditedRead();
        assertEquals("it-2026", Db.text("select key_id from audit_event where id = ?", id));
    }

    @Test
    void shouldReportBrokenWhenARowIsRewrittenAndTheChainRecomputedTheUnkeyedWay() throws SQLException {
        long id = auditedRead();
        try (Connection c = Db.connect()) {
            c.setAutoCommit(false);
            lockTheChain(c);
            rewriteFrom(c, id, "mallory", false, null);
            AuditChainCheck.Result sha = AuditChecks.verify(c);
            assertFalse(sha.ok(), sha::toString);
            assertTrue(sha.broken().orElseThrow().startsWith("row " + id + ": contents do not match"), sha::toString);

            // Marking the rewritten rows as unkeyed does not help: an unkeyed row after keyed ones is itself a break.
            rewriteFrom(c, id, "mallory", true, null);
            AuditChainCheck.Result unkeyed = AuditChecks.verify(c);
            assertFalse(unkeyed.ok(), unkeyed::toString);
            assertTrue(unkeyed.broken().orElseThrow().startsWith("row " + id + ": not keyed"), unkeyed::toString);
            c.rollback();
        }
        assertTrue(AuditChecks.verify().ok(), "the rewrite was rolled back");
    }

    @Test
    void shouldCatchARewriteByAKeyHolderAgainstASignedCheckpoint() throws Exception {
        long id = auditedRead();
        AuditCheckpoint covering = waitForCheckpointCovering(id);
        try (Connection c = Db.connect()) {
            c.setAutoCommit(false);
            lockTheChain(c);
            rewriteFrom(c, id, "mallory", false, AuditChecks.keys());

            AuditChainCheck.Result chainAlone = AuditChainCheck.verify(c, AuditChecks.keys(), List.of());
            assertTrue(chainAlone.ok(), "with the key the chain alone can be made to look intact: " + chainAlone);
            AuditChainCheck.Result withCheckpoints = AuditChecks.verify(c);
            assertFalse(withCheckpoints.ok(), withCheckpoints::toString);
            assertTrue(withCheckpoints.broken().orElseThrow().contains("differs from the checkpoint"), withCheckpoints::toString);
            c.rollback();
        }
        AuditChainCheck.Result after = AuditChecks.verify();
        assertTrue(after.ok(), after::toString);
        assertTrue(after.checkpoints() > 0, after::toString);
        assertTrue(covering.signatureValid(AuditChecks.keys()));
    }

    @Test
    void shouldRefuseACheckpointWhenItsSignatureIsForged() throws Exception {
        long id = auditedRead();
        AuditCheckpoint real = waitForCheckpointCovering(id);
        AuditCheckpoint forged = new AuditCheckpoint(real.at(), real.id(), real.count() + 1, real.head(), real.keyId(), real.signature());
        try (Connection c = Db.connect()) {
            AuditChainCheck.Result result = AuditChainCheck.verify(c, AuditChecks.keys(), List.of(forged));
            assertFalse(result.ok());
            assertTrue(result.broken().orElseThrow().contains("signature does not match"), result::toString);
        }
    }

    @Test
    void shouldKeepVerifyingRowsWrittenBeforeTheChainWasKeyedWhenMigrated() throws SQLException {
        OwnDatabase database = OwnDatabase.beside("keyed");
        database.recreate();
        Flyway.configure().dataSource(database.url(), OwnDatabase.user(), OwnDatabase.password())
                .locations("filesystem:db-migrations").target("8").load().migrate();
        try (Connection c = database.connect()) {
            // Rows as the previous release wrote them: plain SHA-256, no key id.
            String prev = AuditChain.GENESIS;
            for (int i = 0; i < 3; i++) {
                Instant at = Instant.parse("2026-11-30T10:00:00Z").plusSeconds(i).truncatedTo(ChronoUnit.MICROS);
                AuditChain.Row row = new AuditChain.Row(at, "clinician", "clinician", "intake.read", "C-" + i, null, "req-" + i, 200, "ok");
                String hash = AuditChain.hash(prev, row);
                try (PreparedStatement ps = c.prepareStatement("insert into audit_event (at, username, role, action, clinic_id, "
                        + "request_id, status, outcome, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                    ps.setString(2, row.username());
                    ps.setString(3, row.role());
                    ps.setString(4, row.action());
                    ps.setString(5, row.clinicId());
                    ps.setString(6, row.requestId());
                    ps.setInt(7, 200);
                    ps.setString(8, "ok");
                    ps.setString(9, prev);
                    ps.setString(10, hash);
                    ps.executeUpdate();
                }
                prev = hash;
            }
        }
        Flyway.configure().dataSource(database.url(), OwnDatabase.user(), OwnDatabase.password())
                .locations("filesystem:db-migrations").load().migrate();
        try (Connection c = database.connect()) {
            AuditChainCheck.Result upgraded = AuditChainCheck.verify(c, AuditChecks.keys(), List.of());
            assertTrue(upgraded.ok(), upgraded::toString);
            assertEquals(3, upgraded.events());
        }
    }

    @Test
    void shouldShowTheFirstBrokenRowAndItsNeighboursWhenTheAdminChecksABrokenChain() throws SQLException {
        long id = auditedRead();
        auditedRead();
        String original = Db.text("select username from audit_event where id = ?", id);
        FormClient admin = new FormClient(base).signIn(DemoUsers.ADMIN.username(), DemoUsers.ADMIN.password());
        Api.Reply page;
        try {
            Db.rewriteAuditUsername(id, "mallory");
            page = admin.postForm("admin/audit", Map.of("_csrf", admin.csrfToken(), "check", "1"));
        } finally {
            Db.rewriteAuditUsername(id, original);
        }
        assertEquals(200, page.status());
        String body = page.body();
        assertFalse(body.contains("Method not found"), body);
        assertTrue(body.strip().endsWith("</html>"), "the whole page rendered");
        assertTrue(body.contains("id=\"chain-result\""), body);
        assertTrue(body.contains("row " + id + ": contents do not match"), body);
        int table = body.indexOf("id=\"chain-rows\"");
        assertTrue(table > 0, body);
        assertTrue(body.indexOf("data-id=\"" + id + "\" class=\"chain-broken\"", table) > 0, body);
        assertTrue(body.indexOf("data-id=\"" + (id - 1) + "\" class=\"chain-neighbour\"", table) > 0, body);
        assertTrue(body.indexOf("data-id=\"" + (id + 1) + "\" class=\"chain-neighbour\"", table) > 0, body);
        assertTrue(body.contains("/admin/audit#chain-title"), "the check posts back to its own panel");
        assertTrue(AuditChecks.verify().ok());
    }

    private static void lockTheChain(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, AuditBatchWriter.CHAIN_LOCK);
            lock.executeQuery().close();
        }
    }

    /**
     * What an attacker with the database owner's rights does: changes the user of row {@code id} and recomputes the
     * hash of that row and every later one, with the key when given one, else with plain SHA-256 (optionally
     * marking the rows unkeyed). In the caller's transaction.
     */
    private static void rewriteFrom(Connection c, long id, String username, boolean markUnkeyed, AuditKeys keys) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("alter table audit_event disable trigger audit_event_append_only");
        }
        String prev;
        try (PreparedStatement ps = c.prepareStatement("select prev_hash from audit_event where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                prev = rs.getString(1);
            }
        }
        List<Object[]> updates = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id, at, username, role, action, clinic_id, intake_id, request_id, "
                + "status, outcome, key_id, subject, disclosed from audit_event where id >= ? order by id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long rowId = rs.getLong("id");
                    String keyId = markUnkeyed ? null : rs.getString("key_id");
                    Array disclosed = rs.getArray("disclosed");
                    AuditChain.Row row = new AuditChain.Row(rs.getObject("at", OffsetDateTime.class).toInstant(),
                            rowId == id ? username : rs.getString("username"), rs.getString("role"), rs.getString("action"),
                            rs.getString("clinic_id"), rs.getObject("intake_id", UUID.class), rs.getString("request_id"),
                            rs.getInt("status"), rs.getString("outcome"), keyId, rs.getString("subject"),
                            disclosed == null ? null : List.of((String[]) disclosed.getArray()));
                    String hash = keys != null ? AuditChain.hash(prev, row, keys) : AuditChain.hash(prev, row);
                    updates.add(new Object[] {rowId, row.username(), keyId, prev, hash});
                    prev = hash;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("update audit_event set username = ?, key_id = ?, prev_hash = ?, hash = ? where id = ?")) {
            // Hashes are unique: write placeholders first, so a recomputed hash never meets the old one of a later row.
            for (Object[] u : updates) {
                ps.setString(1, (String) u[1]);
                ps.setObject(2, u[2], Types.VARCHAR);
                ps.setString(3, (String) u[3]);
                ps.setString(4, "t" + u[0] + "x".repeat(63 - String.valueOf(u[0]).length()));
                ps.setLong(5, (Long) u[0]);
                ps.addBatch();
            }
            ps.executeBatch();
            for (Object[] u : updates) {
                ps.setString(1, (String) u[1]);
                ps.setObject(2, u[2], Types.VARCHAR);
                ps.setString(3, (String) u[3]);
                ps.setString(4, (String) u[4]);
                ps.setLong(5, (Long) u[0]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            st.execute("alter table audit_event enable trigger audit_event_append_only");
        }
    }

    /** Waits (at most 15 s; checkpoints every 2 s in the tests) for a signed checkpoint at or after row {@code id}. */
    private static AuditCheckpoint waitForCheckpointCovering(long id) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (AuditCheckpoint checkpoint : AuditChecks.checkpoints()) {
                if (checkpoint.id() >= id) {
                    return checkpoint;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no audit checkpoint covering row " + id + " in " + System.getProperty("it.audit.checkpoints"));
    }
}
