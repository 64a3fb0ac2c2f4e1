package clinic.stride.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OpenID Connect sign-in for clinics with an identity provider, off unless {@code STRIDE_OIDC_ISSUER} is set: the
 * authorization-code flow with PKCE (RFC 7636), state and nonce, the ID token checked against the provider's
 * published keys, its issuer, audience, expiry and nonce (OpenID Connect Core 1.0 §3.1.3.7) by Nimbus' validator.
 * Roles come from one claim through {@link ProviderRoles}; a user with no mapped role is refused.
 *
 * <p>The flow's secrets live in one short-lived cookie, not in the session: the session cookie is SameSite=Strict,
 * so a browser coming back from the provider (another site) does not send it. The cookie ({@value #COOKIE}) is
 * SameSite=Lax, HttpOnly, limited to {@code /login/oidc} and ten minutes, and holds 256 random bits from which
 * state, nonce and PKCE verifier are derived, plus the local page to go on to. Nothing is kept on the server, so
 * the provider may send the browser back to any instance.
 *
 * <p>{@link StrideAuthentication} calls {@link #start} and {@link #finish}; what a sign-in does with the session
 * (new id, CSRF token, binding cookie, audit row) is the same as for the form and happens there.
 */
@ApplicationScoped
public class OidcSignIn {

    static final String START_PATH = "/login/oidc";
    static final String CALLBACK_PATH = "/login/oidc/callback";
    static final String COOKIE = "STRIDE_OIDC";
    /** Principal names of provider users start with this; local user names cannot contain a colon (V2). */
    static final String PREFIX = "oidc:";

    private static final Logger LOG = Logger.getLogger(OidcSignIn.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TIMEOUT_MILLIS = 5000;

    /** What came back from the provider. */
    sealed interface Outcome {
    }

    /** A valid ID token whose claim maps to at least one role. */
    record Accepted(String username, Set<String> roles) implements Outcome {
    }

    /** A valid ID token whose claim maps to no Stride role (403). */
    record NoRole(String username) implements Outcome {
    }

    /** Anything else: no flow cookie, wrong state, provider error, bad token (401). Reason for the log only. */
    record Refused(String reason) implements Outcome {
    }

    @Inject
    @ConfigProperty(name = "stride.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "stride.oidc.client.id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "stride.oidc.client.secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "stride.oidc.roles.claim", defaultValue = "groups")
    String rolesClaim;

    @Inject
    @ConfigProperty(name = "stride.oidc.roles")
    Optional<String> rolesMap;

    @Inject
    @ConfigProperty(name = "stride.oidc.user.claim", defaultValue = "sub")
    String userClaim;

    @Inject
    @ConfigProperty(name = "stride.oidc.label", defaultValue = "your organisation's account")
    String label;

    @Inject
    @ConfigProperty(name = "STRIDE_PUBLIC_BASE_URL")
    Optional<String> publicBase;

    @Inject
    @ConfigProperty(name = SessionCookies.SECURE_PROPERTY, defaultValue = "true")
    boolean secureCookies;

    private volatile OIDCProviderMetadata metadata;
    private volatile IDTokenValidator validator;
    private volatile ProviderRoles roles;

    /** Whether the provider is configured: issuer and client id set. */
    public boolean enabled() {
        return issuer.filter(s -> !s.isBlank()).isPresent() && clientId.filter(s -> !s.isBlank()).isPresent();
    }

    /** The provider's name on the sign-in page's button ({@code STRIDE_OIDC_LABEL}). */
    public String label() {
        return label;
    }

    /** Sets the flow cookie and returns where to send the browser: the provider's authorization endpoint. */
    URI start(HttpServletRequest request, HttpServletResponse response, String next) throws OidcUnavailable {
        try {
            roles();
        } catch (IllegalArgumentException e) {
            LOG.severe(e.getMessage());
            throw new OidcUnavailable("STRIDE_OIDC_ROLES is wrong", e);
        }
        OIDCProviderMetadata provider = provider();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = base64(bytes);
        response.addCookie(cookie(request, secret + "." + base64(next.getBytes(StandardCharsets.UTF_8)), 600));
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile"),
                new ClientID(clientId.orElseThrow()), redirectUri(request))
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(new State(derived("state", secret)))
                .nonce(new Nonce(derived("nonce", secret)))
                .codeChallenge(new CodeVerifier(secret), CodeChallengeMethod.S256)
                .build().toURI();
    }

    /** The local page the flow was started for, from its cookie (checked again by the caller). */
    static Optional<String> next(HttpServletRequest request) {
        return flowCookie(request).map(value -> value.substring(value.indexOf('.') + 1)).map(encoded -> {
            try {
                return new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return "";
            }
        });
    }

    /** Checks the provider's answer on the callback, exchanges the code and validates the ID token. */
    Outcome finish(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> flow = flowCookie(request);
        response.addCookie(cookie(request, "", 0));
        if (flow.isEmpty() || flow.get().indexOf('.') != 43) {
            return new Refused("no sign-in under way in this browser (flow cookie missing)");
        }
        String secret = flow.get().substring(0, 43);
        try {
            OIDCProviderMetadata provider = provider();
            String query = request.getQueryString() == null ? "" : request.getQueryString();
            AuthenticationResponse answer = AuthenticationResponseParser.parse(URI.create(redirectUri(request) + "?" + query));
            if (answer.getState() == null || !MessageDigest.isEqual(answer.getState().getValue().getBytes(StandardCharsets.UTF_8),
                    derived("state", secret).getBytes(StandardCharsets.UTF_8))) {
                return new Refused("state does not match this browser's sign-in");
            }
            if (answer instanceof AuthenticationErrorResponse error) {
                return new Refused("provider answered " + error.getErrorObject().getCode());
            }
            AuthorizationCode code = answer.toSuccessResponse().getAuthorizationCode();
            if (code == null) {
                return new Refused("no authorization code");
            }
            HTTPRequest exchange = new TokenRequest(provider.getTokenEndpointURI(),
                    new ClientSecretBasic(new ClientID(clientId.orElseThrow()), new Secret(clientSecret.orElse(""))),
                    new AuthorizationCodeGrant(code, redirectUri(request), new CodeVerifier(secret))).toHTTPRequest();
            exchange.setConnectTimeout(TIMEOUT_MILLIS);
            exchange.setReadTimeout(TIMEOUT_MILLIS);
            TokenResponse tokens = OIDCTokenResponseParser.parse(exchange.send());
            if (!tokens.indicatesSuccess()) {
                return new Refused("token endpoint answered " + tokens.toErrorResponse().getErrorObject().getCode());
            }
            JWT idToken = ((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken();
            IDTokenClaimsSet claims = validator(provider).validate(idToken, new Nonce(derived("nonce", secret)));
            Object user = ProviderRoles.claim(claims.toJSONObject(), userClaim);
            if (!(user instanceof String name) || name.isBlank() || (PREFIX + name).length() > 64
                    || name.chars().anyMatch(Character::isISOControl)) {
                return new Refused("the ID token's " + userClaim + " claim is missing or longer than " + (64 - PREFIX.length()));
            }
            Set<String> granted = roles().of(ProviderRoles.claim(claims.toJSONObject(), rolesClaim));
            return granted.isEmpty() ? new NoRole(PREFIX + name) : new Accepted(PREFIX + name, granted);
        } catch (OidcUnavailable e) {
            return new Refused(e.getMessage());
        } catch (Exception e) {
            // Parse errors, a bad signature, a wrong audience or nonce, an expired token, I/O: all refuse the same way.
            LOG.log(Level.FINE, "OpenID Connect sign-in refused", e);
            return new Refused(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The provider could not be reached or described itself wrongly. */
    static final class OidcUnavailable extends Exception {
        OidcUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Discovery (OpenID Connect Discovery 1.0), on first use and again after a failure; checks the issuer matches. */
    private OIDCProviderMetadata provider() throws OidcUnavailable {
        OIDCProviderMetadata known = metadata;
        if (known != null) {
            return known;
        }
        try {
            known = OIDCProviderMetadata.resolve(new Issuer(issuer.orElseThrow().strip()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "OpenID provider " + issuer.orElse("") + " not reachable for discovery", e);
            throw new OidcUnavailable("identity provider not reachable", e);
        }
        metadata = known;
        return known;
    }

    private IDTokenValidator validator(OIDCProviderMetadata provider) throws Exception {
        IDTokenValidator known = validator;
        if (known == null) {
            known = new IDTokenValidator(provider.getIssuer(), new ClientID(clientId.orElseThrow()), JWSAlgorithm.RS256,
                    provider.getJWKSetURI().toURL(), new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS));
            validator = known;
        }
        return known;
    }

    private ProviderRoles roles() {
        ProviderRoles known = roles;
        if (known == null) {
            known = ProviderRoles.parse(rolesMap.orElse(""));
            roles = known;
        }
        return known;
    }

    /**
     * Where the provider sends the browser back: under {@code STRIDE_PUBLIC_BASE_URL} when set (register exactly this
     * address with the provider), else the address this request came to (development).
     */
    URI redirectUri(HttpServletRequest request) {
        String base = publicBase.map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
                .orElseGet(() -> request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                        + request.getContextPath());
        return URI.create(base + CALLBACK_PATH);
    }

    private static Optional<String> flowCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private Cookie cookie(HttpServletRequest request, String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setHttpOnly(true);
        cookie.setPath(request.getContextPath() + START_PATH);
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setSecure(secureCookies);
        // Lax, not Strict: the provider's redirect back is a top-level GET from another site.
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** A value of its own for state and nonce, so that neither reveals the PKCE verifier. */
    private static String derived(String purpose, String secret) {
        try {
            return base64(MessageDigest.getInstance("SHA-256").digest((purpose + ":" + secret).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
