package clinic.stride.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.vocabulary.Roles;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The protocol half of {@link OidcSignIn} against a real OpenID provider in this JVM (mock-oauth2-server, whose
 * authorization endpoint answers without a login page here): discovery, the redirect, the code exchange with PKCE and
 * the ID token checks. No container: the servlet request and response are small stand-ins. The browser, the session
 * and the audit row are OidcSignInIT's.
 */
class OidcSignInTest {

    private MockOAuth2Server provider;
    private OidcSignIn oidc;

    @BeforeEach
    void start() {
        provider = new MockOAuth2Server();
        provider.start();
        oidc = new OidcSignIn();
        oidc.issuer = Optional.of(provider.issuerUrl("clinic").toString());
        oidc.clientId = Optional.of("stride-unit");
        oidc.clientSecret = Optional.of("unit-tests-only");
        oidc.rolesClaim = "groups";
        oidc.rolesMap = Optional.of("stride-clinicians=clinician,stride-admins=admin");
        oidc.userClaim = "sub";
        oidc.label = "Clinic SSO";
        oidc.publicBase = Optional.of("https://stride.clinic.example/");
        oidc.secureCookies = true;
    }

    @AfterEach
    void stop() {
        provider.shutdown();
    }

    /** A request to Stride at {@code uri} with these cookies. */
    private static HttpServletRequest request(String query, List<Cookie> cookies) {
        return (HttpServletRequest) Proxy.newProxyInstance(OidcSignInTest.class.getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> "";
                    case "getQueryString" -> query;
                    case "getCookies" -> cookies.toArray(Cookie[]::new);
                    case "getScheme" -> "https";
                    case "getServerName" -> "stride.clinic.example";
                    case "getServerPort" -> 443;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static HttpServletResponse response(List<Cookie> set) {
        return (HttpServletResponse) Proxy.newProxyInstance(OidcSignInTest.class.getClassLoader(), new Class<?>[]{HttpServletResponse.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("addCookie")) {
                        set.add((Cookie) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Starts a sign-in, lets the provider answer, and hands its answer to finish() as the browser would. */
    private OidcSignIn.Outcome signIn(Map<String, Object> claims, boolean sameBrowser) throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("clinic", "amélie.dubois", "JWT", null, claims));
        List<Cookie> flow = new ArrayList<>();
        URI authorize = oidc.start(request(null, List.of()), response(flow), "/dashboard");
        Cookie cookie = flow.getFirst();
        assertEquals(OidcSignIn.COOKIE, cookie.getName());
        assertTrue(cookie.isHttpOnly() && cookie.getSecure() && "Lax".equals(cookie.getAttribute("SameSite")), cookie.toString());
        assertTrue(authorize.getQuery().contains("code_challenge_method=S256") && authorize.getQuery().contains("nonce="), authorize.toString());

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(authorize).build(),
                HttpResponse.BodyHandlers.ofString());
        URI back = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertEquals("https://stride.clinic.example/login/oidc/callback", back.getScheme() + "://" + back.getHost() + back.getPath());

        List<Cookie> cleared = new ArrayList<>();
        Cookie sent = sameBrowser ? cookie : new Cookie(OidcSignIn.COOKIE, "x".repeat(43) + "." + "L2Rhc2hib2FyZA");
        OidcSignIn.Outcome outcome = oidc.finish(request(back.getRawQuery(), List.of(sent)), response(cleared));
        assertEquals(0, cleared.getFirst().getMaxAge(), "the flow cookie is cleared whatever the outcome");
        return outcome;
    }

    @Test
    void shouldAcceptTheUserWithTheMappedRolesWhenTheProviderSignsThemIn() throws Exception {
        OidcSignIn.Outcome outcome = signIn(Map.of("groups", List.of("stride-clinicians", "payroll")), true);

        OidcSignIn.Accepted accepted = assertInstanceOf(OidcSignIn.Accepted.class, outcome, outcome::toString);
        assertEquals("oidc:amélie.dubois", accepted.username());
        assertEquals(Set.of(Roles.CLINICIAN), accepted.roles());
    }

    @Test
    void shouldGiveNoRoleWhenTheClaimNamesNothingStrideKnows() throws Exception {
        OidcSignIn.Outcome outcome = signIn(Map.of("groups", List.of("clinician", "payroll")), true);

        assertEquals(new OidcSignIn.NoRole("oidc:amélie.dubois"), outcome);
    }

    @Test
    void shouldRefuseTheAnswerWhenItComesBackToAnotherBrowser() throws Exception {
        OidcSignIn.Outcome outcome = signIn(Map.of("groups", List.of("stride-admins")), false);

        OidcSignIn.Refused refused = assertInstanceOf(OidcSignIn.Refused.class, outcome, outcome::toString);
        assertTrue(refused.reason().contains("state"), refused.reason());
    }
}
