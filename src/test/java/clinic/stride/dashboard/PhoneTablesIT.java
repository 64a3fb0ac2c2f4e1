package clinic.stride.dashboard;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tables on a phone (390 CSS px): the page itself never scrolls sideways, and a table wider than the screen
 * scrolls inside a region that a keyboard can reach (axe-core {@code scrollable-region-focusable}) and that names
 * its table, so nothing is cut off out of reach.
 */
class PhoneTablesIT extends StrideIT {



    @SuppressWarnings("unchecked")
    private static void assertTablesReachable(Browser browser, String page) {
        long pageWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) browser.script("return window.innerWidth")).longValue();
        assertEquals(390, viewport, "phone width");
        assertTrue(pageWidth <= viewport, page + " scrolls sideways: " + pageWidth + " px wide on a " + viewport + " px screen");
        List<Map<String, Object>> wraps = (List<Map<String, Object>>) browser.script("""
                return Array.from(document.querySelectorAll('table')).map(t => {
                  const w = t.closest('.table-wrap');
                  return {wrapped: !!w, scrolls: !!w && w.scrollWidth > w.clientWidth, tabindex: w ? w.getAttribute('tabindex') : null,
                          role: w ? w.getAttribute('role') : null,
                          named: !!w && !!(w.getAttribute('aria-labelledby') || w.getAttribute('aria-label')),
                          right: t.getBoundingClientRect().right, wrapRight: w ? w.getBoundingClientRect().right : 0};
                });""");
        assertFalse(wraps.isEmpty(), page + " has tables");
        for (Map<String, Object> wrap : wraps) {
            assertEquals(true, wrap.get("wrapped"), page + ": every table sits in a scroll region");
            assertEquals("0", wrap.get("tabindex"), page + ": the region takes keyboard focus " + wrap);
            assertEquals("region", wrap.get("role"), page + ": " + wrap);
            assertEquals(true, wrap.get("named"), page + ": the region is named " + wrap);
            assertTrue(((Number) wrap.get("wrapRight")).doubleValue() <= viewport, page + ": the region fits the screen " + wrap);
        }
    }

    @Test
    void shouldKeepKnowledgeTablesInKeyboardReachWhenShownOnAPhone() {
        try (Browser browser = new Browser(base)) {
            browser.signInOverHttp(DemoUsers.CLINICIAN.username(), DemoUsers.CLINICIAN.password());
            browser.phone().open("/knowledge");
            assertTablesReachable(browser, "/knowledge");
            browser.check("knowledge-phone");
            browser.phone().open("/knowledge?lang=es");
            assertTablesReachable(browser, "/knowledge?lang=es");
            browser.check("knowledge-phone-es");
        }
    }

    @Test
    void shouldKeepFrontDeskListInKeyboardReachWhenShownOnAPhone() {
        String clinicId = uniqueClinicId();
        Api.Reply sent = TestUsers.frontDesk(new Api(base)).postJson("api/intakes", json(complete(clinicId,
                b -> b.put("visitDate", LocalDate.now().toString()))));
        assertEquals(201, sent.status(), sent::toString);
        try (Browser browser = new Browser(base)) {
            browser.signInOverHttp(DemoUsers.FRONT_DESK.username(), DemoUsers.FRONT_DESK.password());
            browser.phone().open("/front-desk/worklist");
            assertTrue(browser.text("#desk-worklist").contains(clinicId));
            assertTablesReachable(browser, "/front-desk/worklist");
            browser.check("front-desk-worklist-phone");
        }
    }
}
