package clinic.stride.audit;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.RunsAlone;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The audit trail: one row per access, refusals included, append-only in PostgreSQL, and a chain that shows tampering. */
@RunsAlone("commits a rewritten audit row and truncates a table while others write to the audit trail")
class AuditTrailIT extends StrideIT {

    private String newIntake(String clinicId) {
        Api.Reply created = TestUsers.clinician(new Api(base)).postJson("api/intakes", json(complete(clinicId)));
        assertEquals(201, created.status(), created::toString);
        return created.json().get("id").asText();
    }

    private static Map<String, String> requestId(String id) {
        return Map.of("X-Request-Id", id);
    }

    @Test
    void shouldWriteExactlyOneAuditRowWhenAClinicianReadsAnIntake() {
        String clinicId = uniqueClinicId();
        String intakeId = newIntake(clinicId);
        String requestId = "it-" + UUID.randomUUID();

        Api.Reply read = TestUsers.clinician(new Api(base)).send(TestUsers.clinician(new Api(base))
                .request("api/intakes/" + intakeId).header("X-Request-Id", requestId).GET().build());

        assertEquals(200, read.status(), read::toString);
        assertEquals(requestId, read.header("X-Request-Id"));
        assertEquals(1, Db.count("select count(*) from audit_event where request_id = ?", requestId));
        assertEquals("clinician|clinician|intake.read|" + clinicId + "|" + intakeId + "|200|ok",
                Db.text("select concat_ws('|', username, role, action, clinic_id, intake_id, status, outcome) "
                        + "from audit_event where request_id = ?", requestId));
    }

    @Test
    void shouldRecordRefusedAttemptsWhenTheRoleIsWrongOrNoOneSignedIn() {
        String clinicId = uniqueClinicId();
        String intakeId = newIntake(clinicId);
        String asFrontDesk = "it-" + UUID.randomUUID();
        String asNobody = "it-" + UUID.randomUUID();

        Api frontDesk = TestUsers.frontDesk(new Api(base));
        assertEquals(403, frontDesk.send(frontDesk.request("api/intakes/" + intakeId).header("X-Request-Id", asFrontDesk).GET().build()).status());
        Api nobody = new Api(base);
        assertEquals(401, nobody.send(nobody.request("api/intakes/" + intakeId).header("X-Request-Id", asNobody).GET().build()).status());

        assertEquals("frontdesk|front-desk|intake.read|" + clinicId + "|" + intakeId + "|403|denied",
                Db.text("select concat_ws('|', username, role, action, clinic_id, intake_id, status, outcome) "
                        + "from audit_event where request_id = ?", asFrontDesk));
        assertEquals("intake.read|" + clinicId + "|" + intakeId + "|401|unauthenticated",
                Db.text("select concat_ws('|', username, role, action, clinic_id, intake_id, status, outcome) "
                        + "from audit_event where request_id = ?", asNobody));
    }

    @Test
    void shouldReplaceTheRequestIdWhenTheCallersOneIsNotSane() {
        Api clinician = TestUsers.clinician(new Api(base));
        Api.Reply reply = clinician.send(clinician.request("api/worklist").header("X-Request-Id", "x".repeat(65)).GET().build());

        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.header("X-Request-Id").matches("[0-9a-f-]{36}"), reply.header("X-Request-Id"));
        assertEquals(1, Db.count("select count(*) from audit_event where request_id = ? and action = 'worklist.read'",
                reply.header("X-Request-Id")));
    }

    @Test
    void shouldRefuseUpdateDeleteAndTruncateWhenTriedDirectlyInPostgres() throws SQLException {
        newIntake(uniqueClinicId());
        try (Connection c = Db.connect(); Statement st = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> st.executeUpdate("update audit_event set username = 'mallory' where id = (select max(id) from audit_event)"));
            SQLException delete = assertThrows(SQLException.class,
                    () -> st.executeUpdate("delete from audit_event where id = (select max(id) from audit_event)"));
            SQLException truncate = assertThrows(SQLException.class, () -> st.executeUpdate("truncate audit_event"));
            for (SQLException refused : List.of(update, delete, truncate)) {
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        assertEquals(0, Db.count("select count(*) from audit_event where username = 'mallory'"));
    }

    @Test
    void shouldBreakTheChainCheckWhenARowIsTamperedWith() throws Exception {
        String intakeId = newIntake(uniqueClinicId());
        assertEquals(200, TestUsers.clinician(new Api(base)).get("api/intakes/" + intakeId).status());
        long id = Db.count("select max(id) from audit_event where intake_id = ?::uuid and action = 'intake.read'", intakeId);
        String original = Db.text("select username from audit_event where id = ?", id);
        AuditChainCheck.Result before = check();
        assertTrue(before.ok(), before::toString);

        try {
            Db.rewriteAuditUsername(id, "mallory");
            AuditChainCheck.Result tampered = check();
            assertFalse(tampered.ok());
            assertTrue(tampered.broken().orElseThrow().startsWith("row " + id + ":"), tampered.toString());

            Process run = runCheckCommand();
            assertEquals(1, run.exitValue());
            assertTrue(new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("BROKEN: row " + id));
        } finally {
            Db.rewriteAuditUsername(id, original);
        }
        Process run = runCheckCommand();
        String printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.exitValue(), printed);
        assertTrue(printed.matches("(?s)audit chain OK: \\d+ events(, \\d+ checkpoints match)?\\s*"), printed);
    }

    @Test
    void shouldFindRowsByPatientUserAndDateWhenAnAdminSearches() {
        String clinicId = uniqueClinicId();
        String intakeId = newIntake(clinicId);
        assertEquals(200, TestUsers.clinician(new Api(base)).get("api/intakes/" + intakeId).status());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Api admin = TestUsers.admin(new Api(base));

        JsonNode byPatient = admin.get("api/audit?clinicId=" + clinicId).json();
        assertEquals(List.of("intake.read", "intake.create"),
                byPatient.get("items").findValuesAsText("action"), byPatient.toString());
        byPatient.get("items").forEach(row -> assertEquals(clinicId, row.get("clinicId").asText()));

        JsonNode byUser = admin.get("api/audit?user=clinician&from=" + today + "&to=" + today + "&limit=1").json();
        assertEquals(1, byUser.get("items").size());
        assertEquals("clinician", byUser.at("/items/0/username").asText());
        JsonNode nextPage = admin.get("api/audit?user=clinician&limit=1&after=" + byUser.get("next").asText()).json();
        assertTrue(nextPage.at("/items/0/id").asLong() < byUser.at("/items/0/id").asLong());

        assertEquals(0, admin.get("api/audit?clinicId=" + clinicId + "&to=2000-01-01").json().get("items").size());
        assertEquals(400, admin.get("api/audit?from=yesterday").status());
        assertEquals(403, TestUsers.clinician(new Api(base)).get("api/audit?clinicId=" + clinicId).status());
    }

    private static AuditChainCheck.Result check() throws SQLException {
        return clinic.stride.testsupport.AuditChecks.verify();
    }

    /** The check command as an operator runs it, in its own JVM, connecting through STRIDE_DB_*. */
    private static Process runCheckCommand() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AuditChainCheck.class.getName())
                .redirectErrorStream(true);
        builder.environment().put("STRIDE_DB_URL", System.getProperty("it.db.url"));
        builder.environment().put("STRIDE_DB_USER", System.getProperty("it.db.user"));
        builder.environment().put("STRIDE_DB_PASSWORD", System.getProperty("it.db.password", ""));
        builder.environment().put("STRIDE_AUDIT_KEYS", System.getProperty("it.audit.keys"));
        builder.environment().put("STRIDE_AUDIT_CHECKPOINT_FILE", System.getProperty("it.audit.checkpoints"));
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "check command did not finish");
        return process;
    }
}
