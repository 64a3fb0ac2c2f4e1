package clinic.stride.platform;

import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.RunsAlone;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Data PostgreSQL itself refuses (SQLSTATE class 23, here from a trigger the test adds to {@code patient} for one
 * marked family name) is the caller's problem, 422 {@code data-refused}, never "database not reachable", and nothing of
 * the request is kept: no patient, no intake, no idempotency key. The refusal comes at its statement, as every check of
 * Stride's schema does ({@link DeferredChecksIT}); the trigger is taken away again after each test.
 */
@RunsAlone("adds a refusing trigger to the patient table every other test writes to")
class RefusedDataIT extends StrideIT {

    /** Sends {@code call} the refused family name while the trigger is on. */
    private Api.Reply withRefusingTrigger(Function<String, Api.Reply> call) throws SQLException {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String marker = "Refused-" + suffix;
        String function = "it_refuse_" + suffix;
        try (Connection owner = Db.connect(); Statement sql = owner.createStatement()) {
            sql.execute("create function " + function + "() returns trigger language plpgsql as $$ begin "
                    + "if new.family_name = '" + marker + "' then "
                    + "raise exception 'refused by the test' using errcode = '23514'; end if; "
                    + "return new; end $$");
            sql.execute("create trigger " + function + " before insert on patient for each row execute function "
                    + function + "()");
            try {
                Api.Reply reply = call.apply(marker);
                assertFalse(reply.body().contains(marker), "the refused value is not echoed: " + reply.body());
                return reply;
            } finally {
                sql.execute("drop trigger " + function + " on patient");
                sql.execute("drop function " + function + "()");
            }
        }
    }

    private static void assertDataRefused(Api.Reply reply) {
        assertEquals(422, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith(Problem.MEDIA_TYPE), reply.contentType());
        assertEquals("https://stride.clinic/problems/data-refused", reply.json().path("type").asText(), reply.body());
        assertFalse(reply.body().contains("not reachable"), reply.body());
    }

    @Test
    void shouldAnswer422AndSaveNothingWhenTheDatabaseRefusesAPatientRegistration() throws SQLException {
        String clinicId = uniqueClinicId();

        Api.Reply reply = withRefusingTrigger(familyName -> TestUsers.frontDesk(new Api(base)).postJson("api/patients", """
                {"clinicId": "%s", "givenName": "Zoë", "familyName": "%s", "birthDate": "1958-11-02",
                 "sex": "female"}""".formatted(clinicId, familyName)));

        assertDataRefused(reply);
        assertEquals(0, Db.count("select count(*) from patient where clinic_id = ?", clinicId), "nothing saved");
    }

    @Test
    void shouldAnswer422AndKeepNoPartOfAnIntakeWhenTheDatabaseRefusesItsPatient() throws SQLException {
        String clinicId = uniqueClinicId();
        String key = UUID.randomUUID().toString();

        Api.Reply reply = withRefusingTrigger(familyName -> TestUsers.frontDesk(new Api(base)).postJson("api/intakes",
                json(complete(clinicId, b -> at(b, "patient").put("familyName", familyName))),
                Map.of("Idempotency-Key", key)));

        assertDataRefused(reply);
        assertEquals(0, Db.count("select count(*) from patient where clinic_id = ?", clinicId), "no patient");
        assertEquals(0, Db.count("select count(*) from idempotency_key where key = ?", key), "no key: a retry starts afresh");
        Api.Reply retried = TestUsers.frontDesk(new Api(base)).postJson("api/intakes", json(complete(clinicId)),
                Map.of("Idempotency-Key", key));
        assertEquals(201, retried.status(), "the same key with the data corrected: " + retried);
        assertEquals(1, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id "
                + "where p.clinic_id = ?", clinicId));
    }
}
