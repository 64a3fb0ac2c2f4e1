package clinic.stride.platform;

import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.RunsAlone;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A commit that PostgreSQL refuses because of the data (a deferred constraint, checked only at commit, as V8 made the
 * idempotency key's reference) is the caller's problem, 422, not an outage (503 "database not reachable"). The test
 * adds a deferred constraint trigger of its own to {@code patient} that refuses one marked family name at commit with
 * SQLSTATE 23514 (check violation), registers a patient with it through the API, and takes the trigger away again.
 *
 * <p>Open defect, measured 2026-12-04 on Payara Micro 7.2025.1: the answer is 503. Payara's
 * {@code ConnectorXAResource.handleResourceException} turns the driver's {@code LocalTransactionException} (cause:
 * the PSQLException with SQLSTATE 23514) into {@code new XAException(e.toString())} with error code XAER_RMERR and no
 * cause, so {@code ProblemMappers.TransactionFailed} never sees a SQLSTATE (docs/security.md, "Refused commits").
 */
@RunsAlone("adds a failing trigger to the patient table every other test writes to")
class RefusedCommitIT extends StrideIT {

    @Test
    void shouldAnswer422AndSaveNothingWhenTheDatabaseRefusesTheDataAtCommit() throws SQLException {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String marker = "Refused-at-commit-" + suffix;
        String function = "it_refuse_at_commit_" + suffix;
        String clinicId = uniqueClinicId();
        try (Connection owner = Db.connect(); Statement sql = owner.createStatement()) {
            sql.execute("create function " + function + "() returns trigger language plpgsql as $$ begin "
                    + "if new.family_name = '" + marker + "' then "
                    + "raise exception 'refused at commit by the test' using errcode = '23514'; end if; "
                    + "return null; end $$");
            sql.execute("create constraint trigger " + function + " after insert on patient "
                    + "deferrable initially deferred for each row execute function " + function + "()");
            try {
                Api.Reply reply = TestUsers.frontDesk(new Api(base)).postJson("api/patients", """
                        {"clinicId": "%s", "givenName": "Zoë", "familyName": "%s", "birthDate": "1958-11-02",
                         "sex": "female"}""".formatted(clinicId, marker));

                assertEquals(422, reply.status(), reply::toString);
                assertTrue(reply.contentType().startsWith(Problem.MEDIA_TYPE), reply.contentType());
                assertEquals("https://stride.clinic/problems/data-refused", reply.json().path("type").asText(), reply.body());
                assertTrue(!reply.body().contains("not reachable") && !reply.body().contains(marker), reply.body());
                assertEquals(0, Db.count("select count(*) from patient where clinic_id = ?", clinicId), "nothing saved");
            } finally {
                sql.execute("drop trigger " + function + " on patient");
                sql.execute("drop function " + function + "()");
            }
        }
    }
}
