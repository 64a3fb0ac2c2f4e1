package clinic.stride.intakelink;

import clinic.stride.patientlink.LinkToken;
import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Single-use intake links: made by the front desk, opened and submitted anonymously, once, within 24 hours. */
class IntakeLinkIT extends StrideIT {

    private Api anonymous() {
        return new Api(base);
    }

    /** A newly registered patient (registered by the front desk, as at the reception). */
    private String registeredPatient() {
        String clinicId = uniqueClinicId();
        Api.Reply registered = TestUsers.frontDesk(anonymous()).postJson("api/patients", json(complete(clinicId).get("patient")));
        assertEquals(201, registered.status(), registered::toString);
        return clinicId;
    }

    private String newLink(String clinicId) {
        Api.Reply created = TestUsers.frontDesk(anonymous()).postJson("api/patients/" + clinicId + "/intake-links", "{\"language\": \"es\"}");
        assertEquals(201, created.status(), created::toString);
        String url = created.json().get("url").asText();
        assertTrue(url.contains("/intake-links/"), url);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static String answersOnly(String clinicId) {
        ObjectNode intake = complete(clinicId);
        intake.remove("patient");
        return json(intake);
    }

    @Test
    void shouldTakeOneIntakeAndThenShowNothingWhenALinkIsUsedAgain() {
        String clinicId = registeredPatient();
        String token = newLink(clinicId);

        JsonNode form = anonymous().get("api/intake-links/" + token).json();
        Set<String> fields = new TreeSet<>();
        form.fieldNames().forEachRemaining(fields::add);
        assertEquals(Set.of("expiresAt", "givenName", "language"), fields, form.toString());
        assertEquals("Maria", form.get("givenName").asText());
        assertEquals("es", form.get("language").asText());

        Api.Reply submitted = anonymous().postJson("api/intake-links/" + token + "/intake", answersOnly(clinicId));
        assertEquals(201, submitted.status(), submitted::toString);
        assertEquals(1, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id "
                + "where p.clinic_id = ? and i.source = 'link'", clinicId));
        assertEquals("intake-link", Db.text("select v.created_by from intake_version v join intake i on i.id = v.intake_id "
                + "join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));
        assertEquals(1, Db.count("select count(*) from intake_link l join patient p on p.id = l.patient_id "
                + "where p.clinic_id = ? and l.used_at is not null and l.intake_id is not null", clinicId));

        Api.Reply reopened = anonymous().get("api/intake-links/" + token);
        Api.Reply resubmitted = anonymous().postJson("api/intake-links/" + token + "/intake", answersOnly(clinicId));
        assertEquals(410, reopened.status(), reopened::toString);
        assertEquals(410, resubmitted.status(), resubmitted::toString);
        assertFalse(reopened.body().contains("Maria"), reopened.body());
        assertEquals(1, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));
    }

    @Test
    void shouldStoreOnlyTheTokensHashWhenALinkIsCreated() {
        String clinicId = registeredPatient();
        String token = newLink(clinicId);

        assertEquals(43, token.length(), "256 bits in base64url");
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertEquals(1, Db.count("select count(*) from intake_link where token_hash = ?", LinkToken.hash(token)));
        assertEquals(0, Db.count("select count(*) from intake_link l where l::text like ?", "%" + token + "%"));
        assertEquals(24 * 3600, Db.count("select extract(epoch from expires_at - created_at)::bigint from intake_link "
                + "where token_hash = ?", LinkToken.hash(token)));
    }

    @Test
    void shouldRefuseTheLinkWhenItHasExpired() throws Exception {
        String clinicId = registeredPatient();
        String token = LinkToken.generate();
        try (Connection c = Db.connect(); PreparedStatement ps = c.prepareStatement("insert into intake_link "
                + "(token_hash, patient_id, language, created_at, created_by, expires_at) "
                + "select ?, id, 'en', now() - interval '25 hours', 'frontdesk', now() - interval '1 hour' "
                + "from patient where clinic_id = ?")) {
            ps.setString(1, LinkToken.hash(token));
            ps.setString(2, clinicId);
            assertEquals(1, ps.executeUpdate());
        }

        Api.Reply opened = anonymous().get("api/intake-links/" + token);
        Api.Reply submitted = anonymous().postJson("api/intake-links/" + token + "/intake", answersOnly(clinicId));

        assertEquals(410, opened.status(), opened::toString);
        assertEquals(410, submitted.status(), submitted::toString);
        assertFalse(opened.body().contains("Maria"), opened.body());
        assertEquals(0, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));
    }

    @Test
    void shouldAnswerNotFoundWhenTheTokenIsUnknown() {
        assertEquals(404, anonymous().get("api/intake-links/" + LinkToken.generate()).status());
        assertEquals(404, anonymous().get("api/intake-links/not-a-token").status());
        assertEquals(404, anonymous().postJson("api/intake-links/" + LinkToken.generate() + "/intake",
                answersOnly(uniqueClinicId())).status());
    }

    @Test
    void shouldRefuseAnotherPatientsDetailsAndKeepTheLinkOpenWhenTheyDoNotMatch() {
        String clinicId = registeredPatient();
        String other = registeredPatient();
        String token = newLink(clinicId);

        Api.Reply otherPatient = anonymous().postJson("api/intake-links/" + token + "/intake", json(complete(other)));
        Api.Reply wrongBirthDate = anonymous().postJson("api/intake-links/" + token + "/intake",
                json(complete(clinicId, b -> at(b, "patient").put("birthDate", "1970-01-01"))));

        assertEquals(422, otherPatient.status(), otherPatient::toString);
        assertEquals(422, wrongBirthDate.status(), wrongBirthDate::toString);
        assertEquals(otherPatient.json().get("errors"), wrongBirthDate.json().get("errors"), "one answer for any mismatch");
        assertEquals(0, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id where p.clinic_id in (?, ?)",
                clinicId, other));
        Api.Reply matching = anonymous().postJson("api/intake-links/" + token + "/intake", json(complete(clinicId)));
        assertEquals(201, matching.status(), matching::toString);
    }

    @Test
    void shouldTakeOnlyOneIntakeWhenTwoSubmitsRace() throws Exception {
        String clinicId = registeredPatient();
        String token = newLink(clinicId);
        Callable<Integer> submit = () -> anonymous().postJson("api/intake-links/" + token + "/intake", answersOnly(clinicId)).status();

        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> both = pool.invokeAll(List.of(submit, submit));
            for (Future<Integer> one : both) {
                statuses.add(one.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(List.of(201, 410), statuses.stream().sorted().toList());
        assertEquals(1, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));
    }

    @Test
    void shouldRefuseALinkForAPatientWhoIsNotRegistered() {
        Api.Reply reply = TestUsers.frontDesk(anonymous()).postJson("api/patients/" + uniqueClinicId() + "/intake-links", "{}");
        assertEquals(404, reply.status(), reply::toString);
    }
}
