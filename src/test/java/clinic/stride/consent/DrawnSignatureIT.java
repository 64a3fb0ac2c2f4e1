package clinic.stride.consent;

import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.PatientFills;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The optional drawn signature on the consent step, in a real headless Chromium: drawn with the pointer, stored as
 * path data Stride wrote and shown on the clinician's patient page; the keyboard alone still consents with the typed
 * name; a post that is not path data is refused; and a shared tablet never shows the previous patient's drawing.
 */
class DrawnSignatureIT extends StrideIT {

    private static final String INTAKE_OF = "select i.id::text from intake i join patient p on p.id = i.patient_id "
            + "where p.clinic_id = ?";
    private static final String SIGNATURE_OF = "select count(*) from intake_consent_signature where intake_id = ?::uuid";

    private static PatientFills toReview(Browser browser, String clinicId, String family) {
        return PatientFills.toALaterPage(browser).you(clinicId, "Zoë", family).where().when().activity().body()
                .history().skipsLefs().warningSigns(false);
    }

    /** Two strokes with the mouse over the pad: pointerdown, pointermoves and pointerup, as a person draws. */
    private static void draw(Browser browser) {
        WebElement pad = browser.find("#consentSignature");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", pad);
        new Actions(browser.driver()).moveToElement(pad, -120, 10).clickAndHold()
                .moveByOffset(20, -25).moveByOffset(25, 30).moveByOffset(30, -20).moveByOffset(35, 15).release()
                .moveToElement(pad, -100, 40).clickAndHold().moveByOffset(180, -4).release().perform();
    }

    private static String posted(Browser browser) {
        return String.valueOf(browser.script("return document.getElementById('consentSignature-path').value"));
    }

    @Test
    void shouldStoreTheDrawingAndShowItOnThePatientPageWhenThePatientDrawsWithThePointer() {
        String clinicId = uniqueClinicId();
        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.open("/intake");
            browser.press("start");
            PatientFills patient = toReview(browser, clinicId, "Nguyễn-O’Brien");
            assertTrue(browser.find("#consentSignature").isDisplayed(), "the pad is shown with the script");
            assertTrue(browser.text("#consentSignature-label").contains("optional"), browser.text("#consentSignature-label"));
            draw(browser);
            assertTrue(posted(browser).matches("(M\\d+ \\d+(L\\d+ \\d+)+){2}"), posted(browser));
            browser.check("intake-review-signature");
            browser.press("submit");

            // Not ticked: refused, and the drawing comes back drawn, as Stride wrote it.
            assertTrue(browser.present("#consentAgreed-error"));
            String kept = posted(browser);
            assertTrue(kept.matches("(M\\d+ \\d+(L\\d+ \\d+)+){2}"), "the drawing is kept after a refusal: " + kept);
            patient.consent("Zoë Nguyễn-O’Brien");
            browser.press("submit");
            assertEquals("Thank you, your answers have been sent", browser.h1());

            String intakeId = Db.text(INTAKE_OF, clinicId);
            String stored = Db.text("select path_data from intake_consent_signature where intake_id = ?::uuid", intakeId);
            assertEquals(kept, stored);
            try (Browser clinician = signedInBrowser(DemoUsers.CLINICIAN)) {
                clinician.open("/dashboard/patient?intake=" + intakeId);
                assertEquals(stored, clinician.find("#consent-signature path").getAttribute("d"));
                assertEquals("Signature drawn by the patient", clinician.find("#consent-signature").getAccessibleName());
                clinician.check("patient-consent-signature");
            }
            Api.Reply pdf = TestUsers.clinician(new Api(base)).get("api/intakes/" + intakeId + "/summary.pdf");
            assertEquals(200, pdf.status());
        }
    }

    @Test
    void shouldStoreTheDrawingWithTheConsentWhenThePatientSignsThroughAnIntakeLink() {
        String clinicId = uniqueClinicId();
        Api frontDesk = TestUsers.frontDesk(new Api(base));
        assertEquals(201, frontDesk.postJson("api/patients", clinic.stride.testsupport.SampleIntakes.json(
                clinic.stride.testsupport.SampleIntakes.complete(clinicId).get("patient"))).status());
        String url = frontDesk.postJson("api/patients/" + clinicId + "/intake-links", "{\"language\": \"es\"}")
                .json().get("url").asText();
        try (Browser browser = new Browser(base)) {
            browser.open("/intake-links/" + url.substring(url.lastIndexOf('/') + 1));
            browser.press("start");
            PatientFills patient = PatientFills.toALaterPage(browser).where().when().activity().body().history()
                    .skipsLefs().warningSigns(false);
            assertTrue(browser.text("#consentSignature-label").contains("opcional"), browser.text("#consentSignature-label"));
            draw(browser);
            browser.check("intake-link-review-signature");
            patient.consent("María Ortega Núñez");
            browser.press("submit");
        }
        String intakeId = Db.text(INTAKE_OF, clinicId);
        assertEquals("link", Db.text("select device_path from intake_consent where intake_id = ?::uuid", intakeId));
        assertEquals(1, Db.count(SIGNATURE_OF, intakeId));
    }

    @Test
    void shouldConsentWithTheTypedNameAloneWhenThePatientUsesOnlyTheKeyboard() {
        String clinicId = uniqueClinicId();
        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.open("/intake");
            browser.press("start");
            toReview(browser, clinicId, "Łukasiewicz");
            WebElement box = browser.find("#consentAgreed");
            box.sendKeys(Keys.SPACE);
            assertTrue(box.isSelected());
            // Tab from the box reaches the name, then the pad's Clear button: the pad itself takes no focus.
            box.sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            assertEquals("consentName", focused.getAttribute("id"));
            focused.sendKeys("Jan Łukasiewicz");
            focused.sendKeys(Keys.TAB);
            assertEquals("consentSignature-clear", browser.driver().switchTo().activeElement().getAttribute("id"));
            browser.check("intake-review-keyboard");
            WebElement html = browser.find("html");
            browser.find("#submit").sendKeys(Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
                try {
                    html.getTagName();
                    return false;
                } catch (org.openqa.selenium.StaleElementReferenceException e) {
                    return true;
                }
            });
            assertEquals("Thank you, your answers have been sent", browser.h1());
        }
        String intakeId = Db.text(INTAKE_OF, clinicId);
        assertEquals("Jan Łukasiewicz", Db.text("select signed_name from intake_consent where intake_id = ?::uuid", intakeId));
        assertEquals(0, Db.count(SIGNATURE_OF, intakeId), "no drawing, no signature row");
        try (Browser clinician = signedInBrowser(DemoUsers.CLINICIAN)) {
            clinician.open("/dashboard/patient?intake=" + intakeId);
            assertTrue(clinician.text("#consent").contains("Jan Łukasiewicz"));
            assertFalse(clinician.present("#consent-signature"), "only the typed name is shown");
        }
    }

    @Test
    void shouldRefuseTheIntakeWhenThePostedSignatureIsNotPathData() {
        String clinicId = uniqueClinicId();
        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.open("/intake");
            browser.press("start");
            PatientFills patient = toReview(browser, clinicId, "Smith");
            patient.consent("Ann Smith");
            browser.script("document.getElementById('consentSignature-path').value = arguments[0]",
                    "M1 1L2 2\"/><script>alert(1)</script>");
            browser.press("submit");
            assertTrue(browser.present("#consentSignature-error"), browser.driver().getPageSource());
            assertEquals("", posted(browser), "what was posted is not shown again");
            assertFalse(browser.driver().getPageSource().contains("<script>alert(1)"));
        }
        assertEquals(0, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id "
                + "where p.clinic_id = ?", clinicId), "nothing is stored");
    }

    @Test
    void shouldNotShowThePreviousPatientsDrawingWhenBackIsPressedOnAKiosk() {
        String clinicId = uniqueClinicId();
        try (Browser browser = Browser.withBackForwardCache(base)) {
            browser.signIn(DemoUsers.FRONT_DESK.username(), DemoUsers.FRONT_DESK.password());
            browser.open("/kiosk");
            PatientFills patient = toReview(browser, clinicId, "Pérez-Kiosk");
            draw(browser);
            assertFalse(posted(browser).isEmpty());
            patient.consent("Zoë Pérez-Kiosk");
            browser.press("submit");
            assertEquals("Thank you, your answers have been sent", browser.h1());
            assertEquals(1, Db.count(SIGNATURE_OF, Db.text(INTAKE_OF, clinicId)));
            browser.press("new-form");

            for (int i = 0; i < 6; i++) {
                browser.driver().navigate().back();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                        .until(d -> "complete".equals(browser.script("return document.readyState")));
                boolean pad = browser.present("#consentSignature-path");
                String value = pad ? posted(browser) : "";
                Object inked = pad ? browser.script("var c = document.getElementById('consentSignature');"
                        + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "for (var k = 3; k < d.length; k += 4) { if (d[k] !== 0) { return true; } } return false;") : false;
                assertEquals("", value, "Back #" + (i + 1) + " at " + browser.url() + " holds the previous drawing");
                assertEquals(false, inked, "Back #" + (i + 1) + " at " + browser.url() + " shows the previous drawing");
            }
        }
    }
}
