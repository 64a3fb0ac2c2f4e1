package clinic.stride.homeprogramme;

import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.patientlink.LinkToken;
import clinic.stride.reports.PdfReading;
import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The home programme end to end in headless Chromium: the clinician plans exercises and makes a link, the patient
 * opens it on a phone-sized screen and logs three sessions (dated back over past days through the database, not
 * waited for), the clinician sees adherence and pain charts and the worklist's filters, and the link answers 410
 * once revoked or past its last day.
 */
class HomeProgrammeIT extends StrideIT {

    private String intake(String clinicId) {
        ObjectNode body = complete(clinicId, b -> {
            b.put("visitDate", LocalDate.now().toString());
            at(b, "redFlags").put("notImprovingWithRest", false);
        });
        Api.Reply reply = TestUsers.clinician(new Api(base)).postJson("api/intakes", json(body));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().get("id").asText();
    }

    /** Saves the handout plan with every suggested exercise at 6 times a week, then makes a link; returns its address. */
    private static String planAndIssue(Browser clinician, String intakeId) {
        clinician.open("/dashboard/handout?intake=" + intakeId);
        for (var week : clinician.all("input[id$='-week']")) {
            week.clear();
            week.sendKeys("6");
        }
        clinician.press("save");
        assertTrue(clinician.present("#saved"), clinician.driver().getPageSource());
        clinician.press("issue-link");
        assertTrue(clinician.present("#home-link-qr"), "the new link's QR code is on the page");
        return clinician.text("#home-link-url");
    }

    private static String tokenOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static void logSession(Browser patient, int painDuring, int painAfter, String note) {
        patient.choose("done-0");
        patient.choose("painDuring-" + painDuring);
        patient.choose("painAfter-" + painAfter);
        if (note != null) {
            patient.type("note", note);
        }
        patient.press("log-session");
        assertTrue(patient.present("#logged"), patient.driver().getPageSource());
    }

    /** Whether the worklist at this address has the intake's row (only the list's rows carry data-intake). */
    private static boolean listed(FormClient client, String address, String intakeId) {
        Api.Reply page = client.get(address);
        assertEquals(200, page.status(), address);
        return page.body().contains("data-intake=\"" + intakeId + "\"");
    }

    private static long audited(String action, String clinicId, int status) {
        return Db.count("select count(*) from audit_event where action = ? and clinic_id = ? and status = ?", action, clinicId, status);
    }

    @Test
    void shouldShowAdherenceAndPainWhenThePatientLogsThreeSessionsOverPastDays() throws Exception {
        String clinicId = uniqueClinicId();
        String intakeId = intake(clinicId);
        try (Browser clinician = signedInBrowser(DemoUsers.CLINICIAN);
             Browser patient = new Browser(base, "es-ES")) {
            String url = planAndIssue(clinician, intakeId);
            String token = tokenOf(url);
            assertTrue(LinkToken.looksValid(token), url);
            clinician.check("home-programme-link-issued");
            assertEquals(1, Db.count("select count(*) from home_programme_link where token_hash = ? and sessions_per_week = 6",
                    LinkToken.hash(token)), "only the token's hash is stored, with the plan's sessions a week");
            assertEquals(0, Db.count("select count(*) from audit_event where request_id like ? or action like ?",
                    "%" + token + "%", "%" + token + "%"), "the token is in no audit row");

            // The handout with the link's QR code, posted from the page (the token never in an address).
            Path pdf = clinician.download("#download-with-qr");
            String text = PdfReading.text(Files.readAllBytes(pdf));
            assertTrue(PdfReading.flat(text).contains("phone"), text);

            // The patient's phone, in the link's language (English: the plan's), then in Spanish.
            patient.phone();
            patient.driver().get(url);
            assertEquals("Your home exercises", patient.h1());
            assertTrue(patient.present(".home-exercise svg.exercise-drawing"), "each exercise has its drawing");
            patient.check("home-programme-en");
            patient.driver().get(url + "?lang=es");
            assertEquals("Sus ejercicios en casa", patient.h1());
            patient.check("home-programme-es");
            patient.driver().get(url + "?large=1&lang=es");
            assertTrue(patient.present("body.large-print"));
            patient.check("home-programme-large-print");

            // A session without a ticked exercise is refused beside the field, in Spanish, nothing stored.
            patient.choose("painAfter-3");
            patient.press("log-session");
            assertTrue(patient.text("#done-error").contains("Marque al menos un ejercicio"), patient.driver().getPageSource());
            assertTrue(patient.present("#painAfter-3:checked"), "the pain chosen is kept");
            patient.check("home-programme-error");

            logSession(patient, 1, 2, "Me costó un poco el último “puente”, pero bien.");
            logSession(patient, 2, 4, null);
            logSession(patient, 3, 6, null);
            patient.desktop();
            patient.check("home-programme-logged");
            assertEquals(3, patient.all("#sessions tbody tr").size());

            List<Long> sessions = Db.longs("select s.id from home_programme_session s join home_programme_link l on l.id = s.link_id "
                    + "where l.token_hash = ? order by s.id", LinkToken.hash(token));
            assertEquals(3, sessions.size());
            assertEquals("Me costó un poco el último “puente”, pero bien.", Db.text("select note from home_programme_session where id = ?",
                    sessions.getFirst()), "the note is stored as typed");
            assertEquals(1, Db.count("select count(*) from home_programme_session s join home_programme_link l on l.id = s.link_id "
                    + "where s.id = ? and s.plan_id = l.plan_id", sessions.getFirst()), "each session names the plan version");
            assertEquals(3, audited("home-programme.session.create", clinicId, 303));
            assertEquals(1, audited("home-programme.session.create", clinicId, 400));

            // Before the days are simulated: all three today, so neither worklist signal. Which rows the server lists
            // is read over HTTP with the clinician's own sign-in; the pages drawn below are checked in the browser.
            FormClient clinicianPages = new FormClient(base).signIn(DemoUsers.CLINICIAN.username(), DemoUsers.CLINICIAN.password());
            assertFalse(listed(clinicianPages, "dashboard?filtered=1&from=&name=" + clinicId + "&painRising=on", intakeId),
                    "three scores on one day are no trend");

            // Simulated days: the link made 13 days ago, sessions 12, 6 and 1 days ago.
            LocalDate today = LocalDate.now();
            Db.update("update home_programme_link set created_at = created_at - interval '13 days' where token_hash = ?", LinkToken.hash(token));
            Db.redateHomeSession(sessions.get(0), today.minusDays(12));
            Db.redateHomeSession(sessions.get(1), today.minusDays(6));
            Db.redateHomeSession(sessions.get(2), today.minusDays(1));

            clinician.open("/dashboard/patient?intake=" + intakeId);
            assertTrue(clinician.present("svg#adherence-weeks rect.bar"), "the weekly chart is drawn");
            assertEquals(3, clinician.all("svg#adherence-pain circle.dot").size(), "one dot per session's pain after");
            assertEquals("3/12", clinician.text("#adherence-summary strong"));
            assertTrue(clinician.present("#signal-not-exercising"));
            assertTrue(clinician.present("#signal-pain-rising"));
            clinician.check("patient-adherence");
            // The summary PDF carries the same figures.
            String summary = PdfReading.flat(PdfReading.text(Files.readAllBytes(clinician.download("#summary-pdf"))));
            assertTrue(summary.contains("Sessions logged 3 of 12 prescribed"), summary);

            clinician.open("/dashboard?filtered=1&from=&name=" + clinicId + "&notExercising=on");
            assertTrue(clinician.present("tr[data-intake='" + intakeId + "']"), "listed as not exercising");
            clinician.check("worklist-not-exercising");
            assertTrue(listed(clinicianPages, "dashboard?filtered=1&from=&name=" + clinicId + "&painRising=on", intakeId),
                    "listed as pain rising");
        }
    }

    @Test
    void shouldAnswer410WithOnePlainPageWhenTheLinkIsRevokedOrExpired() {
        String clinicId = uniqueClinicId();
        String intakeId = intake(clinicId);
        try (Browser clinician = signedInBrowser(DemoUsers.CLINICIAN);
             Browser patient = new Browser(base)) {
            String first = planAndIssue(clinician, intakeId);
            assertEquals(200, new FormClient(base).get(first).status(), "the link works before it is revoked");
            patient.phone();

            clinician.open("/dashboard/handout?intake=" + intakeId);
            clinician.clickAndWait(clinician.find("#home-link-list tr[data-state='open'] .revoke-link"));
            assertTrue(clinician.present("#link-revoked"));
            assertEquals("revoked", clinician.find("#home-link-list tbody tr").getAttribute("data-state"));
            clinician.check("home-programme-link-revoked");
            assertEquals(1, audited("home-programme.link.revoke", clinicId, 303));

            patient.driver().get(first);
            assertEquals("This link no longer works", patient.h1());
            assertFalse(patient.present("form"), "no form on the gone page");
            assertEquals(410, patient.fetch(first).status());
            patient.check("home-programme-gone");
            patient.driver().get(first + "?lang=es");
            assertEquals("Este enlace ya no funciona", patient.h1());
            patient.check("home-programme-gone-es");

            // A session posted to a revoked link is refused the same way, and nothing is stored.
            FormClient form = new FormClient(base);
            String path = first.substring(first.indexOf("/home-programme/") + 1);
            form.get(path);
            Api.Reply refused = form.postForm(path, Map.of("_csrf", form.csrfToken(), "done", "clamshells", "painAfter", "2"));
            assertEquals(410, refused.status(), refused::toString);
            assertEquals(0, Db.count("select count(*) from home_programme_session s join home_programme_link l on l.id = s.link_id "
                    + "where l.token_hash = ?", LinkToken.hash(tokenOf(first))));

            // A second link past its last day.
            clinician.open("/dashboard/handout?intake=" + intakeId);
            clinician.press("issue-link");
            String second = clinician.text("#home-link-url");
            assertEquals(200, patient.fetch(second).status());
            Db.update("update home_programme_link set valid_until = current_date - 1 where token_hash = ?", LinkToken.hash(tokenOf(second)));
            assertEquals(410, patient.fetch(second).status());
            assertTrue(audited("home-programme.page", clinicId, 410) >= 3);
            assertEquals(2, audited("home-programme.link.create", clinicId, 201));
        }
    }

    @Test
    void shouldRefuseALastDayInThePastBesideTheFieldWhenTheClinicianMakesALink() {
        String clinicId = uniqueClinicId();
        String intakeId = intake(clinicId);
        try (Browser clinician = signedInBrowser(DemoUsers.CLINICIAN)) {
            clinician.open("/dashboard/handout?intake=" + intakeId);
            assertTrue(clinician.present("#link-needs-plan"), "a link needs a stored plan");
            clinician.press("save");
            clinician.type("validUntil", "");
            clinician.script("document.getElementById('validUntil').value = arguments[0]", LocalDate.now().minusDays(1).toString());
            clinician.press("issue-link");
            assertTrue(clinician.present("#validUntil-error"), clinician.driver().getPageSource());
            assertFalse(clinician.present("#home-link-qr"));
            clinician.check("home-programme-link-error");
            assertEquals(1, audited("home-programme.link.create", clinicId, 400));
            assertEquals(0, Db.count("select count(*) from home_programme_link where intake_id = cast(? as uuid)", intakeId));
        }
    }
}
