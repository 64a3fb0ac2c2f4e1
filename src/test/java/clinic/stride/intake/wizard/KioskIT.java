package clinic.stride.intake.wizard;

import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.PatientFills;
import clinic.stride.testsupport.StrideIT;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * The clinic's form on a shared tablet and a shared front-desk computer in a real Chromium: Back never brings the
 * previous patient's answers back (neither from history nor from the back/forward cache), a kiosk shows only the
 * form, a draft made at the desk belongs to the signed-in session that made it; "Change" on the review comes back to
 * it, the answers print, and an emergency's thank-you page does not point to the visit.
 */
class KioskIT extends StrideIT {

    /** Signed in through the page, as the desk does: for the tests that go Back through the tablet's history. */
    private Browser signedInThroughThePage(DemoUsers.DemoUser user) {
        Browser browser = Browser.withBackForwardCache(base);
        browser.signIn(user.username(), user.password());
        return browser;
    }

    /** Signed in without drawing the sign-in pages, for the tests whose subject comes after it. */
    private Browser signedIn(DemoUsers.DemoUser user) {
        Browser browser = new Browser(base);
        browser.signInOverHttp(user.username(), user.password());
        return browser;
    }

    private static String uniqueFamily() {
        // Five random letters: the letters of one random UUID can be fewer than five.
        return "Pérez-Zz" + java.util.concurrent.ThreadLocalRandom.current().ints(5, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    private static String path(Browser browser) {
        return URI.create(browser.url()).getPath();
    }

    /** Where a fetch ended, after the redirects the server sent. */
    private static String path(Browser.Fetched fetched) {
        return URI.create(fetched.url()).getPath();
    }

    /** True when the page shown is the very document a marker was put into: restored from the back/forward cache. */
    private static boolean restoredFromCache(Browser browser) {
        try {
            // A restored page may reload itself at once (pageshow): give it the moment that takes.
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                    .until(d -> !Boolean.TRUE.equals(browser.script("return window.strideEarlierPatient === true"))
                            && "complete".equals(browser.script("return document.readyState")));
            return false;
        } catch (org.openqa.selenium.TimeoutException e) {
            return true;
        }
    }

    @Test
    void shouldNotShowPreviousPatientWhenBackIsPressedAfterFinishOnKiosk() {
        String clinicId = uniqueClinicId();
        String family = uniqueFamily();
        try (Browser browser = signedInThroughThePage(DemoUsers.FRONT_DESK)) {
            browser.open("/kiosk");
            PatientFills patient = new PatientFills(browser, false).you(clinicId, "Inés", family).where();
            browser.script("window.strideEarlierPatient = true");
            browser.open("/intake/you");
            browser.script("window.strideEarlierPatient = true");
            browser.press("next");
            browser.open("/intake/warning");
            patient.warningSigns(false);
            browser.script("window.strideEarlierPatient = true");
            assertTrue(browser.text(".review-list").contains(family), "the review shows the name as typed: " + browser.text(".review-list"));

            Browser.Fetched review = browser.fetch("/intake/review");
            assertTrue(review.header("Cache-Control").contains("no-store"), review.header("Cache-Control"));

            patient.submit();
            assertEquals("Thank you, your answers have been sent", browser.h1());
            browser.press("new-form");
            assertEquals("/intake/you", path(browser));

            for (int i = 0; i < 6; i++) {
                browser.driver().navigate().back();
                String shown = browser.driver().getPageSource();
                assertFalse(restoredFromCache(browser), "Back #" + (i + 1) + " restored " + browser.url() + " from the back/forward cache");
                assertFalse(shown.contains(family) || shown.contains(clinicId), "Back #" + (i + 1) + " shows the previous patient at " + browser.url());
                // The page's own hint says "For example 14 3 1961", so the birth year is looked for in what the fields
                // hold (typed or restored by the browser), not in the page source.
                String values = String.valueOf(browser.script("return Array.from(document.querySelectorAll('input, textarea'))"
                        + ".filter(e => e.type !== 'hidden').map(e => e.value).join('|')"));
                assertFalse(values.contains("1961") || values.contains(family) || values.contains(clinicId),
                        "Back #" + (i + 1) + " shows the previous patient's answers in the fields at " + browser.url() + ": " + values);
            }
        }
    }

    @Test
    void shouldNotShowAnswersWhenBackIsPressedOnTheThankYouPage() {
        String clinicId = uniqueClinicId();
        String family = uniqueFamily();
        try (Browser browser = signedInThroughThePage(DemoUsers.FRONT_DESK)) {
            browser.open("/kiosk");
            PatientFills patient = new PatientFills(browser, false).you(clinicId, "Inés", family).where();
            browser.open("/intake/warning");
            patient.warningSigns(false);
            browser.script("window.strideEarlierPatient = true");
            patient.submit();
            browser.driver().navigate().back();
            assertFalse(restoredFromCache(browser), "the review page came back from the back/forward cache");
            assertFalse(browser.driver().getPageSource().contains(family), "Back from the thank-you page shows the answers");
        }
    }

    @Test
    void shouldShowOnlyTheFormAndNeedASignInToLeaveWhenBrowserIsAKiosk() {
        try (Browser browser = signedIn(DemoUsers.CLINICIAN)) {
            browser.open("/kiosk");
            assertEquals("/intake/you", path(browser));
            // The lock is the server's redirect, asked with this browser's own cookies: fetched, each page would be
            // the form again, so it is not drawn once more.
            for (String page : List.of("/front-desk/worklist", "/front-desk/intake-link", "/account", "/", "/dashboard",
                    "/knowledge", "/intake/saved")) {
                Browser.Fetched shown = browser.fetch(page);
                assertEquals("/intake/you", path(shown), page + " is locked on a kiosk");
                String html = new String(shown.body(), java.nio.charset.StandardCharsets.UTF_8);
                assertFalse(html.contains("id=\"desk-worklist\"") || html.contains("id=\"worklist\""), page);
            }
            browser.check("kiosk-you");
            assertFalse(browser.present("a[href$='/account']"), "no way to staff pages from the kiosk form");

            browser.open("/kiosk?end");
            assertEquals("/login", path(browser), "leaving kiosk mode signs the tablet out");
            assertEquals("/login", path(browser.fetch("/front-desk/worklist")), "the staff pages need a new sign-in");
            browser.signIn(DemoUsers.CLINICIAN.username(), DemoUsers.CLINICIAN.password());
            assertEquals("/front-desk/worklist", path(browser.fetch("/front-desk/worklist")),
                    "after a sign-in the staff pages open again");
        }
    }

    @Test
    void shouldNotKeepStaffSessionAliveWhenKioskReturnsByItself() {
        try (Browser browser = signedIn(DemoUsers.FRONT_DESK)) {
            browser.open("/kiosk");
            new PatientFills(browser, false).you(uniqueClinicId()).where();
            browser.open("/intake/warning");
            PatientFills patient = new PatientFills(browser, false);
            patient.warningSigns(false).submit();
            String target = browser.find("[data-return-to]").getAttribute("data-return-to");
            assertTrue(target.endsWith("/kiosk?auto"), "the thank-you page's own return is marked automatic: " + target);
            // Where that return leads and what the page there carries: the server's answer, fetched with this browser's cookies.
            Browser.Fetched returned = browser.fetch("/kiosk?auto");
            assertEquals("/intake/you", path(returned));
            java.util.regex.Matcher idle = java.util.regex.Pattern.compile("data-idle-return=\"([^\"]*)\"")
                    .matcher(new String(returned.body(), java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(idle.find(), "the form has an idle return");
            assertEquals("/kiosk?auto", idle.group(1).replaceFirst("^.*(/kiosk\\?auto)$", "$1"), "the idle reset is marked automatic too");
        }
    }

    @Test
    void shouldNotOfferDeskDraftToAnotherStaffMemberAfterSignOut() {
        String clinicId = uniqueClinicId();
        try (Browser browser = signedIn(DemoUsers.FRONT_DESK)) {
            browser.open("/intake");
            browser.press("start");
            new PatientFills(browser, false).you(clinicId);
            assertEquals("/intake/where", path(browser));
            Cookie draft = browser.driver().manage().getCookieNamed("stride-draft");
            assertNotEquals(null, draft);
            assertNull(draft.getExpiry(), "a draft on a staff device ends with the browser session, not in 7 days");

            browser.open("/account");
            browser.clickAndWait(browser.find("form[action$='/logout'] button"));
            browser.signIn(DemoUsers.CLINICIAN.username(), DemoUsers.CLINICIAN.password());
            browser.open("/intake");
            assertFalse(browser.present("#resume"), "another staff member is not offered the draft");
            browser.open("/intake/you");
            assertEquals("", browser.find("#patient-clinicId").getAttribute("value"));
        }
        assertEquals(0, Db.count("select count(*) from intake_draft where answers::text like ?", "%" + clinicId + "%"),
                "the draft is gone with the sign-in that made it");
    }

    @Test
    void shouldReturnToReviewAfterChangeAndNotPromiseTheVisitAfterAnEmergency() {
        String clinicId = uniqueClinicId();
        try (Browser browser = signedIn(DemoUsers.FRONT_DESK)) {
            browser.open("/kiosk");
            PatientFills patient = new PatientFills(browser, false).you(clinicId).where();
            browser.open("/intake/warning");
            patient.warningSigns(true);
            assertEquals("/intake/review", path(browser));
            assertTrue(browser.find("#print-answers").isDisplayed(), "a copy of the answers can be printed");
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
            assertEquals("none", browser.script("return getComputedStyle(document.querySelector('.site-header')).display"),
                    "the printed copy has the answers, not the page's navigation");
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));

            browser.clickAndWait(browser.find("a.change-link[href*='/intake/where']"));
            assertEquals("/intake/where", path(browser));
            browser.choose("pain-intensity-8");
            browser.press("next");
            assertEquals("/intake/review", path(browser), "Change returns to the review, not through every page");
            List<String> painRows = browser.all(".review-row").stream().map(e -> e.getText())
                    .filter(row -> row.startsWith("How bad is the pain")).toList();
            assertEquals(1, painRows.size(), painRows.toString());
            assertTrue(painRows.get(0).endsWith("8") || painRows.get(0).contains("8 "), "the new score is shown: " + painRows);
            patient.submit();

            assertEquals("Get medical help now", browser.h1());
            assertFalse(browser.present("#thanks-visit"), "no \"we'll go through it at your visit\" after \"get help now\"");
            assertFalse(browser.text("main").contains("at your visit"), browser.text("main"));
            browser.check("kiosk-thanks-emergency");
        }
    }

    @Test
    void shouldListErrorsInPageOrderEachNamingItsQuestion() {
        try (Browser browser = signedIn(DemoUsers.FRONT_DESK)) {
            browser.open("/intake/you");
            browser.type("patient-phone", "call me maybe");
            browser.press("next");
            List<String> lines = browser.all("#error-summary li").stream().map(e -> e.getText()).toList();
            assertTrue(lines.size() >= 4, lines.toString());
            assertTrue(lines.get(0).startsWith("Clinic number – Enter your clinic number"), lines.toString());
            assertTrue(lines.get(1).startsWith("First name – "), lines.toString());
            assertTrue(lines.get(2).startsWith("Last name – "), lines.toString());
            assertTrue(lines.get(lines.size() - 1).contains("phone"), "the phone comes last on the page: " + lines);
            browser.check("intake-you-error-summary");
        }
    }
}
