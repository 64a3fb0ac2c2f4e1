package clinic.stride.duplicates;

import static clinic.stride.duplicates.Registrations.intake;
import static clinic.stride.duplicates.Registrations.uniqueBirthDate;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The front desk's duplicates page: reached from the worklist's "Possible duplicate", the candidates with name,
 * birth date, clinic number and intakes, "Same person" and "Different person" as plain forms (no JavaScript
 * needed), English and Spanish, axe-core clean, every read and decision audited.
 */
class DuplicatesPageIT extends StrideIT {

    /** Two registrations of one person, each with an intake for today; returns {earlier, later}. */
    private String[] twoRegistrationsWithIntakesToday(String given, String family, String laterGiven, String laterFamily) {
        LocalDate born = uniqueBirthDate();
        String earlier = uniqueClinicId();
        String later = uniqueClinicId();
        Api desk = TestUsers.frontDesk(new Api(base));
        for (String[] p : new String[][] {{earlier, given, family}, {later, laterGiven, laterFamily}}) {
            ObjectNode body = intake(p[0], p[1], p[2], born);
            body.put("visitDate", LocalDate.now().toString());
            Api.Reply sent = desk.postJson("api/intakes", json(body));
            assertEquals(201, sent.status(), sent::toString);
        }
        return new String[] {earlier, later};
    }

    @Test
    void shouldShowCandidatesFromTheWorklistAndRecordDifferentPersonWhenTheDeskChooses() {
        String[] ids = twoRegistrationsWithIntakesToday("María", "Núñez", "Maria", "Nunez");
        try (Browser browser = new Browser(base)) {
            browser.signInOverHttp(DemoUsers.FRONT_DESK.username(), DemoUsers.FRONT_DESK.password());
            browser.open("/front-desk/worklist");
            String link = "a.possible-duplicate[href$='clinicId=" + ids[1] + "']";
            assertTrue(browser.present(link), "the worklist marks the later registration");
            browser.clickAndWait(browser.find(link));
            assertEquals("Possible duplicate patients", browser.h1());
            assertTrue(browser.text("#dup-patient").contains(ids[1]));
            String row = browser.text("#dup-candidates tr[data-clinic-id='" + ids[0] + "']");
            assertTrue(row.contains("María Núñez") && row.contains("similar name"), row);
            assertEquals("1", browser.text("#dup-candidates tr[data-clinic-id='" + ids[0] + "'] td:nth-of-type(3)"), "intakes");
            browser.check("front-desk-duplicates");

            browser.clickAndWait(browser.find("#dup-candidates tr[data-clinic-id='" + ids[0] + "'] button[value='different_person']"));
            assertTrue(browser.text("#dup-result").contains("different people"), browser.text("main"));
            assertFalse(browser.present("#dup-candidates tr[data-clinic-id='" + ids[0] + "']"), "not raised again");
            browser.check("front-desk-duplicates-decided");
        }
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'page.duplicates.read' and clinic_id = ? "
                + "and ? = any(disclosed)", ids[1], ids[0]));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'page.duplicates.different-person' "
                + "and clinic_id = ? and ? = any(disclosed) and status = 303", ids[1], ids[0]));
    }

    @Test
    void shouldLeadFromTheClinicianPatientPageAndShowTheDuplicatesPageInSpanish() {
        String[] ids = twoRegistrationsWithIntakesToday("Lucía", "Gómez Peña", "Lucia", "Gomez Pena");
        String intake = TestUsers.clinician(new Api(base)).get("api/patients/" + ids[1] + "/intakes").json().at("/intakes/0/id").asText();
        try (Browser browser = new Browser(base)) {
            browser.signInOverHttp(DemoUsers.CLINICIAN.username(), DemoUsers.CLINICIAN.password());
            browser.open("/dashboard/patient?intake=" + intake + "&lang=es");
            assertTrue(browser.present("#possible-duplicate a[href$='clinicId=" + ids[1] + "']"), "the patient page links to the check");
            browser.check("clinician-patient-possible-duplicate-es");
            browser.clickAndWait(browser.find("#possible-duplicate a"));
            assertEquals("Posibles pacientes duplicados", browser.h1());
            assertTrue(browser.text("#dup-candidates").contains("Misma persona"));
            browser.check("front-desk-duplicates-es");
            browser.open("/front-desk/duplicates?clinicId=NO-SUCH-" + ids[0]);
            assertTrue(browser.present("#clinicId-error"));
            browser.check("front-desk-duplicates-not-found-es");
        }
    }

    @Test
    void shouldLinkTheSamePersonWithAPlainFormPostWhenNoJavaScriptRuns() {
        String[] ids = twoRegistrationsWithIntakesToday("Zoë", "Müller", "Zoe", "Muller");
        FormClient desk = new FormClient(base).signIn(DemoUsers.FRONT_DESK.username(), DemoUsers.FRONT_DESK.password());
        String page = desk.get("front-desk/duplicates?clinicId=" + ids[1]).body();
        assertTrue(page.contains("value=\"same_person\""), "a plain submit button");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", desk.csrfToken());
        form.put("clinicId", ids[1]);
        form.put("other", ids[0]);
        form.put("decision", "same_person");
        Api.Reply decided = desk.postForm("front-desk/duplicates/decide", form);
        assertEquals(303, decided.status(), decided::toString);
        assertTrue(decided.header("Location").endsWith("clinicId=" + ids[0] + "&result=same_person"), decided.header("Location"));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'page.duplicates.same-person' "
                + "and clinic_id = ? and ? = any(disclosed) and status = 303", ids[1], ids[0]));
        assertEquals(2, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", ids[0]));
        String after = desk.get("front-desk/worklist").body();
        assertFalse(after.contains("clinicId=" + ids[1]), "no longer marked on the worklist");
        long markedRows = java.util.Arrays.stream(after.split("<tr ")).filter(r -> r.contains(">" + ids[0] + "<"))
                .filter(r -> r.contains("second-intake")).count();
        assertEquals(2, markedRows, "both intakes are the one patient's now, each marked as one of two today");
    }
}
