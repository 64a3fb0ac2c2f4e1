package clinic.stride.audit;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.RunsAlone;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The admin's audit page in a real headless Chromium: search, keyset pages, the chain check, both languages. */
@RunsAlone("pages through every audit row about its patient; a list view in another class (today's worklist) discloses that patient too")
class AuditPageIT extends StrideIT {

    private Browser admin() {
        Browser browser = new Browser(base);
        browser.signInOverHttp(DemoUsers.ADMIN.username(), DemoUsers.ADMIN.password());
        return browser;
    }

    /** A patient with an intake, read {@code reads} times through the API: 1 + reads audit rows about them. */
    private String patientWithReads(int reads) {
        String clinicId = uniqueClinicId();
        Api clinician = TestUsers.clinician(new Api(base));
        Api.Reply created = clinician.postJson("api/intakes", json(complete(clinicId)));
        assertEquals(201, created.status(), created::toString);
        String intakeId = created.json().get("id").asText();
        for (int i = 0; i < reads; i++) {
            assertEquals(200, clinician.get("api/intakes/" + intakeId).status());
        }
        return clinicId;
    }

    private static List<Long> rowIds(Browser browser) {
        return browser.all("#audit tbody tr").stream().map(r -> Long.valueOf(r.getAttribute("data-id"))).toList();
    }

    @Test
    void shouldFindAPatientsEventsNewestFirstAndPageThroughThemWithoutRepeats() {
        String clinicId = patientWithReads(AuditView.PAGE_SIZE + 2);
        try (Browser browser = admin()) {
            browser.open("/admin/audit");
            assertEquals("Audit trail", browser.h1());
            browser.check("admin-audit");

            browser.type("clinicId", clinicId);
            browser.press("search");
            List<Long> first = rowIds(browser);
            assertEquals(AuditView.PAGE_SIZE, first.size());
            List<Long> sorted = new ArrayList<>(first);
            sorted.sort((a, b) -> Long.compare(b, a));
            assertEquals(sorted, first, "newest first");
            browser.all("#audit tbody td.patient").forEach(td -> assertEquals(clinicId, td.getText()));
            assertEquals("intake.read", browser.text("#audit tbody tr:first-child td.action"));
            assertEquals("clinician", browser.text("#audit tbody tr:first-child td.who"));
            assertFalse(browser.driver().getPageSource().contains("Ortega"), "no patient names on the admin page");
            browser.check("admin-audit-search");

            browser.press("next-page");
            List<Long> second = rowIds(browser);
            assertEquals(List.of("intake.read", "intake.create"),
                    browser.all("#audit tbody td.action").stream().map(td -> td.getText()).toList().subList(second.size() - 2, second.size()));
            Set<Long> seen = new HashSet<>(first);
            seen.addAll(second);
            assertEquals(first.size() + second.size(), seen.size(), "no event on both pages");
            assertTrue(second.getFirst() < first.getLast(), "the second page continues where the first ended");
        }
    }

    @Test
    void shouldShowAnErrorBesideTheFieldWhenAFilterIsWrong() {
        try (Browser browser = admin()) {
            browser.open("/admin/audit");
            browser.type("clinicId", "not a clinic id!");
            browser.press("search");
            assertTrue(browser.text("#clinicId-error").contains("clinic number"), browser.text("#clinicId-error"));
            assertEquals("true", browser.find("#clinicId").getAttribute("aria-invalid"));
            assertEquals("not a clinic id!", browser.find("#clinicId").getAttribute("value"), "what was typed is kept");
            assertTrue(browser.present("#error-summary a[href='#clinicId']"));
            browser.check("admin-audit-error");
        }
    }

    @Test
    void shouldReportAnIntactChainWhenTheCheckIsRun() {
        patientWithReads(1);
        try (Browser browser = admin()) {
            browser.open("/admin/audit");
            browser.press("check-chain");
            String result = browser.text("#chain-result");
            assertTrue(result.startsWith("The chain is intact. Events checked:"), result);
            assertTrue(Long.parseLong(result.replaceAll("\\D", "")) > 0, result);
            browser.check("admin-audit-chain");
        }
    }

    @Test
    void shouldShowThePageInSpanishWhenSpanishIsChosen() {
        String clinicId = patientWithReads(1);
        try (Browser browser = admin()) {
            browser.open("/admin/audit?lang=es");
            assertEquals("Registro de auditoría", browser.h1());
            browser.type("clinicId", clinicId);
            browser.press("search");
            assertEquals("Hecho", browser.text("#audit tbody tr:first-child .outcome-label"));
            browser.check("admin-audit-es");
        }
    }
}
