package clinic.stride.security;

import clinic.stride.vocabulary.Roles;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Signing in: the form and its session, HTTP Basic for the API, the lockout, CSRF and the security headers. */
class SignInIT extends StrideIT {

    private static final String PASSWORD = "Right-password-for-tests";

    /** A user of its own for each test, so failed sign-ins here never lock the demo users. */
    private String newUser(String role) {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = TestUsers.admin(new Api(base)).postJson("api/users",
                "{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\", \"roles\": [\"" + role + "\"]}");
        if (created.status() == 202) {
            // A clinical or admin role waits for a second admin (four-eyes): approve it as the clinic would.
            Api.Reply approved = TestUsers.as(new Api(base), clinic.stride.security.DemoUsers.SECOND_ADMIN)
                    .postJson("api/users/changes/" + created.json().at("/pending/id").asLong() + "/approve", "");
            assertEquals(200, approved.status(), approved::toString);
            return username;
        }
        assertEquals(201, created.status(), created::toString);
        return username;
    }

    @Test
    void shouldSignInAndLandOnTheAccountPageWhenTheFormIsFilledInRight() {
        String username = newUser(Roles.CLINICIAN);
        FormClient browser = new FormClient(base);
        Api.Reply form = browser.get("login");
        String before = browser.cookie("JSESSIONID");

        Api.Reply signedIn = browser.submitLogin(username, PASSWORD);

        assertEquals(200, form.status());
        assertTrue(form.body().matches("(?s).*<label [^>]*for=\"username\".*"), form.body());
        assertTrue(form.body().contains("autocomplete=\"current-password\""), form.body());
        assertEquals(303, signedIn.status(), signedIn::toString);
        assertTrue(signedIn.header("Location").endsWith("/account"), signedIn.header("Location"));
        assertNotNull(before);
        assertNotEquals(before, browser.cookie("JSESSIONID"), "a new session id at sign-in (no session fixation)");
        Api.Reply account = browser.get("account");
        assertEquals(200, account.status(), account::toString);
        assertTrue(account.body().contains(username) && account.body().contains("clinician"), account.body());
        assertEquals(1, Db.count("select count(*) from audit_event where username = ? and action = 'sign-in' and outcome = 'ok'", username));
    }

    @Test
    void shouldSetHttpOnlyAndSameSiteStrictOnTheSessionCookie() {
        Api.Reply form = new FormClient(base).get("login");

        String cookie = form.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        String flags = cookie.toLowerCase();
        assertTrue(flags.contains("httponly"), cookie);
        assertEquals(1, flags.split("samesite=", -1).length - 1, cookie);
        assertTrue(flags.contains("samesite=strict"), cookie);
        // STRIDE_COOKIES_SECURE=false in the failsafe configuration: the tests speak plain http.
        assertTrue(!flags.contains("secure;") && !flags.endsWith("secure"), cookie);
    }

    @Test
    void shouldRedirectToTheSignInPageWhenAPageNeedsASignedInUser() {
        Api.Reply reply = new FormClient(base).get("account");
        assertEquals(302, reply.status(), reply::toString);
        assertTrue(reply.header("Location").contains("/login?next=%2Faccount"), reply.header("Location"));
    }

    @Test
    void shouldNeverRedirectOffSiteWhenNextPointsElsewhere() {
        String username = newUser(Roles.FRONT_DESK);
        FormClient browser = new FormClient(base);
        Api.Reply reply = browser.postForm("login", Map.of("username", username, "password", PASSWORD,
                "next", "//evil.example/steal", "_csrf", browser.csrfToken()));
        assertEquals(303, reply.status(), reply::toString);
        assertTrue(reply.header("Location").endsWith("/account"), reply.header("Location"));
    }

    @Test
    void shouldRefuseTheFormWhenItsCsrfTokenIsMissingOrWrong() {
        String username = newUser(Roles.CLINICIAN);
        FormClient browser = new FormClient(base);
        browser.csrfToken();

        Api.Reply missing = browser.postForm("login", Map.of("username", username, "password", PASSWORD));
        Api.Reply wrong = browser.postForm("login", Map.of("username", username, "password", PASSWORD, "_csrf", "forged"));

        assertEquals(403, missing.status(), missing::toString);
        assertEquals(403, wrong.status(), wrong::toString);
        assertEquals(302, browser.get("account").status(), "not signed in");
    }

    @Test
    void shouldShowAnErrorBesideEachFieldWhenTheFormIsIncomplete() {
        FormClient browser = new FormClient(base);
        Api.Reply reply = browser.postForm("login", Map.of("username", " ", "password", "", "_csrf", browser.csrfToken()));

        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.body().contains("id=\"username-error\">Enter your user name"), reply.body());
        assertTrue(reply.body().contains("id=\"password-error\">Enter your password"), reply.body());
        assertTrue(reply.body().contains("aria-describedby=\"username-error\""), reply.body());
        assertTrue(reply.body().contains("role=\"alert\""), reply.body());
    }

    @Test
    void shouldRefuseEvenTheRightPasswordWhenTheUserIsLockedAfterFiveFailures() {
        String username = newUser(Roles.CLINICIAN);
        FormClient browser = new FormClient(base);
        for (int i = 1; i <= LoginThrottle.MAX_FAILURES; i++) {
            Api.Reply wrong = browser.submitLogin(username, "Wrong-password-" + i);
            assertEquals(401, wrong.status(), "attempt " + i);
            assertTrue(wrong.body().contains("The user name or password is wrong"), wrong.body());
        }

        Api.Reply sixth = browser.submitLogin(username, PASSWORD);
        Api.Reply api = new Api(base).as(username, PASSWORD).get("api/intakes");

        assertEquals(429, sixth.status(), sixth::toString);
        assertTrue(sixth.body().contains("Too many failed sign-ins"), sixth.body());
        assertEquals(302, browser.get("account").status(), "not signed in while locked");
        assertEquals(429, api.status(), api::toString);
        assertNotNull(api.header("Retry-After"));
        assertEquals(1, Db.count("select count(*) from login_throttle where username = ? and locked_until > now() + interval '14 minutes'", username));

        Api.Reply reset = TestUsers.admin(new Api(base)).postJson("api/users/" + username + "/password",
                "{\"password\": \"" + PASSWORD + "-new\"}");
        // A clinician's new password takes a second admin (four-eyes); approved, it lifts the lock.
        assertEquals(202, reset.status(), reset::toString);
        Api.Reply approved = TestUsers.as(new Api(base), clinic.stride.security.DemoUsers.SECOND_ADMIN)
                .postJson("api/users/changes/" + reset.json().at("/pending/id").asLong() + "/approve", "");
        assertEquals(200, approved.status(), approved::toString);
        assertEquals(303, new FormClient(base).submitLogin(username, PASSWORD + "-new").status(), "an admin reset lifts the lock");
    }

    /**
     * Password spraying: one wrong password against many user names from one address never locks a name, but
     * locks the address. Called over the loopback interface, which the failsafe configuration trusts as a proxy
     * (STRIDE_TRUSTED_PROXIES), so X-Forwarded-For gives this test addresses of its own.
     */
    @Test
    void shouldLockTheAddressWhenSignInsFailAcrossManyUserNamesFromIt() throws Exception {
        String username = newUser(Roles.CLINICIAN);
        URL viaProxy = new URL(base.getProtocol(), "127.0.0.1", base.getPort(), base.getFile());
        String sprayer = "198.18." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
        Map<String, String> fromSprayer = Map.of(ClientAddress.FORWARDED_FOR, sprayer);
        for (int i = 1; i <= LoginThrottle.DEFAULT_ADDRESS_FAILURES; i++) {
            Api.Reply wrong = basic(new Api(viaProxy).as("spray-" + UUID.randomUUID().toString().substring(0, 8), "Summer2026!"),
                    "api/worklist", fromSprayer);
            assertEquals(401, wrong.status(), "attempt " + i + ": " + wrong);
        }

        Api.Reply rightPassword = basic(new Api(viaProxy).as(username, PASSWORD), "api/worklist", fromSprayer);
        FormClient browser = new FormClient(viaProxy);
        Api.Reply form = browser.postForm("login", Map.of("username", username, "password", PASSWORD,
                "_csrf", browser.csrfToken()), fromSprayer);
        Api.Reply elsewhere = basic(new Api(viaProxy).as(username, PASSWORD), "api/worklist",
                Map.of(ClientAddress.FORWARDED_FOR, "198.19.0.1"));

        assertEquals(429, rightPassword.status(), "even the right password, from the locked address: " + rightPassword);
        assertNotNull(rightPassword.header("Retry-After"));
        assertEquals(429, form.status(), form::toString);
        assertTrue(form.body().contains("from this network address"), form.body());
        assertEquals(200, elsewhere.status(), "the user is not locked, only the address: " + elsewhere);
        assertEquals(1, Db.count("select count(*) from login_throttle_address where address = ?::inet "
                + "and locked_until > now() + interval '14 minutes'", sprayer));
        assertEquals(0, Db.count("select count(*) from login_throttle_address where address = '127.0.0.1'::inet"),
                "the proxy's own address is not counted");
        assertEquals(0, Db.count("select count(*) from login_throttle where username = ? and locked_until is not null", username));
        assertEquals(2, Db.count("select count(*) from audit_event where username = ? and action = 'sign-in' and status = 429", username));
    }

    private static Api.Reply basic(Api api, String path, Map<String, String> headers) {
        HttpRequest.Builder request = api.request(path).GET();
        headers.forEach(request::header);
        return api.send(request.build());
    }

    @Test
    void shouldNotAcceptTheSessionCookieWhenTheApiIsCalledFromASignedInBrowser() {
        FormClient browser = new FormClient(base).signIn(DemoUsers.CLINICIAN.username(), DemoUsers.CLINICIAN.password());
        assertEquals(200, browser.get("account").status());

        Api.Reply read = browser.get("api/intakes");
        Api.Reply write = browser.postJson("api/intakes", json(complete(uniqueClinicId())));

        assertEquals(401, read.status(), read::toString);
        assertEquals(401, write.status(), write::toString);
        assertNotNull(read.header("WWW-Authenticate"), () -> read.response().headers().map() + " " + read.body());
    }

    @Test
    void shouldAnswer401WithAChallengeWhenApiCredentialsAreWrong() {
        String username = newUser(Roles.CLINICIAN);
        Api.Reply reply = new Api(base).as(username, "not-the-password").get("api/intakes");

        assertEquals(401, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        assertTrue(reply.header("WWW-Authenticate").startsWith("Basic realm=\"Stride\""), reply.header("WWW-Authenticate"));
        assertEquals(1, Db.count("select count(*) from audit_event where username = ? and action = 'sign-in' and status = 401", username));
    }

    @Test
    void shouldSendSecurityHeadersOnPagesApiAnswersAndRefusals() {
        FormClient browser = new FormClient(base);
        List<Api.Reply> replies = List.of(
                browser.get("login"),
                browser.get("account"),
                new Api(base).get("api/intakes"),
                new Api(base).as("nobody-" + UUID.randomUUID().toString().substring(0, 8), "wrong").get("api/intakes"),
                TestUsers.clinician(new Api(base)).get("api/worklist"),
                new Api(base).get("api/intake-links/unknown"));
        for (Api.Reply reply : replies) {
            String where = reply.response().request().uri() + " " + reply.status();
            String csp = reply.header("Content-Security-Policy");
            assertNotNull(csp, where);
            assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), where + " " + csp);
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), where);
            assertEquals("no-referrer", reply.header("Referrer-Policy"), where);
            assertNotNull(reply.header("Permissions-Policy"), where);
            assertEquals("no-store", reply.header("Cache-Control"), where);
            assertNotNull(reply.header("X-Request-Id"), where);
        }
    }

    @Test
    void shouldForgetTheSessionWhenSignedOut() {
        FormClient browser = new FormClient(base).signIn(DemoUsers.CLINICIAN.username(), DemoUsers.CLINICIAN.password());
        String token = browser.csrfToken();

        Api.Reply out = browser.postForm("logout", Map.of("_csrf", token));

        assertEquals(303, out.status(), out::toString);
        assertTrue(out.header("Location").contains("/login?signed-out"), out.header("Location"));
        assertEquals(302, browser.get("account").status());
    }
}
