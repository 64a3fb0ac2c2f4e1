package clinic.stride.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.StrideIT;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The landing page at "/" in a real headless Chromium: a welcome for anyone, each role's own pages once signed in. */
class LandingPageIT extends StrideIT {

    private static Set<String> roleLinks(Browser browser) {
        Set<String> ids = new TreeSet<>();
        browser.all("#role-links a").forEach(a -> ids.add(a.getAttribute("id")));
        return ids;
    }

    @Test
    void shouldWelcomeAnonymousVisitorWithSignInLinkWhenRootIsOpened() {
        Api.Reply root = new FormClient(base).get("");
        assertEquals(200, root.status(), "the root is a page, not a redirect");
        assertTrue(root.body().contains("Welcome to Stride"));
        try (Browser browser = new Browser(base)) {
            browser.open("/");
            assertEquals("Welcome to Stride", browser.h1());
            assertTrue(browser.present("#sign-in"));
            assertFalse(browser.present("#role-links"), "no staff links before signing in");
            browser.check("home");

            // Signing in from the landing page comes back to it, now with the user's pages.
            browser.clickAndWait(browser.find("#sign-in"));
            browser.type("username", DemoUsers.CLINICIAN.username()).type("password", DemoUsers.CLINICIAN.password());
            browser.clickAndWait(browser.find("form button[type=submit]"));
            assertEquals("Welcome to Stride", browser.h1());
            assertTrue(browser.text("#signed-in").contains(DemoUsers.CLINICIAN.username()));
        }
    }

    @Test
    void shouldShowEachRoleItsOwnPagesWhenSignedIn() {
        record Expected(DemoUsers.DemoUser user, Set<String> links, String screenshot) {
        }
        List<Expected> cases = List.of(
                new Expected(DemoUsers.FRONT_DESK, Set.of("go-intake", "go-kiosk", "go-intake-links", "go-desk-worklist", "go-account"), "home-front-desk"),
                new Expected(DemoUsers.CLINICIAN, Set.of("go-dashboard", "go-knowledge", "go-intake", "go-account"), "home-clinician"),
                new Expected(DemoUsers.ADMIN, Set.of("go-audit", "go-account"), "home-admin"));
        for (Expected expected : cases) {
            try (Browser browser = new Browser(base)) {
                browser.signInOverHttp(expected.user().username(), expected.user().password());
                browser.open("/");
                assertEquals(expected.links(), roleLinks(browser), expected.user().username());
                browser.check(expected.screenshot());
                // Every link of the role opens a page the role may see (the audit page is another branch's).
                for (String id : expected.links()) {
                    if (id.equals("go-audit") || id.equals("go-kiosk")) {
                        continue;
                    }
                    String href = browser.find("#" + id).getAttribute("href");
                    FormClient client = new FormClient(base);
                    client.signIn(expected.user().username(), expected.user().password());
                    Api.Reply page = client.get(href.substring(base.toString().length()));
                    assertEquals(200, page.status(), expected.user().username() + " -> " + href);
                }
            }
        }
    }

    @Test
    void shouldSignOutFromLandingPageWhenSignOutIsPressed() {
        try (Browser browser = new Browser(base)) {
            browser.signInOverHttp(DemoUsers.FRONT_DESK.username(), DemoUsers.FRONT_DESK.password());
            browser.open("/?lang=es");
            assertEquals("Bienvenido a Stride", browser.h1());
            browser.check("home-front-desk-es");
            browser.press("sign-out");
            // What the server now sends this browser for "/": the page for someone signed out.
            Browser.Fetched home = browser.fetch("/");
            assertEquals(200, home.status());
            assertTrue(new String(home.body(), java.nio.charset.StandardCharsets.UTF_8).contains("id=\"sign-in\""), "signed out");
        }
    }
}
