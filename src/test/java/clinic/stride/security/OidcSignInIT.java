package clinic.stride.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.StrideIT;
import java.net.InetAddress;
import java.time.Duration;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signing in through an OpenID provider: a real one (mock-oauth2-server: discovery, an authorization endpoint with
 * its own login page, a token endpoint, signed ID tokens, JWKS) started here on 127.0.0.1 at {@code it.oidc.port},
 * where the failsafe configuration points {@code STRIDE_OIDC_ISSUER}. The browser reaches Stride at the machine's own
 * address (Arquillian's base URL, e.g. http://192.0.2.2:8281), so the provider is another site and the SameSite rules apply as with a clinic's real provider. Its login page lets the
 * test choose the user and the {@code groups} claim; {@code STRIDE_OIDC_ROLES} maps {@code stride-clinicians} to
 * clinician and {@code stride-admins} to admin.
 */
class OidcSignInIT extends StrideIT {

    private static MockOAuth2Server provider;

    @BeforeAll
    static void startProvider() throws Exception {
        provider = new MockOAuth2Server(new OAuth2Config(true));
        provider.start(InetAddress.getByName("127.0.0.1"), Integer.parseInt(System.getProperty("it.oidc.port", "29461")));
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.shutdown();
        }
    }

    /** Opens a page that needs a sign-in, chooses the provider, signs in there as {@code user} with {@code groups}. */
    private static void signInAtTheProvider(Browser browser, String user, String groupsJson) {
        browser.clickAndWait(browser.find("#sign-in-oidc"));
        assertTrue(browser.url().startsWith("http://127.0.0.1:" + System.getProperty("it.oidc.port", "29461") + "/stride-idp/"),
                "the provider's own login page: " + browser.url());
        browser.driver().findElement(By.name("username")).sendKeys(user);
        browser.driver().findElement(By.name("claims")).sendKeys("{\"groups\": " + groupsJson + "}");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("input[type=submit]")));
    }

    @Test
    void shouldLandOnTheDashboardAsAClinicianWhenTheProvidersGroupsClaimMapsToClinician() {
        String user = "dr-núñez-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(base)) {
            browser.open("/dashboard");
            assertTrue(browser.url().contains("/login"), browser.url());
            String sessionBefore = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            String tokenBefore = browser.find("input[name=_csrf]").getDomAttribute("value");

            signInAtTheProvider(browser, user, "[\"stride-clinicians\", \"some-other-application\"]");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().endsWith("/dashboard"));

            assertTrue(browser.driver().getPageSource().contains("worklist") || browser.present("main"), browser.driver().getPageSource());
            var session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertNotNull(session, "signed-in session cookie");
            assertNotEquals(sessionBefore, session.getValue(), "a new session id at sign-in, as for the form");
            assertNotNull(browser.driver().manage().getCookieNamed(SessionBinding.COOKIE), "the session binding cookie, as for the form");
            assertNull(browser.driver().manage().getCookieNamed(OidcSignIn.COOKIE), "the flow cookie is gone once used");
            browser.open("/account");
            String account = browser.text("main");
            assertTrue(account.contains("oidc:" + user) && account.contains("clinician") && !account.contains("admin"), account);
            assertNotEquals(tokenBefore, browser.find("input[name=_csrf]").getDomAttribute("value"), "a new CSRF token at sign-in");
            assertEquals(403, browser.fetch("/admin/users").status(), "a clinician from the provider is no admin");
        }
        assertEquals(1, Db.count("select count(*) from audit_event where username = ? and action = 'sign-in' and status = 200",
                "oidc:" + user));
    }

    @Test
    void shouldRefuseTheSignInWhenNoValueOfTheClaimMapsToAStrideRole() {
        String user = "kenji-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(base)) {
            browser.open("/login");
            signInAtTheProvider(browser, user, "[\"stride-janitors\", \"clinician-of-another-app\"]");

            assertTrue(browser.url().contains("/login/oidc/callback"), browser.url());
            assertTrue(browser.text("#problems").contains("no role in Stride"), browser.text("#problems"));
            browser.open("/account");
            assertTrue(browser.url().contains("/login"), "not signed in: " + browser.url());
        }
        assertEquals(1, Db.count("select count(*) from audit_event where username = ? and action = 'sign-in' and status = 403",
                "oidc:" + user));
        assertEquals(0, Db.count("select count(*) from audit_event where username = ? and status = 200", "oidc:" + user));
    }

    @Test
    void shouldRefuseACallbackThatThisBrowserDidNotStart() {
        long before = Db.count("select count(*) from audit_event where action = 'sign-in' and status = 401 and username is null");

        Api.Reply forged = new FormClient(base).get("login/oidc/callback?code=stolen-code&state=" + UUID.randomUUID());

        assertEquals(401, forged.status(), forged::toString);
        assertEquals(null, forged.header("Set-Cookie") == null ? null
                : forged.response().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(SessionBinding.COOKIE)).findFirst().orElse(null));
        assertTrue(Db.count("select count(*) from audit_event where action = 'sign-in' and status = 401 and username is null") > before);
    }

    @Test
    void shouldOfferTheProviderBesideTheFormWhichStaysTheDefault() {
        Api.Reply login = new FormClient(base).get("login?next=/dashboard");

        assertEquals(200, login.status());
        assertTrue(login.body().contains("id=\"username\"") && login.body().contains("id=\"password\""), login.body());
        assertTrue(login.body().contains("id=\"sign-in-oidc\"") && login.body().contains("/login/oidc?next=%2Fdashboard"), login.body());
    }
}
