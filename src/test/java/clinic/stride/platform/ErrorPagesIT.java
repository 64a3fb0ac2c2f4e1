package clinic.stride.platform;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.patientlink.LinkToken;
import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The error pages in the visitor's language, in Chromium: page not found (404), not allowed (403) and an intake link
 * no longer valid (410) are in Spanish when the visitor chose Spanish ({@code ?lang=es}, then the language cookie
 * it sets), in English otherwise, and each is a whole page in one language.
 */
class ErrorPagesIT extends StrideIT {

    private static String body(Browser.Fetched fetched) {
        return new String(fetched.body(), StandardCharsets.UTF_8);
    }

    @Test
    void shouldShowPageNotFoundInSpanishWhenSpanishWasChosenByAddressOrCookie() {
        String missing = "/no-such-page-" + UUID.randomUUID();
        try (Browser browser = new Browser(base)) {
            browser.open("/login");
            Browser.Fetched english = browser.fetch(missing);
            assertEquals(404, english.status());
            assertTrue(body(english).contains("<html lang=\"en\">") && body(english).contains("Page not found"), body(english));
            assertFalse(body(english).contains("Página"), "one language per page: " + body(english));

            Browser.Fetched spanish = browser.fetch(missing + "?lang=es");
            assertEquals(404, spanish.status());
            assertTrue(body(spanish).contains("<html lang=\"es\">") && body(spanish).contains("Página no encontrada"), body(spanish));
            assertFalse(body(spanish).contains("Page not found"), body(spanish));

            browser.open(missing + "?lang=es");
            assertEquals("Página no encontrada", browser.h1());
            browser.check("error-not-found-es");
            // The choice is remembered (cookie): the next missing page is Spanish without asking again. The page the
            // server sends is the subject, fetched with this browser's cookies rather than drawn again.
            Browser.Fetched again = browser.fetch(missing + "-again");
            assertEquals(404, again.status());
            assertTrue(body(again).contains("<h1>Página no encontrada</h1>"), body(again));
            browser.open(missing + "?lang=en");
            assertEquals("Page not found", browser.h1());
            browser.check("error-not-found");
        }
    }

    @Test
    void shouldShowNotAllowedInSpanishWhenAFrontDeskUserOpensTheWorklistInSpanish() {
        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.open("/dashboard?lang=es");
            assertEquals(403, browser.fetch("/dashboard?lang=es").status());
            assertEquals("No permitido", browser.h1());
            assertEquals("es", browser.find("html").getAttribute("lang"));
            browser.check("error-forbidden-es");
            Browser.Fetched english = browser.fetch("/dashboard?lang=en");
            assertEquals(403, english.status());
            assertTrue(body(english).contains("<h1>Not allowed</h1>"), body(english));
        }
    }

    @Test
    void shouldShowLinkNoLongerValidInSpanishWhenTheVisitorChoseSpanish() {
        String clinicId = uniqueClinicId();
        Api frontDesk = TestUsers.frontDesk(new Api(base));
        assertEquals(201, frontDesk.postJson("api/patients", json(complete(clinicId).get("patient"))).status());
        Api.Reply created = frontDesk.postJson("api/patients/" + clinicId + "/intake-links", "{\"language\": \"en\"}");
        assertEquals(201, created.status(), created::toString);
        String url = created.json().get("url").asText();
        String token = url.substring(url.lastIndexOf('/') + 1);
        Api.Reply used = new Api(base).postJson("api/intake-links/" + token + "/intake", json(complete(clinicId)));
        assertEquals(201, used.status(), used::toString);
        try (Browser browser = new Browser(base)) {
            // A used English link, opened by a visitor who asks for Spanish.
            browser.open("/intake-links/" + token + "?lang=es");
            assertEquals("Este enlace ya no es válido", browser.h1());
            assertEquals(410, browser.fetch("/intake-links/" + token + "?lang=es").status());
            browser.check("intake-link-gone-es");
            // An unknown link, with the Spanish cookie the visit above set.
            browser.open("/intake-links/" + LinkToken.generate());
            assertEquals("Este enlace ya no es válido", browser.h1());
        }
    }
}
