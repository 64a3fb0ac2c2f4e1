package clinic.stride.dashboard;

import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static clinic.stride.testsupport.SampleIntakes.uniqueLetters;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.reports.PdfReading;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The clinician's pages in a real headless Chromium, with intakes submitted through the API. */
class DashboardIT extends StrideIT {

    /** A browser signed in as the demo clinician user: these pages are for signed-in staff only. */

    /** A family name no other test uses, so a name filter shows only this test's patients. */
    private static String uniqueFamilyName() {
        return "Zz" + uniqueLetters(8);
    }

    private String submit(String familyName, Consumer<ObjectNode> change) {
        return submit(uniqueClinicId(), familyName, change);
    }

    private String submit(String clinicId, String familyName, Consumer<ObjectNode> change) {
        ObjectNode body = complete(clinicId, b -> {
            at(b, "patient").put("familyName", familyName);
            b.put("visitDate", LocalDate.now().toString());
            at(b, "redFlags").put("notImprovingWithRest", false);
            change.accept(b);
        });
        Api.Reply reply = TestUsers.clinician(new Api(base)).postJson("api/intakes", json(body));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().get("id").asText();
    }

    private static List<String> rowIds(Browser browser) {
        return browser.all("#worklist tbody tr").stream().map(r -> r.getAttribute("data-intake")).toList();
    }

    private static void filterByName(Browser browser, String name) {
        browser.type("name", name);
        browser.press("search");
    }

    @Test
    void shouldListRedFlagIntakeFirstAndOpenItsPatientPageWithPrintLinks() {
        String family = uniqueFamilyName();
        String emergency = submit(family, b -> at(b, "redFlags").put("bladderBowelLoss", true));
        String plain = submit(family, b -> { });

        try (Browser browser = signedInBrowser(clinic.stride.security.DemoUsers.CLINICIAN)) {
            browser.open("/dashboard");
            browser.check("dashboard-worklist");
            assertEquals("Emergency", browser.text("#worklist tbody tr:first-child .badge"),
                    "red flags come first on the whole worklist");
            filterByName(browser, family.toLowerCase());
            assertEquals(List.of(emergency, plain), rowIds(browser), "red flag first, although submitted earlier");

            browser.clickAndWait(browser.find("tr[data-intake='" + emergency + "'] a.patient-link"));
            assertEquals("Maria " + family, browser.h1());
            assertTrue(browser.text("#red-flags").contains("Emergency"));
            assertTrue(browser.present("#causes li.cause"), "the assessment lists possible causes");
            assertTrue(browser.present(".trend circle.dot"), "the pain trend chart is drawn");
            // The print links are the pages' own addresses, served from the session: the API wants HTTP Basic.
            assertTrue(browser.find("#summary-pdf").getAttribute("href").endsWith("/dashboard/summary.pdf?intake=" + emergency));
            assertTrue(browser.find("#handout-es-large").getAttribute("href")
                    .endsWith("/dashboard/handout.pdf?intake=" + emergency + "&lang=es&large=true"));
            browser.check("dashboard-patient");
        }
    }

    /** The print links of the patient page, the API address of the same file, and what the file is called. */
    private record PrintLink(String id, String api, String fileName, String heading) {
    }

    @Test
    void shouldPrintSummaryAndHandoutsFromTheSessionAloneWhenClinicianClicksThePrintLinks() throws IOException {
        String family = uniqueFamilyName();
        String clinicId = uniqueClinicId();
        String id = submit(clinicId, family, b -> { });
        String patient = "Maria " + family;
        List<PrintLink> links = List.of(
                new PrintLink("summary-pdf", "summary.pdf", "stride-summary-" + clinicId + ".pdf", "Trochanteric bursitis"),
                new PrintLink("handout-en", "handout.pdf?lang=en&large=false", "stride-handout-" + clinicId + "-en.pdf",
                        "Your home exercises"),
                new PrintLink("handout-es", "handout.pdf?lang=es&large=false", "stride-handout-" + clinicId + "-es.pdf",
                        "Sus ejercicios en casa"),
                new PrintLink("handout-en-large", "handout.pdf?lang=en&large=true",
                        "stride-handout-" + clinicId + "-en-large.pdf", "Your home exercises"),
                new PrintLink("handout-es-large", "handout.pdf?lang=es&large=true",
                        "stride-handout-" + clinicId + "-es-large.pdf", "Sus ejercicios en casa"));

        try (Browser browser = signedInBrowser(clinic.stride.security.DemoUsers.CLINICIAN)) {
            browser.open("/dashboard/patient?intake=" + id);
            for (PrintLink link : links) {
                byte[] fromApi = TestUsers.clinician(new Api(base)).get("api/intakes/" + id + "/" + link.api()).bytes();
                if (!link.id().endsWith("-large")) {
                    // Clicked as a person would: Chromium saves the file under the name the response gives it.
                    Path saved = browser.download("#" + link.id());
                    assertEquals(link.fileName(), saved.getFileName().toString());
                    assertArrayEquals(fromApi, Files.readAllBytes(saved), link.id() + ": the same file as the API's");
                }

                Browser.Fetched pdf = browser.fetch(browser.find("#" + link.id()).getAttribute("href"));
                assertEquals(200, pdf.status(), link.id());
                assertFalse(pdf.redirected(), link.id() + " was sent to " + pdf.url() + " instead of answering");
                assertEquals("application/pdf", pdf.header("Content-Type").split(";")[0].trim(), link.id());
                assertTrue(pdf.header("Cache-Control").contains("no-store"), pdf.header("Cache-Control"));
                assertEquals("attachment; filename=\"" + link.fileName() + "\"", pdf.header("Content-Disposition"));
                String text = PdfReading.flat(PdfReading.text(pdf.body()));
                assertTrue(text.contains(patient), link.id() + " names the patient: " + text);
                assertTrue(text.contains(link.heading()), link.id() + ": " + text);
                assertArrayEquals(fromApi, pdf.body(), link.id() + ": the same file as the API's");

                String requestId = pdf.header("X-Request-Id");
                String action = link.id().equals("summary-pdf") ? "report.summary" : "report.handout";
                assertEquals(action + " clinician " + clinicId + " " + id + " 200", Db.text(
                        "select action || ' ' || username || ' ' || clinic_id || ' ' || intake_id || ' ' || status "
                                + "from audit_event where request_id = ?", requestId), "audited as the API's download");
            }
        }
    }

    @Test
    void shouldRefuseThePrintAddressesWhenFrontDeskAsks() {
        String id = submit(uniqueFamilyName(), b -> { });
        // An access rule: the front desk's signed-in session is refused, whatever client carries it.
        FormClient frontDesk = new FormClient(base).signIn(clinic.stride.security.DemoUsers.FRONT_DESK.username(),
                clinic.stride.security.DemoUsers.FRONT_DESK.password());
        for (String address : List.of("dashboard/summary.pdf?intake=" + id,
                "dashboard/handout.pdf?intake=" + id + "&lang=en&large=false",
                "dashboard/handout.pdf?intake=" + id + "&lang=es&large=true")) {
            Api.Reply refused = frontDesk.get(address);
            assertEquals(403, refused.status(), address);
            assertFalse(new String(refused.bytes(), StandardCharsets.ISO_8859_1).startsWith("%PDF"), address);
        }
    }

    @Test
    void shouldShowNotFoundPageWhenTheIntakeIsUnknownOrNotAnId() {
        String id = submit(uniqueFamilyName(), b -> { });
        String unknown = UUID.randomUUID().toString();
        // Status codes, the error page's HTML, headers and an audit row: the server's answers, read over HTTP.
        FormClient clinician = new FormClient(base).signIn(clinic.stride.security.DemoUsers.CLINICIAN.username(),
                clinic.stride.security.DemoUsers.CLINICIAN.password());
        for (String address : List.of("dashboard/summary.pdf?intake=" + unknown, "dashboard/summary.pdf?intake=42",
                "dashboard/summary.pdf", "dashboard/handout.pdf?intake=%0d%0aX-Evil:%201",
                "dashboard/handout.pdf?intake=" + unknown + "&lang=en",
                "dashboard/handout.pdf?intake=" + id + "&lang=fr", "dashboard/handout.pdf?intake=" + id + "&large=yes")) {
            Api.Reply missing = clinician.get(address);
            String body = missing.body();
            assertEquals(404, missing.status(), address);
            assertTrue(body.contains("<h1>Page not found</h1>"), address + ": the not-found page's heading: " + body);
            assertFalse(body.contains("Exception") || body.contains("at clinic.stride"), address + ": " + body);
            assertEquals(null, missing.header("X-Evil"), address);
        }
        Api.Reply unknownIntake = clinician.get("dashboard/summary.pdf?intake=" + unknown);
        assertEquals("report.summary 404", Db.text("select action || ' ' || status || coalesce(' ' || clinic_id, '') "
                + "from audit_event where request_id = ? and intake_id = ?::uuid",
                unknownIntake.header("X-Request-Id"), unknown), "a refused download is audited too");
    }

    @Test
    void shouldPageThroughWorklistWithoutRepeatsWhenMoreThanOnePage() {
        String family = uniqueFamilyName();
        Set<String> submitted = new HashSet<>();
        for (int i = 0; i < Worklist.PAGE_SIZE + 2; i++) {
            int level = i % 3;
            submitted.add(submit(family, b -> {
                if (level == 1) {
                    at(b, "redFlags").put("notImprovingWithRest", true);
                }
            }));
        }
        try (Browser browser = signedInBrowser(clinic.stride.security.DemoUsers.CLINICIAN)) {
            browser.open("/dashboard");
            filterByName(browser, family);
            List<String> first = rowIds(browser);
            assertEquals(Worklist.PAGE_SIZE, first.size());
            browser.press("next-page");
            List<String> second = rowIds(browser);
            assertEquals(2, second.size());
            Set<String> seen = new HashSet<>(first);
            seen.addAll(second);
            assertEquals(submitted, seen, "every intake exactly once over the two pages");
            browser.check("dashboard-worklist-page-2");
        }
    }

    @Test
    void shouldFilterWorklistByCauseAndRedFlag() {
        String family = uniqueFamilyName();
        String flagged = submit(family, b -> at(b, "redFlags").put("notImprovingWithRest", true));
        String calm = submit(family, b -> { });
        String topCause = Db.text("select cause_ids[1] from intake where id = ?::uuid", flagged);

        try (Browser browser = signedInBrowser(clinic.stride.security.DemoUsers.CLINICIAN)) {
            browser.open("/dashboard");
            browser.type("name", family);
            browser.choose("redFlags");
            browser.press("search");
            assertEquals(List.of(flagged), rowIds(browser));

            browser.choose("redFlags");
            browser.find("#cause option[value='" + topCause + "']").click();
            browser.press("search");
            assertEquals(Set.of(flagged, calm), new HashSet<>(rowIds(browser)), "both have the same answers, so the same causes");
        }
    }

    @Test
    void shouldStoreNewVersionWhenClinicianAmendsIntake() {
        String family = uniqueFamilyName();
        String id = submit(family, b -> { });
        try (Browser browser = signedInBrowser(clinic.stride.security.DemoUsers.CLINICIAN)) {
            browser.open("/dashboard/patient?intake=" + id);
            browser.press("amend");
            assertEquals("Correct an intake", browser.h1());
            browser.check("dashboard-amend");
            browser.press("save");
            assertTrue(browser.text("#reason-error").contains("Say why"), "the reason is required, shown next to its field");
            browser.check("dashboard-amend-errors");

            browser.type("reason", "Patient meant pain 3 on most days");
            browser.choose("pain-intensity-3");
            browser.press("save");
            assertTrue(browser.url().contains("/dashboard/patient?intake=" + id), browser.url());
            assertTrue(browser.text(".versions").contains("Patient meant pain 3 on most days"));
        }
        assertEquals(2, Db.count("select current_version from intake where id = ?::uuid", id));
        assertEquals(3, Db.count("select pain_intensity from intake where id = ?::uuid", id));
        assertEquals("6", Db.text("select answers->'pain'->>'intensity' from intake_version where intake_id = ?::uuid and version = 1", id),
                "the first version stays as it was");
        assertEquals("page.patient.read 200, page.amendment.read 200, page.amendment.submit 400, page.amendment.submit 303, "
                        + "page.patient.read 200",
                Db.text("select string_agg(action || ' ' || status, ', ' order by id) from audit_event "
                        + "where intake_id = ?::uuid and action like 'page.%' and username = 'clinician'", id),
                "one audit row per page request: each view, the refused save and the saved amendment");
    }

    @Test
    void shouldShowEveryCauseWithRulesAndQuotesOnKnowledgePage() {
        try (Browser browser = signedInBrowser(clinic.stride.security.DemoUsers.CLINICIAN)) {
            browser.open("/knowledge");
            assertEquals("Knowledge base", browser.h1());
            List<WebElement> causes = browser.all(".knowledge-cause");
            assertTrue(causes.size() >= 30, "every cause of the knowledge base: " + causes.size());
            for (WebElement cause : causes) {
                assertTrue(!cause.findElements(org.openqa.selenium.By.cssSelector("table.rules tbody tr")).isEmpty(),
                        "a cause without rules: " + cause.getAttribute("id"));
            }
            assertTrue(browser.present("blockquote.quote"));
            browser.check("knowledge");
        }
    }
}
