package clinic.stride.intake.wizard;

import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.PatientFills;
import clinic.stride.testsupport.StrideIT;
import org.junit.jupiter.api.Test;

/** The patient's intake form in a real headless Chromium, against a real Payara Micro and PostgreSQL. */
class IntakeFormIT extends StrideIT {

    /** A browser signed in as the demo front-desk user: these pages are for signed-in staff only. */

    @Test
    void shouldStoreIntakeInPostgresWhenPatientFillsEveryStep() {
        String clinicId = uniqueClinicId();
        try (Browser browser = signedInBrowser(clinic.stride.security.DemoUsers.FRONT_DESK)) {
            browser.open("/intake").check("intake-start");
            browser.press("start");
            new PatientFills(browser, true).you(clinicId).where().when().activity().body().history().skipsLefs().warningSigns(false);
            assertTrue(browser.text(".review-list").contains("Rosa"), "the review page shows the answers");
            new PatientFills(browser, true).submit();

            assertEquals("Thank you, your answers have been sent", browser.h1());
            assertFalse(browser.present("#emergency"));
            browser.check("intake-thanks");
        }
        assertEquals(1, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));
        String answers = Db.text("select v.answers::text from intake_version v join intake i on i.id = v.intake_id "
                + "join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId);
        assertTrue(answers.contains("\"regions\": [\"outer_hip\", \"groin\"]"), answers);
        assertTrue(answers.contains("\"side\": \"left\""), answers);
        assertTrue(answers.contains("\"intensity\": 6"), answers);
        assertTrue(answers.contains("\"durationWeeks\": 8"), answers);
        assertTrue(answers.contains("\"runningKmPerWeek\": 20.0"), answers);
        assertTrue(answers.contains("\"ageMonths\": 24"), answers);
        assertTrue(answers.contains("\"differenceMm\": 10"), answers);
        assertTrue(answers.contains("\"other\": \"sprained ankle 2019\""), answers);
        assertEquals("web", Db.text("select i.source from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));
        assertEquals(0, Db.count("select count(*) from intake_draft where answers::text like ?", "%" + clinicId + "%"),
                "the draft is deleted once the intake is sent");
        assertEquals("frontdesk|front-desk|page.intake.submit|303|ok", Db.text("select concat_ws('|', a.username, a.role, "
                + "a.action, a.status, a.outcome) from audit_event a join intake i on i.id = a.intake_id join patient p "
                + "on p.id = i.patient_id where p.clinic_id = ? and a.clinic_id = p.clinic_id", clinicId),
                "the submission from the web form is audited, with the new intake and its patient");
        assertEquals(1, Db.count("select count(*) from audit_event where clinic_id = ? and action = 'page.intake.submit'", clinicId));
    }

    @Test
    void shouldShowErrorNextToFieldAndKeepTypedTextWhenAnswerIsInvalid() {
        try (Browser browser = signedInBrowser(clinic.stride.security.DemoUsers.FRONT_DESK)) {
            browser.open("/intake/you");
            browser.type("patient-clinicId", "C 12/34").type("patient-givenName", "Rosa")
                    .type("patient-birthDate-day", "31").type("patient-birthDate-month", "2").type("patient-birthDate-year", "1961");
            browser.press("next");

            assertEquals("Use only letters, numbers, dots and dashes in the clinic number (up to 40).",
                    browser.text("#patient-clinicId-error").replaceFirst("^Error:\\s*", ""));
            assertEquals("true", browser.find("#patient-clinicId").getAttribute("aria-invalid"));
            assertTrue(browser.find("#patient-clinicId").getAttribute("aria-describedby").contains("patient-clinicId-error"));
            assertTrue(browser.text("#patient-familyName-error").contains("Enter your last name."));
            assertTrue(browser.text("#patient-birthDate-error").contains("Enter a real date"));
            assertEquals("C 12/34", browser.find("#patient-clinicId").getAttribute("value"), "what was typed stays");
            assertEquals("Rosa", browser.find("#patient-givenName").getAttribute("value"));
            assertTrue(browser.url().endsWith("/intake/you"));
            browser.check("intake-you-errors");
        }
    }

    @Test
    void shouldKeepDraftWhenPageIsReloadedOrTabClosed() {
        String clinicId = uniqueClinicId();
        try (Browser browser = signedInBrowser(clinic.stride.security.DemoUsers.FRONT_DESK)) {
            browser.open("/intake/you");
            new PatientFills(browser, false).you(clinicId);
            assertTrue(browser.url().endsWith("/intake/where"));
            browser.driver().navigate().refresh();
            assertEquals("Where does it hurt?", browser.h1());

            // A new tab, the old one closed: the draft is found by its cookie, not by anything in the tab.
            String old = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            browser.driver().switchTo().window(old).close();
            browser.driver().switchTo().window(browser.driver().getWindowHandles().iterator().next());
            browser.open("/intake");
            assertTrue(browser.present("#resume"), "the start page offers to carry on");
            browser.check("intake-start-resume");
            browser.press("resume");
            assertEquals("Where does it hurt?", browser.h1());
            browser.open("/intake/you");
            assertEquals(clinicId, browser.find("#patient-clinicId").getAttribute("value"));
            assertEquals("Delgado", browser.find("#patient-familyName").getAttribute("value"));
            assertTrue(browser.find("#patient-sex").isSelected());
            assertFalse(browser.url().contains("Delgado"), "no patient data in the address");
        }
        assertEquals(1, Db.count("select count(*) from intake_draft where answers::text like ?", "%" + clinicId + "%"));
    }

    @Test
    void shouldTellPatientToSeekCareNowWhenBladderControlLossIsAnswered() {
        String clinicId = uniqueClinicId();
        try (Browser browser = signedInBrowser(clinic.stride.security.DemoUsers.FRONT_DESK)) {
            browser.open("/intake/you");
            PatientFills patient = new PatientFills(browser, false).you(clinicId).where();
            browser.open("/intake/warning");
            patient.warningSigns(true).submit();

            assertEquals("Get medical help now", browser.h1());
            assertTrue(browser.text("#emergency").contains("cannot control your bladder or bowels"));
            assertEquals("alert", browser.find("#emergency").getAttribute("role"));
            browser.check("intake-thanks-emergency");
        }
        assertEquals("true", Db.text("select v.answers->'redFlags'->>'bladderBowelLoss' from intake_version v "
                + "join intake i on i.id = v.intake_id join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));
    }

    @Test
    void shouldShowFormInSpanishWhenSpanishIsChosen() {
        try (Browser browser = signedInBrowser(clinic.stride.security.DemoUsers.FRONT_DESK)) {
            browser.open("/intake?lang=es");
            assertEquals("Antes de ver al profesional", browser.h1());
            assertEquals("es", browser.find("html").getAttribute("lang"));
            browser.check("intake-start-es");
            browser.press("start");
            assertEquals("Sus datos", browser.h1());
            assertEquals("Número de paciente", browser.text("label[for='patient-clinicId']"));
            assertEquals("Guardar y continuar", browser.find("#next").getAttribute("value"));
            browser.press("next");
            assertTrue(browser.text("#patient-familyName-error").contains("Escriba sus apellidos."));
            browser.check("intake-you-es");
        }
    }

    @Test
    void shouldPreferSpanishWhenBrowserAsksForSpanish() {
        try (Browser browser = new Browser(base, "es-MX")) {
            browser.signInOverHttp(clinic.stride.security.DemoUsers.FRONT_DESK.username(), clinic.stride.security.DemoUsers.FRONT_DESK.password());
            browser.open("/intake/where");
            assertEquals("¿Dónde le duele?", browser.h1());
            browser.check("intake-where-es");
        }
    }

    @Test
    void shouldStartBlankAndKeepNothingReachableAfterSubmitInKioskMode() {
        String clinicId = uniqueClinicId();
        try (Browser browser = Browser.withBackForwardCache(base)) {
            browser.signIn(clinic.stride.security.DemoUsers.FRONT_DESK.username(),
                    clinic.stride.security.DemoUsers.FRONT_DESK.password());
            browser.open("/kiosk");
            assertTrue(browser.url().endsWith("/intake/you"));
            assertFalse(browser.present("#later"), "a kiosk does not offer to finish later");
            PatientFills patient = new PatientFills(browser, false).you(clinicId).where();
            browser.open("/intake/warning");
            patient.warningSigns(false).submit();
            assertEquals("Thank you, your answers have been sent", browser.h1());
            browser.check("kiosk-thanks");
            browser.press("new-form");
            assertTrue(browser.url().endsWith("/intake/you"));
            assertEquals("", browser.find("#patient-clinicId").getAttribute("value"));

            // Back through the history: every page is fetched again (no-store) and shows a blank form.
            for (int i = 0; i < 4; i++) {
                browser.driver().navigate().back();
                assertFalse(browser.driver().getPageSource().contains(clinicId), "the previous patient's answers are gone");
                assertFalse(browser.driver().getPageSource().contains("Delgado"));
            }
        }
        assertEquals("kiosk", Db.text("select i.source from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));
        assertEquals(0, Db.count("select count(*) from intake_draft where answers::text like ?", "%" + clinicId + "%"));
    }
}
