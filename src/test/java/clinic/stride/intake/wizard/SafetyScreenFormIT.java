package clinic.stride.intake.wizard;

import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.PatientFills;
import clinic.stride.testsupport.StrideIT;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The guideline red-flag screen on the warning-signs page (issue 14), in a real Chromium against Payara and
 * PostgreSQL: every question asked in English and Spanish, pregnancy only when the sex is not male, the
 * get-help-now message on the page itself before the review, and the answers stored.
 */
class SafetyScreenFormIT extends StrideIT {

    static final List<String> NEW_RED_FLAGS = List.of("saddleNumbness", "urinaryRetention", "bothLegs",
            "numbnessOrWeaknessWorsening", "cannotBearWeight", "cancerHistory", "unexplainedWeightLoss", "immunosuppressed");
    static final List<String> OLD_RED_FLAGS = List.of("bladderBowelLoss", "numbnessTinglingWeakness", "swellingRedness",
            "recentFallOrInjury", "fever", "severeOrWorsening", "notImprovingWithRest", "interferesWithDailyActivities");



    private Browser signedIn(String language) {
        Browser browser = new Browser(base, language);
        browser.signInOverHttp(DemoUsers.FRONT_DESK.username(), DemoUsers.FRONT_DESK.password());
        return browser;
    }

    @Test
    void shouldAskEveryWarningSignAndShowGetHelpNowOnThePageWhenSaddleNumbnessIsAnsweredWithoutScript() {
        Properties en = bundle("en");
        String clinicId = uniqueClinicId();
        try (Browser browser = signedIn("en-US")) {
            browser.open("/intake/you");
            PatientFills patient = new PatientFills(browser, false).you(clinicId).where();
            browser.open("/intake/warning");
            assertEquals("Warning signs", browser.h1());
            for (String flag : concat(OLD_RED_FLAGS, NEW_RED_FLAGS)) {
                assertEquals(en.getProperty("q.redFlags." + flag), browser.text("#redFlags-" + flag + "-group legend"), flag);
            }
            assertEquals("Are you pregnant, or have you given birth in the last 6 months?",
                    browser.text("#factors-pregnant-group legend"), "asked: the patient is female");
            assertFalse(browser.find("#emergency-now").isDisplayed(), "no message before any answer");
            browser.check("intake-warning-screen");

            answerAll(browser, List.of("saddleNumbness", "cancerHistory"));
            browser.choose("factors-pregnant-no");
            // As without intake.js: the message was not seen, so Next must show it here rather than move on.
            browser.driver().executeScript("var n = document.getElementById('emergency-now'); n.hidden = true;"
                    + "n.querySelector('input[name=_emergencyShown]').value = '';");
            browser.press("next");

            assertTrue(browser.url().endsWith("/intake/warning"), "stays on the warning-signs page: " + browser.url());
            assertTrue(browser.find("#emergency-now").isDisplayed());
            assertNull(browser.find("#emergency-now").getDomAttribute("hidden"), "rendered by the server, not the script");
            assertEquals("alert", browser.find("#emergency-now").getAttribute("role"));
            assertTrue(browser.text("#emergency-now").startsWith("Get medical help now"), browser.text("#emergency-now"));
            assertTrue(browser.text("#emergency-now").contains("Call your local emergency number"));
            assertTrue(browser.find("#redFlags-saddleNumbness").isSelected(), "the answers are kept");
            assertEquals(1, Db.count("select count(*) from intake_draft where answers->'values'->>'patient.clinicId' = ? "
                    + "and answers->'values'->>'redFlags.saddleNumbness' = 'yes' "
                    + "and answers->'values'->>'redFlags.cancerHistory' = 'yes' "
                    + "and answers->'values'->>'factors.pregnant' = 'no'", clinicId), "the draft carries the new answers");
            browser.check("intake-warning-emergency");

            browser.press("next");
            assertEquals("Check your answers", browser.h1(), "once seen, Next goes on to the review");
            String review = review(browser);
            assertTrue(review.contains(en.getProperty("q.redFlags.saddleNumbness") + " Yes"), review);
            assertTrue(review.contains(en.getProperty("q.redFlags.bothLegs") + " No"), review);
            assertTrue(review.contains("Are you pregnant, or have you given birth in the last 6 months? No"), review);
            patient.submit();
            assertFalse(browser.url().contains("/intake/review"), "sent: " + browser.url());
        }
        String answers = "select v.answers #>> (?::text)::text[] from intake_version v join intake i on i.id = v.intake_id "
                + "join patient p on p.id = i.patient_id where p.clinic_id = ?";
        assertEquals("true", Db.text(answers, "{redFlags,saddleNumbness}", clinicId));
        assertEquals("true", Db.text(answers, "{redFlags,cancerHistory}", clinicId));
        for (String flag : List.of("urinaryRetention", "bothLegs", "numbnessOrWeaknessWorsening", "cannotBearWeight",
                "unexplainedWeightLoss", "immunosuppressed", "fever")) {
            assertEquals("false", Db.text(answers, "{redFlags," + flag + "}", clinicId), flag);
        }
        assertEquals("false", Db.text(answers, "{factors,pregnant}", clinicId));
    }

    @Test
    void shouldAskInSpanishAndShowGetHelpNowAtOnceWhenBothLegsIsChosen() {
        Properties es = bundle("es");
        String clinicId = uniqueClinicId();
        try (Browser browser = signedIn("es-ES")) {
            browser.open("/intake?lang=es");
            browser.press("start");
            PatientFills patient = new PatientFills(browser, false).you(clinicId, "patient-sex-male").where();
            browser.open("/intake/warning");
            assertEquals("Señales de alarma", browser.h1());
            for (String flag : concat(OLD_RED_FLAGS, NEW_RED_FLAGS)) {
                assertEquals(es.getProperty("q.redFlags." + flag), browser.text("#redFlags-" + flag + "-group legend"), flag);
            }
            assertFalse(browser.present("#factors-pregnant-group"), "not asked: the patient is male");
            assertFalse(browser.find("#emergency-now").isDisplayed());

            browser.choose("redFlags-bothLegs");
            assertTrue(browser.find("#emergency-now").isDisplayed(), "shown on the click, before Next");
            assertTrue(browser.text("#emergency-now").startsWith("Busque atención médica ahora"), browser.text("#emergency-now"));
            browser.check("intake-warning-emergency-es");

            // Every other question answered "no" except immunosuppression, which is optional and left blank.
            for (String flag : concat(OLD_RED_FLAGS, NEW_RED_FLAGS)) {
                if (!flag.equals("bothLegs") && !flag.equals("immunosuppressed")) {
                    browser.choose("redFlags-" + flag + "-no");
                }
            }
            browser.press("next");
            assertEquals("Revise sus respuestas", browser.h1(), "the script showed the message: Next goes on");
            String review = review(browser);
            assertTrue(review.contains(es.getProperty("q.redFlags.bothLegs") + " Sí"), review);
            assertTrue(review.contains(es.getProperty("q.redFlags.immunosuppressed") + " Sin responder"), review);
            assertFalse(review.contains("embarazada"), review);
            patient.submit();
        }
        String answers = "select v.answers #>> (?::text)::text[] from intake_version v join intake i on i.id = v.intake_id "
                + "join patient p on p.id = i.patient_id where p.clinic_id = ?";
        assertEquals("true", Db.text(answers, "{redFlags,bothLegs}", clinicId));
        assertEquals("false", Db.text(answers, "{redFlags,saddleNumbness}", clinicId));
        assertEquals(1, Db.count("select count(*) from intake_version v join intake i on i.id = v.intake_id "
                + "join patient p on p.id = i.patient_id where p.clinic_id = ? and v.answers->'redFlags'->'immunosuppressed' is null "
                + "and v.answers->'factors'->'pregnant' is null and i.language = 'es'", clinicId),
                "not answered and not asked are stored as absent");
    }

    /** The review page's answers, one "question answer" per line. */
    private static String review(Browser browser) {
        return String.join("\n", browser.all(".review-row").stream()
                .map(row -> row.getText().replaceAll("\\s+", " ").strip()).toList());
    }

    private static void answerAll(Browser browser, List<String> yes) {
        for (String flag : concat(OLD_RED_FLAGS, NEW_RED_FLAGS)) {
            browser.choose(yes.contains(flag) ? "redFlags-" + flag : "redFlags-" + flag + "-no");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static Properties bundle(String language) {
        Properties p = new Properties();
        try (var in = SafetyScreenFormIT.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }
}
