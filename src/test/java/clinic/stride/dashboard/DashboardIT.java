package clinic.stride.dashboard;

import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.Deployments;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/** The clinician's pages in a real headless Chromium, with intakes submitted through the API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.stride();
    }

    @ArquillianResource
    URL base;

    /** A browser signed in as the demo clinician user: these pages are for signed-in staff only. */
    Browser signedIn() {
        Browser browser = new Browser(base);
        browser.signIn(clinic.stride.security.DemoUsers.CLINICIAN.username(), clinic.stride.security.DemoUsers.CLINICIAN.password());
        return browser;
    }

    /** A family name no other test uses, so a name filter shows only this test's patients. */
    private static String uniqueFamilyName() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return "Zz" + letters.substring(0, Math.min(8, letters.length()));
    }

    private String submit(String familyName, Consumer<ObjectNode> change) {
        ObjectNode body = complete(uniqueClinicId(), b -> {
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

        try (Browser browser = signedIn()) {
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
            assertTrue(browser.find("#summary-pdf").getAttribute("href").endsWith("/api/intakes/" + emergency + "/summary.pdf"));
            assertTrue(browser.find("#handout-es-large").getAttribute("href")
                    .endsWith("/api/intakes/" + emergency + "/handout.pdf?lang=es&large=true"));
            browser.check("dashboard-patient");
            for (String link : List.of("#summary-pdf", "#handout-en")) {
                assertPdfOrNotYetBuilt(browser.find(link).getAttribute("href"));
            }
        }
    }

    /**
     * The PDFs are being built in another branch. Until their endpoints exist the route is unknown to JAX-RS
     * (404 "No such resource"); once they exist, the link must give a PDF.
     */
    private void assertPdfOrNotYetBuilt(String href) {
        String path = href.substring(href.indexOf("/api/"));
        Api.Reply reply = TestUsers.clinician(new Api(base)).get(path);
        if (reply.status() == 404 && reply.body().contains("No such resource")) {
            return;
        }
        assertEquals(200, reply.status(), path + ": " + reply);
        assertTrue(reply.contentType().startsWith("application/pdf"), reply.contentType());
        assertTrue(new String(reply.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
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
        try (Browser browser = signedIn()) {
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

        try (Browser browser = signedIn()) {
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
        try (Browser browser = signedIn()) {
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
        try (Browser browser = signedIn()) {
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
