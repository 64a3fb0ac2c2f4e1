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
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.PatientFills;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text typed into the pages is read and written as UTF-8 end to end: Spanish names, the curly apostrophe and en
 * dash phones insert, an emoji, Chinese and Greek, typed in Chromium, then read back from PostgreSQL, from the
 * pages and from the clinician's PDF (pdftotext). Before the fix the form posts were decoded as ISO-8859-1.
 */
class Utf8TextIT extends StrideIT {

    /** Free text as a phone writes it: curly apostrophe, en dash, Spanish, Chinese, Greek; the emoji is added by script. */
    static final String OTHER_INJURIES = "don’t know – caída en 2019, 李小龙 y Ελένη";
    static final String EMOJI = " \uD83D\uDE42";




    /** A family name no other test uses (letters only), with an accent, so a search finds only this test's patient. */
    private static String uniqueFamily(String accented) {
        return accented + "-" + "Zz" + uniqueLetters(6);
    }

    @Test
    void shouldStoreAndShowSpanishCurlyQuotesEmojiAndNonLatinTextWhenTypedInTheBrowser() throws Exception {
        String clinicId = uniqueClinicId();
        String family = uniqueFamily("Gómez");
        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.open("/intake/you");
            PatientFills patient = new PatientFills(browser, false).you(clinicId, "Lucía Ελένη", family)
                    .where().when().activity().body();
            // ChromeDriver types only the Basic Multilingual Plane: the emoji goes in as a phone's keyboard would put it.
            browser.find("#factors-pastInjuries-hipFracture-no");
            browser.type("factors-pastInjuries-other", OTHER_INJURIES);
            browser.script("arguments[0].value += arguments[1]", browser.find("#factors-pastInjuries-other"), EMOJI);
            browser.choose("factors-pastInjuries-hipFracture-no").choose("factors-conditions");
            browser.press("next");
            assertEquals("/intake/function", path(browser), "the free text is accepted: " + errors(browser));
            patient.skipsLefs().warningSigns(false);

            // The review lists each answer on its own line: first name, last name, … other injuries.
            String review = browser.text("main");
            assertTrue(review.contains("Lucía Ελένη") && review.contains(family), review);
            assertTrue(review.contains(OTHER_INJURIES + EMOJI), review);
            browser.check("intake-review-utf8");
            patient.submit();
            assertEquals("Thank you, your answers have been sent", browser.h1());

            browser.open("/front-desk/worklist");
            assertTrue(browser.text("#desk-worklist").contains("Lucía Ελένη " + family), browser.text("#desk-worklist"));
        }
        assertEquals("Lucía Ελένη|" + family, Db.text("select given_name || '|' || family_name from patient where clinic_id = ?", clinicId));
        assertEquals(OTHER_INJURIES + EMOJI, Db.text("select v.answers->'factors'->'pastInjuries'->>'other' from intake_version v "
                + "join intake i on i.id = v.intake_id join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));

        String intake = Db.text("select i.id::text from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId);
        try (Browser browser = signedInBrowser(DemoUsers.CLINICIAN)) {
            browser.open("/dashboard");
            browser.type("name", "Gómez-" + family.substring(family.indexOf("Zz")));
            browser.press("search");
            assertEquals(List.of(intake), rows(browser), "a search with an accent finds her");
            browser.open("/dashboard/patient?intake=" + intake);
            assertEquals("Lucía Ελένη " + family, browser.h1());
            assertTrue(browser.text("main").contains(OTHER_INJURIES + EMOJI), "the answers page shows the text as typed");

            Browser.Fetched pdf = browser.fetch("/dashboard/summary.pdf?intake=" + intake);
            assertEquals(200, pdf.status());
            String text = pdftotext(pdf.body());
            assertTrue(text.contains("Lucía"), text);
            assertTrue(text.contains(family), text);
            assertFalse(text.contains("Ã"), "no double-encoded text in the PDF: " + text);
        }
    }

    @Test
    void shouldMatchRegisteredPatientAndFindHerByAccentedNameWhenSheTypesItHerself() {
        String clinicId = uniqueClinicId();
        String family = uniqueFamily("Ortega Núñez");
        Api.Reply registered = TestUsers.frontDesk(new Api(base)).postJson("api/patients", json(complete(clinicId, b -> {
            at(b, "patient").put("givenName", "María").put("familyName", family);
        }).get("patient")));
        assertEquals(201, registered.status(), registered::toString);

        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.open("/intake/you");
            new PatientFills(browser, false).you(clinicId, "María", family).where().when().activity().body().history()
                    .skipsLefs().warningSigns(false).submit();
            assertEquals("Thank you, your answers have been sent", browser.h1(),
                    "her own name matches the clinic's record: " + errors(browser));
        }
        assertEquals(1, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));
        assertEquals(1, Db.count("select count(*) from patient where clinic_id = ? and given_name = 'María'", clinicId));
        String intake = Db.text("select i.id::text from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId);

        try (Browser browser = signedInBrowser(DemoUsers.CLINICIAN)) {
            // With the unique tag: the shared test database holds many a María, more than one page of the worklist.
            String tag = family.substring(family.indexOf("Zz"));
            // Each search is typed into the filter form of the page on screen: the list's own form after the first.
            browser.open("/dashboard");
            for (String search : List.of("María " + tag, "ortega núñez " + tag.toLowerCase(java.util.Locale.ROOT))) {
                browser.type("name", search);
                browser.press("search");
                assertTrue(rows(browser).contains(intake), search + " finds María Ortega Núñez");
            }
            browser.check("dashboard-search-accents");
        }
    }

    @Test
    void shouldKeepTypedValueUngarbledWhenAnotherFieldIsRefused() {
        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.open("/intake/you");
            browser.type("patient-clinicId", "bad number/1").type("patient-givenName", "Zoë O’Brien–Ruiz")
                    .type("patient-familyName", "李");
            browser.press("next");
            assertTrue(browser.present("#patient-clinicId-error"));
            assertFalse(browser.present("#patient-givenName-error"), "a curly apostrophe and en dash are plain text");
            assertEquals("Zoë O’Brien–Ruiz", browser.find("#patient-givenName").getAttribute("value"));
            assertEquals("李", browser.find("#patient-familyName").getAttribute("value"));
        }
    }

    @Test
    void shouldDeclareUtf8OnEveryPageResponse() {
        // The response headers are the subject, not the browser: a signed-in HTTP client reads them.
        FormClient frontDesk = new FormClient(base).signIn(DemoUsers.FRONT_DESK.username(), DemoUsers.FRONT_DESK.password());
        for (String page : List.of("intake/you", "front-desk/worklist", "account", "login")) {
            Api.Reply got = frontDesk.visit(page);
            assertEquals(200, got.status(), page + " ends on a page: " + got.response().uri());
            assertTrue(got.header("Content-Type").toLowerCase().contains("charset=utf-8"), page + ": " + got.header("Content-Type"));
        }
    }

    private static String path(Browser browser) {
        return java.net.URI.create(browser.url()).getPath();
    }

    private static String errors(Browser browser) {
        return browser.all(".error, .error-message, #error-summary").stream().map(e -> e.getText()).toList().toString();
    }

    private static List<String> rows(Browser browser) {
        return browser.all("#worklist tbody tr").stream().map(r -> r.getAttribute("data-intake")).toList();
    }

    /** The PDF's text as poppler's pdftotext reads it (UTF-8), normalised to NFC. */
    static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("stride-utf8-", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), text);
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
