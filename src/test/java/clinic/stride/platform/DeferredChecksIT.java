package clinic.stride.platform;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL checks a deferred constraint at the COMMIT, and a refusal there loses its SQLSTATE inside Payara's
 * local-transaction commit: the caller would be told the database is not reachable (503) about data of its own, not
 * that the data was refused (422; docs/security.md, "Refused commits"). Every other check runs at its statement, where
 * the SQLSTATE reaches {@link ProblemMappers}. So the schema defers one check only, the idempotency key's reference to
 * its intake (V8), which no caller's data can fail: the submission that claims a key stores that very intake in the
 * same transaction ({@code SubmitIntake.submit}). This test pins that list; a migration that defers anything else
 * needs the refusal caught before the commit first.
 */
class DeferredChecksIT extends StrideIT {

    @Test
    void shouldDeferOnlyTheIdempotencyKeysReferenceToTheIntakeItsSubmissionStores() {
        assertEquals("idempotency_key.idempotency_key_intake_id_fkey", Db.text("select coalesce(string_agg("
                + "c.conrelid::regclass || '.' || c.conname, ', ' order by c.conname), '(none)') from pg_constraint c "
                + "where c.connamespace = current_schema()::regnamespace and c.condeferrable"));
        assertEquals(0, Db.count("select count(*) from pg_trigger t join pg_class r on r.oid = t.tgrelid "
                + "where r.relnamespace = current_schema()::regnamespace and t.tgdeferrable and not t.tgisinternal"),
                "no deferred trigger either");

        String key = UUID.randomUUID().toString();
        Api.Reply reply = TestUsers.frontDesk(new Api(base)).postJson("api/intakes", json(complete(uniqueClinicId())),
                Map.of("Idempotency-Key", key));

        assertEquals(201, reply.status(), reply::toString);
        assertEquals(reply.json().get("id").asText(), Db.text("select i.id::text from idempotency_key k "
                + "join intake i on i.id = k.intake_id where k.key = ?", key), "the key names the intake stored with it");
    }
}
