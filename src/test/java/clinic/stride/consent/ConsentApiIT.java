package clinic.stride.consent;

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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Consent through the REST API: stored with the intake in the submission's one transaction (device path api),
 * shown with the intake, refused field by field with nothing stored, and left out by old clients (stored, marked).
 */
class ConsentApiIT extends StrideIT {

    private static final String INTAKES_OF = "select count(*) from intake i join patient p on p.id = i.patient_id "
            + "where p.clinic_id = ?";
    private static final String CONSENTS_OF = "select count(*) from intake_consent c join intake i on i.id = c.intake_id "
            + "join patient p on p.id = i.patient_id where p.clinic_id = ?";

    static long noticeInForce() {
        return Db.count("select coalesce(max(version), 0) from clinic_settings");
    }

    static ObjectNode withConsent(String clinicId, String signedName, long noticeVersion, String language) {
        return complete(clinicId, b -> b.putObject("consent").put("signedName", signedName)
                .put("noticeVersion", noticeVersion).put("language", language));
    }

    private Api clinician() {
        return TestUsers.clinician(new Api(base));
    }

    @Test
    void shouldStoreTheIntakeAndItsConsentInOneTransactionWhenTheApiCarriesConsent() {
        String clinicId = uniqueClinicId();
        long notice = noticeInForce();
        Api.Reply created = clinician().postJson("api/intakes", json(withConsent(clinicId, "  Siobhán O’Brien-Nguyễn ", notice, "es")));
        assertEquals(201, created.status(), created::toString);
        String intakeId = created.json().get("id").asText();

        assertEquals("Siobhán O’Brien-Nguyễn|api|es|" + notice, Db.text("select concat_ws('|', signed_name, device_path, "
                + "language, notice_version) from intake_consent where intake_id = ?::uuid", intakeId));
        // Rows written by one transaction carry its id in xmin: the intake (updated by the assessment in the same
        // transaction) and its consent were committed together.
        assertEquals(Db.text("select xmin::text from intake where id = ?::uuid", intakeId),
                Db.text("select xmin::text from intake_consent where intake_id = ?::uuid", intakeId));

        JsonNode consent = clinician().get("api/intakes/" + intakeId).json().get("consent");
        assertEquals("given", consent.get("status").asText(), consent::toString);
        assertEquals("Siobhán O’Brien-Nguyễn", consent.get("signedName").asText());
        assertEquals(notice, consent.get("noticeVersion").asLong());
        assertEquals("es", consent.get("language").asText());
        assertEquals("api", consent.get("devicePath").asText());
        assertTrue(consent.hasNonNull("consentedAt"), consent::toString);
    }

    @Test
    void shouldRefuseEveryBadConsentFieldAndStoreNothingWhenTheConsentIsInvalid() {
        String clinicId = uniqueClinicId();
        Api.Reply refused = clinician().postJson("api/intakes", json(withConsent(clinicId, " \u00a0 ", noticeInForce() + 1, "es")));

        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals(Set.of("consent.signedName", "consent.noticeVersion"), fields(refused));
        assertEquals(0, Db.count("select count(*) from patient where clinic_id = ?", clinicId), "nothing stored");
    }

    @Test
    void shouldListConsentFieldsBesideAnswerFieldsWhenBothAreWrong() {
        String clinicId = uniqueClinicId();
        ObjectNode body = withConsent(clinicId, "李小龍", noticeInForce() + 5, "en");
        at(body, "patient").put("sex", "male");
        at(body, "factors").put("pregnant", true);
        Api.Reply refused = clinician().postJson("api/intakes", json(body));

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(Set.of("factors.pregnant", "consent.noticeVersion"), fields(refused));
        assertEquals(0, Db.count(INTAKES_OF, clinicId));
    }

    @Test
    void shouldNameTheConsentFieldsWhenTheyBreakTheirShape() {
        String clinicId = uniqueClinicId();
        ObjectNode body = complete(clinicId, b -> b.putObject("consent").put("noticeVersion", -1).putNull("language"));
        Api.Reply refused = clinician().postJson("api/intakes", json(body));

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(Set.of("consent.signedName", "consent.noticeVersion", "consent.language"), fields(refused));
        assertEquals(0, Db.count(CONSENTS_OF, clinicId));
    }

    @Test
    void shouldStoreTheDrawnSignatureWithTheConsentInTheSameTransactionWhenTheApiSendsOne() {
        String clinicId = uniqueClinicId();
        ObjectNode body = withConsent(clinicId, "Nguyễn Thị Ánh", noticeInForce(), "en");
        ((ObjectNode) body.get("consent")).put("drawnSignature", "M 10 20 L 40 60 L 90,35 M 120 40 L 160 80");
        Api.Reply created = clinician().postJson("api/intakes", json(body));

        assertEquals(201, created.status(), created::toString);
        String intakeId = created.json().get("id").asText();
        assertEquals("M10 20L40 60L90 35M120 40L160 80",
                Db.text("select path_data from intake_consent_signature where intake_id = ?::uuid", intakeId).replace(" L", "L").replace(" M", "M"));
        assertEquals(Db.text("select xmin::text from intake_consent where intake_id = ?::uuid", intakeId),
                Db.text("select xmin::text from intake_consent_signature where intake_id = ?::uuid", intakeId));
    }

    @Test
    void shouldRefuseADrawnSignatureThatIsNotPathDataAndStoreNothing() {
        String clinicId = uniqueClinicId();
        ObjectNode body = withConsent(clinicId, "Zoë Ødegård", noticeInForce(), "en");
        ((ObjectNode) body.get("consent")).put("drawnSignature", "<svg onload=\"alert(1)\"><path d=\"M0 0\"/></svg>");
        Api.Reply refused = clinician().postJson("api/intakes", json(body));

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(Set.of("consent.drawnSignature"), fields(refused));
        assertEquals(0, Db.count(INTAKES_OF, clinicId));
        assertEquals(0, Db.count("select count(*) from intake_consent_signature s join intake i on i.id = s.intake_id "
                + "join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));
    }

    @Test
    void shouldLeaveNoConsentRowWhenTheAnswersAreRefused() {
        String clinicId = uniqueClinicId();
        ObjectNode body = withConsent(clinicId, "Zoë Ødegård", noticeInForce(), "en");
        at(body, "patient").put("sex", "male");
        at(body, "factors").put("pregnant", true);
        Api.Reply refused = clinician().postJson("api/intakes", json(body));

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(Set.of("factors.pregnant"), fields(refused));
        assertEquals(0, Db.count(INTAKES_OF, clinicId));
        assertEquals(0, Db.count(CONSENTS_OF, clinicId));
    }

    @Test
    void shouldStoreAndMarkNoConsentRecordedWhenAnOldClientSendsNone() {
        String clinicId = uniqueClinicId();
        Api.Reply created = clinician().postJson("api/intakes", json(complete(clinicId)));
        assertEquals(201, created.status(), created::toString);
        String intakeId = created.json().get("id").asText();

        JsonNode consent = clinician().get("api/intakes/" + intakeId).json().get("consent");
        assertEquals("none-recorded", consent.get("status").asText(), consent::toString);
        assertFalse(consent.has("signedName") || consent.has("consentedAt"), consent::toString);
        assertEquals(0, Db.count(CONSENTS_OF, clinicId));
    }

    @Test
    void shouldKeepOneConsentWhenTheSameSubmissionIsReplayed() {
        String clinicId = uniqueClinicId();
        String body = json(withConsent(clinicId, "Mārtiņš Ōta", noticeInForce(), "en"));
        Map<String, String> key = Map.of("Idempotency-Key", "consent-" + clinicId);
        Api.Reply first = clinician().postJson("api/intakes", body, key);
        Api.Reply again = clinician().postJson("api/intakes", body, key);

        assertEquals(201, first.status(), first::toString);
        assertEquals("true", again.header("Idempotent-Replayed"), again::toString);
        assertEquals(first.json().get("id").asText(), again.json().get("id").asText());
        assertEquals(1, Db.count(CONSENTS_OF, clinicId));
    }

    private static Set<String> fields(Api.Reply reply) {
        Set<String> fields = new TreeSet<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
