package clinic.stride.audit;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pages record their accesses like the API: one audit row per page request, refusals included. */
class PageAuditIT extends StrideIT {

    private static final String ROW = "select concat_ws('|', username, role, action, clinic_id, intake_id, status, outcome) "
            + "from audit_event where request_id = ?";

    private String newIntake(String clinicId) {
        Api.Reply created = TestUsers.clinician(new Api(base)).postJson("api/intakes", json(complete(clinicId)));
        assertEquals(201, created.status(), created::toString);
        return created.json().get("id").asText();
    }

    private FormClient signedIn(DemoUsers.DemoUser user) {
        return new FormClient(base).signIn(user.username(), user.password());
    }

    private static String newRequestId() {
        return "it-" + UUID.randomUUID();
    }

    @Test
    void shouldWriteExactlyOneAuditRowWhenAClinicianOpensThePatientPage() {
        String clinicId = uniqueClinicId();
        String intakeId = newIntake(clinicId);
        String requestId = newRequestId();

        Api.Reply page = signedIn(DemoUsers.CLINICIAN).get("dashboard/patient?intake=" + intakeId, Map.of("X-Request-Id", requestId));

        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("Ortega"), "the page shows the patient");
        assertEquals(1, Db.count("select count(*) from audit_event where request_id = ?", requestId));
        assertEquals("clinician|clinician|page.patient.read|" + clinicId + "|" + intakeId + "|200|ok", Db.text(ROW, requestId));
    }

    @Test
    void shouldRecordTheRefusalWhenTheFrontDeskOpensAClinicalPage() {
        String clinicId = uniqueClinicId();
        String intakeId = newIntake(clinicId);
        String requestId = newRequestId();

        Api.Reply page = signedIn(DemoUsers.FRONT_DESK).get("dashboard/patient?intake=" + intakeId, Map.of("X-Request-Id", requestId));

        assertEquals(403, page.status(), page::toString);
        assertFalse(page.body().contains("Ortega"), "nothing about the patient in the refusal");
        assertEquals(1, Db.count("select count(*) from audit_event where request_id = ?", requestId));
        assertEquals("frontdesk|front-desk|page.patient.read|" + clinicId + "|" + intakeId + "|403|denied", Db.text(ROW, requestId));
    }

    @Test
    void shouldRecordTheAttemptWhenNoOneIsSignedInAndTheBrowserIsSentToSignIn() {
        String clinicId = uniqueClinicId();
        String intakeId = newIntake(clinicId);
        String requestId = newRequestId();

        Api.Reply page = new FormClient(base).get("dashboard/patient?intake=" + intakeId, Map.of("X-Request-Id", requestId));

        assertEquals(302, page.status(), page::toString);
        assertTrue(page.header("Location").contains("/login?next="), page.header("Location"));
        assertEquals(1, Db.count("select count(*) from audit_event where request_id = ?", requestId));
        assertEquals("page.patient.read|" + clinicId + "|" + intakeId + "|401|unauthenticated", Db.text(ROW, requestId));
    }

    @Test
    void shouldRecordOneRowForAWorklistSearchAndNameThePatientOnlyByClinicNumber() {
        String clinicId = uniqueClinicId();
        newIntake(clinicId);
        FormClient clinician = signedIn(DemoUsers.CLINICIAN);
        String byNumber = newRequestId();
        String byName = newRequestId();

        Api.Reply numberSearch = post(clinician, "dashboard", byNumber, Map.of("filtered", "1", "name", clinicId, "from", ""));
        Api.Reply nameSearch = post(clinician, "dashboard", byName, Map.of("filtered", "1", "name", "Ortega", "from", ""));

        assertEquals(200, numberSearch.status(), numberSearch::toString);
        assertTrue(numberSearch.body().contains(clinicId));
        assertEquals(200, nameSearch.status(), nameSearch::toString);
        assertEquals("clinician|clinician|page.worklist.read|" + clinicId + "|200|ok", Db.text(ROW, byNumber));
        assertEquals("clinician|clinician|page.worklist.read|200|ok", Db.text(ROW, byName), "a typed name is never recorded");
    }

    @Test
    void shouldRecordTheAdminsAuditSearchAndShowNoClinicalContent() {
        String clinicId = uniqueClinicId();
        String intakeId = newIntake(clinicId);
        assertEquals(200, TestUsers.clinician(new Api(base)).get("api/intakes/" + intakeId).status());
        String requestId = newRequestId();

        Api.Reply page = post(signedIn(DemoUsers.ADMIN), "admin/audit", requestId, Map.of("clinicId", clinicId));

        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("intake.read") && page.body().contains("intake.create"), page.body());
        assertFalse(page.body().contains("Ortega") || page.body().contains("Maria"), "no patient names on the admin page");
        assertEquals("admin|admin|page.audit.search|" + clinicId + "|200|ok", Db.text(ROW, requestId));
        assertEquals(403, signedIn(DemoUsers.CLINICIAN).get("admin/audit").status(), "admins only");
    }

    private static Api.Reply post(FormClient browser, String path, String requestId, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", browser.csrfToken());
        return browser.postForm(path, form, Map.of("X-Request-Id", requestId));
    }
}
