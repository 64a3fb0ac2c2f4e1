package clinic.stride.intakelink;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.PatientFills;
import clinic.stride.patientlink.LinkToken;
import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The intake link's pages in a real headless Chromium: a patient at home, not signed in, fills the clinic's
 * intake form through the link, once; and the front desk's page that makes the link.
 */
class IntakeLinkPageIT extends StrideIT {

    /** A patient registered at the reception (Maria Ortega in the sample intake). */
    private String registeredPatient() {
        String clinicId = uniqueClinicId();
        Api.Reply registered = TestUsers.frontDesk(new Api(base)).postJson("api/patients", json(complete(clinicId).get("patient")));
        assertEquals(201, registered.status(), registered::toString);
        return clinicId;
    }

    private String newLink(String clinicId, String language) {
        Api.Reply created = TestUsers.frontDesk(new Api(base)).postJson("api/patients/" + clinicId + "/intake-links",
                "{\"language\": \"" + language + "\"}");
        assertEquals(201, created.status(), created::toString);
        String url = created.json().get("url").asText();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void shouldStoreIntakeForLinkPatientAndThenShowNoLongerValidWhenPatientFillsEveryStepAnonymously() {
        String clinicId = registeredPatient();
        String token = newLink(clinicId, "en");
        try (Browser browser = new Browser(base)) {
            browser.open("/intake-links/" + token);
            assertEquals("Before your visit", browser.h1());
            assertTrue(browser.text(".lead").startsWith("Hello Maria."), "greeted by first name only");
            assertFalse(browser.driver().getPageSource().contains("Ortega"), "no other detail of the patient");
            assertFalse(browser.driver().getPageSource().contains(clinicId));
            browser.check("intake-link-start");
            browser.press("start");

            assertEquals("Where does it hurt?", browser.h1(), "the form starts at the pain: the link says who the patient is");
            assertFalse(browser.url().contains(token), "the token leaves the address once the form starts");
            assertEquals("Step 1 of 8", browser.text(".progress-text"));
            assertFalse(browser.present("input#back"), "nothing before the first page");
            assertFalse(browser.present("input#later"), "the link itself brings the draft back");
            browser.check("intake-link-where");
            PatientFills patient = new PatientFills(browser, false);
            patient.where().when().activity().body().history();
            browser.check("intake-link-function");
            patient.skipsLefs();
            browser.check("intake-link-warning");
            patient.warningSigns(true);
            assertEquals("Check your answers", browser.h1());
            assertFalse(browser.text("main").contains("Ortega"));
            browser.check("intake-link-review");
            patient.submit();

            assertEquals("Get medical help now", browser.h1());
            assertTrue(browser.text("#emergency").contains("cannot control your bladder or bowels"));
            assertTrue(browser.text("#emergency").contains("Call your local emergency number now"),
                    "at home: call for help, not the front desk");
            browser.check("intake-link-thanks-emergency");

            browser.open("/intake-links/" + token);
            assertEquals("This link is no longer valid", browser.h1());
            assertFalse(browser.driver().getPageSource().contains("Maria"), "no patient data once the link is used");
            browser.check("intake-link-gone");

            // The server's answer for a page of the form, fetched with this browser's cookies rather than drawn.
            Browser.Fetched step = browser.fetch("/intake-link/step?step=review");
            assertTrue(new String(step.body(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains("<h1 id=\"link-gone\">This link is no longer valid</h1>"), "the form's pages are gone with the link");
        }
        assertEquals(1, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id "
                + "where p.clinic_id = ? and i.source = 'link'", clinicId));
        String answers = Db.text("select v.answers::text from intake_version v join intake i on i.id = v.intake_id "
                + "join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId);
        assertTrue(answers.contains("\"intensity\": 6"), answers);
        assertTrue(answers.contains("\"bladderBowelLoss\": true"), answers);
        assertTrue(answers.contains("\"other\": \"sprained ankle 2019\""), answers);
        assertEquals(1, Db.count("select count(*) from intake_link where token_hash = ? and used_at is not null",
                LinkToken.hash(token)));
        assertEquals(0, Db.count("select count(*) from intake_draft where answers::text like ?",
                "%" + LinkToken.hash(token) + "%"), "the link's draft is deleted once sent");

        Api.Reply reopened = new FormClient(base).get("intake-links/" + token);
        assertEquals(410, reopened.status());
        assertEquals("no-referrer", reopened.header("Referrer-Policy"));
        Api.Reply unknown = new FormClient(base).get("intake-links/" + LinkToken.generate());
        assertEquals(410, unknown.status(), "an unknown link looks exactly like a used one");
        assertEquals(reopened.body().replaceAll("value=\"[^\"]*\"", ""), unknown.body().replaceAll("value=\"[^\"]*\"", ""));
    }

    @Test
    void shouldOpenBlankFormInLinksLanguageWhenPatientSentAnswersBefore() {
        String clinicId = registeredPatient();
        // An earlier intake of the same patient: nothing of it may show on a new link's form.
        Api.Reply earlier = TestUsers.frontDesk(new Api(base)).postJson("api/intakes", json(complete(clinicId)));
        assertEquals(201, earlier.status(), earlier::toString);
        String token = newLink(clinicId, "es");
        try (Browser browser = new Browser(base)) {
            browser.open("/intake-links/" + token);
            assertEquals("Antes de su consulta", browser.h1());
            assertEquals("es", browser.find("html").getAttribute("lang"));
            browser.check("intake-link-start-es");
            browser.press("start");
            assertEquals("¿Dónde le duele?", browser.h1());
            assertTrue(browser.all("input[type=checkbox]:checked, input[type=radio]:checked").isEmpty(),
                    "a blank form, not the patient's previous answers");
            browser.press("next");
            assertTrue(browser.present("#pain-regions-error"), "the clinic form's checks, in Spanish: "
                    + browser.text("#error-summary"));
            browser.check("intake-link-where-errors-es");
        }
        assertEquals(1, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));
    }

    @Test
    void shouldGiveFrontDeskALinkToSendWhenClinicNumberIsRegistered() {
        String clinicId = registeredPatient();
        String url;
        try (Browser browser = new Browser(base)) {
            browser.signInOverHttp(DemoUsers.FRONT_DESK.username(), DemoUsers.FRONT_DESK.password());
            browser.open("/front-desk/intake-link");
            assertEquals("Send an intake link", browser.h1());
            browser.check("front-desk-intake-link");

            browser.type("clinicId", "NO-SUCH-" + clinicId);
            browser.press("create");
            assertTrue(browser.text("#clinicId-error").contains("No patient has this clinic number"));
            assertEquals("NO-SUCH-" + clinicId, browser.find("#clinicId").getAttribute("value"));
            browser.check("front-desk-intake-link-errors");

            browser.type("clinicId", clinicId);
            browser.choose("language-es");
            browser.press("create");
            url = browser.find("#link-url").getAttribute("value");
            assertTrue(url.startsWith(base.toString().replaceAll("/$", "") + "/intake-links/"), url);
            assertTrue(browser.text("#created h2").contains("Maria Ortega"));
            browser.check("front-desk-intake-link-created");
        }
        // What the link serves to anyone who has it: a page with no session behind it, read over HTTP.
        Api.Reply opened = new FormClient(base).visit(url);
        assertEquals(200, opened.status(), opened::toString);
        assertTrue(opened.body().contains("<h1>Antes de su consulta</h1>"), "the link opens without sign-in, in the chosen language: "
                + opened.body());
        assertEquals(1, Db.count("select count(*) from intake_link l join patient p on p.id = l.patient_id "
                + "where p.clinic_id = ? and l.language = 'es' and l.created_by = 'frontdesk'", clinicId));
    }

    @Test
    void shouldListTodaysIntakesWithoutClinicalDetailOnFrontDeskWorklist() {
        String clinicId = uniqueClinicId();
        Api.Reply sent = TestUsers.frontDesk(new Api(base)).postJson("api/intakes", json(complete(clinicId,
                b -> b.put("visitDate", java.time.LocalDate.now().toString()))));
        assertEquals(201, sent.status(), sent::toString);
        String id = sent.json().get("id").asText();
        try (Browser browser = new Browser(base)) {
            browser.signInOverHttp(DemoUsers.FRONT_DESK.username(), DemoUsers.FRONT_DESK.password());
            browser.open("/front-desk/worklist");
            assertEquals("Today's intakes", browser.h1());
            String row = browser.text("tr[data-intake='" + id + "']");
            assertTrue(row.contains(clinicId), row);
            assertFalse(browser.text("main").contains("/10"), "no pain scores");
            browser.check("front-desk-worklist");
        }
    }
}
