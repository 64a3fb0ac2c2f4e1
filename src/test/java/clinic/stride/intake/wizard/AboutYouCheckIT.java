package clinic.stride.intake.wizard;

import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static clinic.stride.testsupport.SampleIntakes.uniqueLetters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * "About you" with a clinic number already on file, in Chromium: a wrong name or birth date is caught on that page
 * (not eight pages later at Send), with one message on the clinic number that never says which detail differs, and
 * after three wrong tries for a number in a session the page refuses that number even with the right details, so it
 * cannot be used to try birth dates one after the other.
 */
class AboutYouCheckIT extends StrideIT {

    static final String MISMATCH = "This does not match what the clinic has for this clinic number. Check the number, "
            + "or ask at the front desk.";
    static final String MISMATCH_ES = "Esto no coincide con los datos que tiene la clínica para este número. Revise el "
            + "número o pregunte en recepción.";

    /** A patient registered by the front desk: María, the unique family name, born 14 March 1961, female. */
    private String registered(String family) {
        String clinicId = uniqueClinicId();
        Api.Reply reply = TestUsers.frontDesk(new Api(base)).postJson("api/patients", json(complete(clinicId, b -> {
            at(b, "patient").put("givenName", "María").put("familyName", family);
        }).get("patient")));
        assertEquals(201, reply.status(), reply::toString);
        return clinicId;
    }

    private static String uniqueFamily() {
        return "Núñez-Zz" + uniqueLetters(5);
    }

    /** Types "about you" and presses Next; the sex is the first option (female), as registered. */
    private static void aboutYou(Browser browser, String clinicId, String given, String family, String birthYear) {
        browser.type("patient-clinicId", clinicId).type("patient-givenName", given).type("patient-familyName", family)
                .type("patient-birthDate-day", "14").type("patient-birthDate-month", "3")
                .type("patient-birthDate-year", birthYear).choose("patient-sex");
        browser.press("next");
    }

    private static String path(Browser browser) {
        return URI.create(browser.url()).getPath();
    }

    private static void assertOneMessageOnTheClinicNumber(Browser browser, String message) {
        assertEquals("/intake/you", path(browser), "stays on about you");
        assertTrue(browser.text("#patient-clinicId-error").endsWith(message), browser.text("#patient-clinicId-error"));
        for (String field : new String[] {"givenName", "familyName", "birthDate", "sex"}) {
            assertFalse(browser.present("#patient-" + field + "-error"), "no hint of which detail differs: " + field);
        }
        assertEquals(1, browser.all("#error-summary li").size(), browser.text("#error-summary"));
    }

    @Test
    void shouldRefuseAWrongBirthDateOrNameOnAboutYouWithOneMessageThatNamesNoDetail() {
        String family = uniqueFamily();
        String clinicId = registered(family);
        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.open("/intake/you");
            aboutYou(browser, clinicId, "María", family, "1962");
            assertOneMessageOnTheClinicNumber(browser, MISMATCH);
            String wrongDate = browser.text("#error-summary");
            browser.check("intake-you-mismatch");

            aboutYou(browser, clinicId, "Marta", family, "1961");
            assertOneMessageOnTheClinicNumber(browser, MISMATCH);
            assertEquals(wrongDate, browser.text("#error-summary"), "a wrong name reads exactly like a wrong birth date");
        }
        assertEquals(2, Db.count("select count(*) from audit_event where action = 'page.intake.patient-mismatch' "
                + "and clinic_id = ? and status = 409", clinicId), "each refused try is audited for the patient on file");
        // A new session: her own details, typed as on file apart from case, go on to the next page.
        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.open("/intake/you");
            aboutYou(browser, clinicId, "maría", family, "1961");
            assertEquals("/intake/where", path(browser), browser.all(".error-message").toString());
        }
    }

    @Test
    void shouldRefuseTheClinicNumberEvenWithTheRightDetailsAfterThreeWrongTriesInASession() {
        String family = uniqueFamily();
        String clinicId = registered(family);
        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.open("/intake/you");
            for (String year : new String[] {"1960", "1962", "1963"}) {
                aboutYou(browser, clinicId, "María", family, year);
                assertOneMessageOnTheClinicNumber(browser, MISMATCH);
            }
            aboutYou(browser, clinicId, "María", family, "1961");
            assertOneMessageOnTheClinicNumber(browser, MISMATCH);

            // Another clinic number (a new patient) is not held up by the first one's tries.
            aboutYou(browser, uniqueClinicId(), "Rosa", "Delgado", "1961");
            assertEquals("/intake/where", path(browser));
        }
    }

    @Test
    void shouldSayItInSpanishWhenThePageIsSpanish() {
        String family = uniqueFamily();
        String clinicId = registered(family);
        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.open("/intake/you?lang=es");
            aboutYou(browser, clinicId, "María", "Otra", "1961");
            assertOneMessageOnTheClinicNumber(browser, MISMATCH_ES);
            browser.check("intake-you-mismatch-es");
        }
    }
}
