package clinic.stride.consent;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.reports.PdfReading;
import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.PatientFills;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Consent on the review page in a real headless Chromium: refused without the tick and the typed name, stored
 * with its notice version, language and device path, shown on the patient page and the summary PDF; an intake
 * that came without consent (the API) is stored and flagged on both.
 */
class ConsentIT extends StrideIT {

    private static final String INTAKE_OF = "select i.id::text from intake i join patient p on p.id = i.patient_id "
            + "where p.clinic_id = ?";

    @Test
    void shouldStoreTheConsentWithItsNoticeVersionAndPathWhenThePatientTicksAndSigns() {
        String clinicId = uniqueClinicId();
        long noticeVersion = Db.count("select coalesce(max(version), 0) from clinic_settings");
        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.open("/intake");
            browser.press("start");
            PatientFills patient = PatientFills.toALaterPage(browser);
            patient.you(clinicId, "Zoë", "Nguyễn-O’Brien").where().when().activity().body().history().skipsLefs().warningSigns(false);
            assertTrue(browser.present("#consent-notice"), "the notice is shown before the patient sends");
            browser.press("submit");

            assertTrue(browser.present("#error-summary"), browser.driver().getPageSource());
            assertTrue(browser.present("#consentAgreed-error") && browser.present("#consentName-error"));
            browser.check("intake-review-consent-errors");
            assertEquals(0, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id "
                    + "where p.clinic_id = ?", clinicId), "nothing is sent without consent");

            patient.consent("Zoë Nguyễn-O’Brien");
            browser.press("submit");
            assertEquals("Thank you, your answers have been sent", browser.h1());
        }
        String intakeId = Db.text(INTAKE_OF, clinicId);
        assertEquals("Zoë Nguyễn-O’Brien|clinic-form|en|" + noticeVersion, Db.text("select concat_ws('|', signed_name, "
                + "device_path, language, notice_version) from intake_consent where intake_id = ?::uuid", intakeId));

        Api clinician = TestUsers.clinician(new Api(base));
        String summary = PdfReading.flat(PdfReading.text(clinician.get("api/intakes/" + intakeId + "/summary.pdf").bytes()));
        assertTrue(summary.contains("Consent signed “Zoë Nguyễn-O’Brien”") && summary.contains("clinic-form"), summary);
        try (Browser browser = signedInBrowser(DemoUsers.CLINICIAN)) {
            browser.open("/dashboard/patient?intake=" + intakeId);
            assertTrue(browser.text("#consent").contains("Zoë Nguyễn-O’Brien"), browser.text("#consent"));
            assertFalse(browser.present("#no-consent"));
            browser.check("patient-consent");
        }
    }

    @Test
    void shouldStoreButFlagTheIntakeWhenItCameWithoutConsent() {
        String clinicId = uniqueClinicId();
        Api clinician = TestUsers.clinician(new Api(base));
        Api.Reply created = clinician.postJson("api/intakes", json(complete(clinicId)));
        assertEquals(201, created.status(), created::toString);
        String intakeId = created.json().get("id").asText();

        assertEquals(0, Db.count("select count(*) from intake_consent where intake_id = ?::uuid", intakeId));
        String summary = PdfReading.flat(PdfReading.text(clinician.get("api/intakes/" + intakeId + "/summary.pdf").bytes()));
        assertTrue(summary.contains("No consent recorded"), summary);
        try (Browser browser = signedInBrowser(DemoUsers.CLINICIAN)) {
            browser.open("/dashboard/patient?intake=" + intakeId);
            assertAll(
                    () -> assertTrue(browser.text("#no-consent").contains("No consent recorded")),
                    () -> assertFalse(browser.present("#consent")));
            browser.check("patient-no-consent");
        }
    }
}
