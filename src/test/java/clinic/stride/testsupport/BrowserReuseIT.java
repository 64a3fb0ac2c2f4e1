package clinic.stride.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.security.DemoUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Chromium handed back by one test reaches the next in a new browser's state (what the browser tests rely on when
 * they sign in, press Back, or expect a signed-out visitor): signed out, one tab with no history, no cookies.
 */
@RunsAlone("asserts that the next browser is the pooled one; a class beside it could take that Chromium first")
class BrowserReuseIT extends StrideIT {

    @Test
    void shouldHandOutTheSameChromiumSignedOutWithNoHistoryWhenTheLastTestSignedIn() {
        Object used;
        try (Browser first = signedInBrowser(DemoUsers.CLINICIAN)) {
            first.open("/account");
            assertTrue(first.url().endsWith("/account"), first::url);
            first.open("/dashboard");
            used = first.driver();
        }

        try (Browser next = new Browser(base)) {
            if (!"false".equals(System.getProperty("stride.it.reuseBrowsers"))) {
                assertSame(used, next.driver(), "the Chromium of the test before, not a new one");
            }
            assertEquals(1, next.driver().getWindowHandles().size(), "one tab");
            assertEquals(1L, next.script("return history.length"), "no history to go Back to");
            assertEquals(List.of(), next.driver().executeCdpCommand("Storage.getCookies", Map.of()).get("cookies"));
            next.open("/account");
            assertTrue(next.url().contains("/login"), () -> "signed out, sent to sign in: " + next.url());
        }
    }

    @Test
    void shouldStartAnotherChromiumWhenTwoBrowsersAreOpenAtOnce() {
        try (Browser clinician = signedInBrowser(DemoUsers.CLINICIAN); Browser patient = new Browser(base)) {
            assertNotSame(clinician.driver(), patient.driver());
            patient.open("/account");
            assertTrue(patient.url().contains("/login"), () -> "the other browser is not signed in: " + patient.url());
            clinician.open("/account");
            assertTrue(clinician.url().endsWith("/account"), clinician::url);
        }
    }

    @Test
    void shouldKeepTheAcceptLanguageOfEachBrowserWhenBrowsersAreReused() {
        try (Browser english = new Browser(base)) {
            english.open("/login");
            assertEquals("en", english.script("return document.documentElement.lang"));
        }
        try (Browser spanish = new Browser(base, "es-ES")) {
            spanish.open("/login");
            assertEquals("es", spanish.script("return document.documentElement.lang"));
        }
        try (Browser english = new Browser(base)) {
            english.open("/login");
            assertEquals("en", english.script("return document.documentElement.lang"));
        }
    }
}
