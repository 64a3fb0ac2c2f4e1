package clinic.stride.intake.wizard;

import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static clinic.stride.testsupport.SampleIntakes.uniqueLetters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.PatientFills;
import clinic.stride.testsupport.StrideIT;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The body map on a patient's phone and what becomes of it: every place has a Left and a Right box whose tap target
 * measures at least 44 x 44 CSS px in Chromium at 390 px wide (WCAG 2.5.5), the places on the map are outlined so
 * the patient sees where to tap, and each place keeps its own side (a right hip and a left lower back, not "both"
 * everywhere) from the map to the review, PostgreSQL, the clinician's page and the summary PDF, with the duration
 * shown as the patient gave it ("2 months", not the 9 weeks the rules read).
 */
class BodyMapIT extends StrideIT {

    /** Every place's Left and Right box: label id, rendered width and height in CSS px. */
    private static final String TARGETS = """
            return Array.from(document.querySelectorAll('input[name="pain.regions.left"], input[name="pain.regions.right"]'))
              .map(function (input) {
                var box = document.querySelector('label[for="' + input.id + '"]').getBoundingClientRect();
                return input.name + ' ' + input.value + ' ' + Math.floor(box.width) + ' ' + Math.floor(box.height);
              });
            """;

    private static String path(Browser browser) {
        return URI.create(browser.url()).getPath();
    }

    private static String errors(Browser browser) {
        return browser.all(".error-message, #error-summary").stream().map(e -> e.getText()).toList().toString();
    }

    @Test
    void shouldGiveEveryPlaceAndSideATapTargetOfAtLeast44PxAndOutlineThePlacesWhenOnAPhone() {
        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.phone();
            browser.open("/intake/you");
            new PatientFills(browser, false).you(uniqueClinicId());
            assertEquals("/intake/where", path(browser), errors(browser));

            @SuppressWarnings("unchecked")
            List<String> targets = (List<String>) browser.script(TARGETS);
            assertEquals(16, targets.size(), "a Left and a Right box for each of the 8 places: " + targets);
            for (String target : targets) {
                String[] parts = target.split(" ");
                int width = Integer.parseInt(parts[2]);
                int height = Integer.parseInt(parts[3]);
                assertTrue(width >= 44 && height >= 44, "tap target of " + parts[0] + " " + parts[1] + " is "
                        + width + " x " + height + " CSS px, WCAG 2.5.5 asks at least 44 x 44");
            }
            Number pageWidth = (Number) browser.script("return document.documentElement.scrollWidth");
            assertTrue(pageWidth.intValue() <= 390, "nothing wider than the phone: " + pageWidth);

            // The hint of where to tap: each place on the map is outlined, and the words under the map say what to do.
            @SuppressWarnings("unchecked")
            List<String> strokes = (List<String>) browser.script("return Array.from(document.querySelectorAll('.body-map .region'))"
                    + ".map(function (s) { var c = getComputedStyle(s); return c.stroke + '|' + c.strokeOpacity; })");
            assertEquals(22, strokes.size(), "every place on both views: " + strokes);
            for (String stroke : strokes) {
                assertFalse(stroke.startsWith("none") || stroke.startsWith("rgba(0, 0, 0, 0)") || stroke.endsWith("|0"),
                        "an unshaded place is outlined, so the patient sees where to tap: " + stroke);
            }
            assertTrue(browser.find(".map-hint").isDisplayed());
            assertEquals("Tap an outlined place to mark that side. Tap it again to clear it.", browser.text(".map-hint"));
            browser.check("intake-where");

            // Tapping a small place on the map ticks its box; tapping again clears it.
            browser.find("#front-knee-left").click();
            assertTrue(browser.find("#pain-regions-knee-left").isSelected());
            browser.find("#front-knee-left").click();
            assertFalse(browser.find("#pain-regions-knee-left").isSelected());

            // Next with no place ticked: one error, on the places, none about a side question the page does not ask.
            browser.press("next");
            assertTrue(browser.present("#pain-regions-error"), errors(browser));
            assertFalse(browser.present("#pain-side-error"), errors(browser));
            browser.check("intake-where-errors");
        }
    }

    @Test
    void shouldKeepEachPlacesOwnSideAndTheDurationAsGivenFromTheMapToTheClinicianAndThePdf() throws Exception {
        String clinicId = uniqueClinicId();
        String family = "Sánchez-Zz" + uniqueLetters(5);
        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.phone();
            browser.open("/intake/you");
            PatientFills patient = new PatientFills(browser, false).you(clinicId, "Inés", family);

            // The right hip on the front view, the left lower back on the back view.
            browser.find("#front-outer-hip-right").click();
            browser.find("#back-lower-back-left").click();
            assertTrue(browser.find("#pain-regions-outer_hip-right").isSelected());
            assertFalse(browser.find("#pain-regions").isSelected(), "the left hip is not ticked");
            assertTrue(browser.find("#pain-regions-lower_back-left").isSelected());
            assertFalse(browser.find("#pain-regions-lower_back-right").isSelected(), "the right lower back is not ticked");
            @SuppressWarnings("unchecked")
            List<String> shaded = (List<String>) browser.script(
                    "return Array.from(document.querySelectorAll('.body-map .region.selected')).map(function (s) { return s.id; })");
            assertEquals(Set.of("front-outer-hip-right", "back-outer-hip-right", "back-lower-back-left"), new TreeSet<>(shaded));
            browser.check("intake-where-sides");
            browser.choose("pain-intensity-5");
            browser.press("next");
            assertEquals("/intake/when", path(browser), errors(browser));

            // Two months, as the patient says it.
            browser.choose("pain-onset-gradual").type("pain-duration-amount", "2");
            browser.find("#pain-duration-unit option[value='months']").click();
            browser.choose("pain-when").choose("pain-relievedBy").choose("pain-character");
            browser.press("next");
            patient.activity().body().history().skipsLefs().warningSigns(false);

            String review = browser.text("main");
            assertTrue(review.contains("Outside of the hip: right side") && review.contains("Lower back: left side"),
                    "each place with its own side on the review: " + review);
            assertFalse(review.contains("Both sides"), review);
            assertTrue(review.contains("2 months"), "the duration as given: " + review);
            browser.check("intake-review");
            patient.submit();
            assertEquals("Thank you, your answers have been sent", browser.h1(), errors(browser));
        }

        String pain = "select v.answers->'pain'->>'%s' from intake_version v join intake i on i.id = v.intake_id "
                + "join patient p on p.id = i.patient_id where p.clinic_id = ?";
        assertEquals("[\"outer_hip\"]", Db.text(pain.formatted("rightRegions"), clinicId));
        assertEquals("[\"lower_back\"]", Db.text(pain.formatted("leftRegions"), clinicId));
        assertEquals("both", Db.text(pain.formatted("side"), clinicId), "the rules still read one side for the answer");
        assertEquals(2.0, Double.parseDouble(Db.text(pain.formatted("durationAmount"), clinicId)));
        assertEquals("months", Db.text(pain.formatted("durationUnit"), clinicId));
        assertEquals("9", Db.text(pain.formatted("durationWeeks"), clinicId), "what the rules read: 2 x 52 / 12 weeks, rounded");
        String intake = Db.text("select i.id::text from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId);

        try (Browser browser = signedInBrowser(DemoUsers.CLINICIAN)) {
            browser.open("/dashboard/patient?intake=" + intake + "&lang=en");
            String page = browser.text("main");
            assertTrue(page.contains("Outside of the hip: right side") && page.contains("Lower back: left side"), page);
            assertTrue(page.contains("2 months"), "the clinician reads the duration as the patient gave it: " + page);
            browser.check("dashboard-patient");

            String text = Utf8TextIT.pdftotext(browser.fetch("/dashboard/summary.pdf?intake=" + intake).body())
                    .replaceAll("\\s+", " ");
            assertTrue(text.contains("outer hip, right; lower back, left"), "each place with its side in the PDF: " + text);
            assertTrue(text.contains("2 months ago"), "the duration as given in the PDF: " + text);
            assertFalse(text.contains("9 weeks"), text);

            // Spanish: the page's own words in Spanish, the knowledge base's English text marked as English.
            browser.open("/dashboard/patient?intake=" + intake + "&lang=es");
            page = browser.text("main");
            assertTrue(page.contains("2 meses"), page);
            assertTrue(browser.present("#english-only"), "a Spanish page says the clinician text is English only");
            assertFalse(browser.all("#causes [lang=en]").isEmpty(), "the reasons are marked as English");
            browser.check("dashboard-patient-es");
        }
    }
}
