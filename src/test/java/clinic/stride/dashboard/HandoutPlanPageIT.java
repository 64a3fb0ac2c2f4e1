package clinic.stride.dashboard;

import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.reports.PdfReading;
import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The clinician's handout plan page in a real headless Chromium: choosing exercises and dosage stores a plan
 * through the same service as POST /api/intakes/{id}/handout, and the handout PDF prints that plan.
 */
class HandoutPlanPageIT extends StrideIT {


    /** An intake whose assessment suggests exercises (no emergency, so none are withheld). */
    private String intakeWithSuggestedExercises() {
        ObjectNode body = complete(uniqueClinicId(), b -> {
            b.put("visitDate", LocalDate.now().toString());
            at(b, "redFlags").put("notImprovingWithRest", false);
        });
        Api.Reply reply = TestUsers.clinician(new Api(base)).postJson("api/intakes", json(body));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().get("id").asText();
    }

    /** Rows counted and counted on for sets and reps: exercises with a reps box (not the minutes of walking). */
    private static List<Integer> repsRows(Browser browser) {
        return browser.all(".plan-exercise").stream()
                .map(row -> row.getAttribute("id").replaceAll("ex-(\\d+)-row", "$1"))
                .map(Integer::valueOf)
                .filter(i -> browser.present("#ex-" + i + "-reps"))
                .toList();
    }

    private static String rowOf(String exerciseId) {
        return ".plan-exercise[data-exercise='" + exerciseId + "']";
    }

    private static String nameOf(Browser browser, int row) {
        return browser.text("label[for='ex-" + row + "-on']");
    }

    /** The file behind a link, fetched with the browser's own session, as the browser would download it. */
    private static HttpResponse<byte[]> download(Browser browser, String href) throws IOException, InterruptedException {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void shouldPrintOnlyTickedExercisesWithNewDosageWhenClinicianSavesPlan() throws Exception {
        String id = intakeWithSuggestedExercises();
        String droppedId;
        try (Browser browser = signedInBrowser(DemoUsers.CLINICIAN)) {
            browser.open("/dashboard/patient?intake=" + id);
            browser.press("handout-plan");
            assertEquals("Handout: exercises and dosage", browser.h1());
            browser.check("dashboard-handout");
            List<Integer> rows = repsRows(browser);
            assertTrue(rows.size() >= 2, "the sample intake suggests at least two exercises with repetitions: " + rows);
            int kept = rows.get(0);
            int dropped = rows.get(1);
            String keptName = nameOf(browser, kept);
            String droppedName = nameOf(browser, dropped);
            String keptId = browser.find("#ex-" + kept + "-row").getAttribute("data-exercise");
            droppedId = browser.find("#ex-" + dropped + "-row").getAttribute("data-exercise");
            assertTrue(browser.find("#ex-" + dropped + "-on").isSelected(), "without a plan every suggestion is ticked");

            browser.choose("ex-" + dropped + "-on");
            browser.type("ex-" + kept + "-sets", "2").type("ex-" + kept + "-reps", "17").type("ex-" + kept + "-week", "4");
            browser.choose("language");
            browser.press("save");

            assertTrue(browser.present("#saved"), "the page says the plan is saved");
            // Rows are in the stored plan's order now (what prints), unticked ones after it.
            assertFalse(browser.find(rowOf(droppedId) + " input[type=checkbox]").isSelected(), "the stored plan leaves it out");
            assertTrue(browser.find(rowOf(keptId) + " input[type=checkbox]").isSelected());
            assertEquals("17", browser.find(rowOf(keptId) + " input[id$='-reps']").getAttribute("value"));
            browser.check("dashboard-handout-saved");

            HttpResponse<byte[]> pdf = download(browser, browser.find("#download").getAttribute("href"));
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0].trim());
            String text = PdfReading.flat(PdfReading.text(pdf.body()));
            assertTrue(text.contains(keptName), "the ticked exercise is printed: " + text);
            assertTrue(text.contains("2 sets of 17"), "with the new dosage: " + text);
            assertTrue(text.contains("4 times a week"), text);
            assertFalse(text.contains(droppedName), "the unticked exercise is not printed: " + text);

            // The stored plan reprints identically through the API.
            Api.Reply api = TestUsers.clinician(new Api(base)).get("api/intakes/" + id + "/handout.pdf");
            assertEquals(200, api.status());
            assertArrayEquals(api.bytes(), pdf.body(), "the page's PDF is the stored plan's handout");
        }
        assertEquals(1, Db.count("select count(*) from handout_plan where intake_id = ?::uuid", id));
        String stored = Db.text("select exercises::text from handout_plan where intake_id = ?::uuid", id);
        assertTrue(stored.contains("\"reps\": 17"), stored);
        assertFalse(stored.contains("\"" + droppedId + "\""), "the unticked exercise is not in the stored plan: " + stored);
        assertEquals("clinician", Db.text("select created_by from handout_plan where intake_id = ?::uuid", id));
    }

    @Test
    void shouldShowErrorNextToDosageAndStoreNothingWhenDosageIsBad() {
        String id = intakeWithSuggestedExercises();
        try (Browser browser = signedInBrowser(DemoUsers.CLINICIAN)) {
            browser.open("/dashboard/handout?intake=" + id);
            List<Integer> rows = repsRows(browser);
            int zeroSets = rows.get(0);
            int letters = rows.get(1);
            browser.type("ex-" + zeroSets + "-sets", "0").type("ex-" + letters + "-reps", "ten");
            browser.press("save");

            assertTrue(browser.text("#ex-" + zeroSets + "-sets-error").contains("Sets must be from 1 to 10."),
                    browser.text("#ex-" + zeroSets + "-sets-error"));
            assertTrue(browser.text("#ex-" + letters + "-reps-error").contains("Enter a whole number"));
            WebElement reps = browser.find("#ex-" + letters + "-reps");
            assertEquals("ten", reps.getAttribute("value"), "what was typed stays");
            assertEquals("true", reps.getAttribute("aria-invalid"));
            assertEquals("ex-" + letters + "-reps-error", reps.getAttribute("aria-describedby"));
            assertEquals("0", browser.find("#ex-" + zeroSets + "-sets").getAttribute("value"));
            assertTrue(browser.present("#error-summary"));
            assertFalse(browser.present("#saved"));
            browser.check("dashboard-handout-errors");
        }
        assertEquals(0, Db.count("select count(*) from handout_plan where intake_id = ?::uuid", id), "nothing is stored");
    }
}
