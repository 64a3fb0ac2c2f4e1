package clinic.stride.security;

import static clinic.stride.platform.ApiPaths.isApi;

import clinic.stride.audit.AuditEntry;
import clinic.stride.audit.AuditLog;
import clinic.stride.audit.PageAudit;
import clinic.stride.clinic.ClinicHeader;
import clinic.stride.platform.Database;
import clinic.stride.platform.Json;
import clinic.stride.platform.Problem;
import clinic.stride.vocabulary.RequestId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one authentication mechanism, choosing by path: HTTP Basic on every {@code /api/} request, a session
 * started by the sign-in form for pages. The API never looks at the session, so a signed-in browser tab
 * cannot be made to call the API cross-site. Passwords are checked by Jakarta Security's database identity
 * store against {@code app_user} with {@link Pbkdf2PasswordHash}, through {@link PasswordSignIn}: there
 * {@link LoginThrottle} locks a user name after repeated failures, and a client address after repeated failures
 * across names, before the store is even asked.
 *
 * <p>One custom mechanism rather than the built-in Basic and form mechanisms side by side: Jakarta
 * Security allows one mechanism per application unless a handler chooses, and the lockout has to sit
 * between the caller and the identity store anyway.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = Database.JNDI_NAME,
        callerQuery = "select password_hash from app_user where username = ? and enabled",
        groupsQuery = "select role from app_user_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {Passwords.ALGORITHM, Passwords.ITERATIONS, Passwords.SALT_SIZE, Passwords.KEY_SIZE})
public class StrideAuthentication implements HttpAuthenticationMechanism {

    public static final String REALM = "Stride";
    /** Request attribute the sign-in page reads to tell a wrong password from a lockout. */
    public static final String OUTCOME_ATTRIBUTE = "stride.signIn";
    static final String SESSION_ATTRIBUTE = "stride.signedIn";

    /** Page forms are a few KiB; the API has its own limit (clinic.stride.platform.BodyLimit). */
    public static final long MAX_FORM_BYTES = 1024 * 1024;


    /** What a sign-in attempt came to. */
    public enum SignIn { OK, WRONG, LOCKED, ADDRESS_LOCKED }

    /**
     * Who is signed in to this session, under which credentials epoch ({@link CredentialsEpochs}). Roles are fixed
     * at sign-in; a role change raises the epoch, which ends the session, so the next sign-in carries the new roles.
     */
    record SignedIn(String username, Set<String> roles, long epoch, boolean viaProvider) implements Serializable {
    }

    @Inject
    CredentialsEpochs epochs;

    @Inject
    PasswordSignIn passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    ClinicHeader clinicHeader;

    @Inject
    AuditLog audit;

    @Inject
    AnonymousRequests anonymous;

    @Inject
    OidcSignIn oidc;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // Here as well as in the filter: redirects and refusals sent from here never reach the filters.
        SecurityHeaders.apply(request, response);
        if (!isApi(request) && request.getContentLengthLong() > MAX_FORM_BYTES) {
            // Before anything parses it: Payara's own limit (2 MB) ends in an exception and a 500.
            return refuse(request, response, 413, "The form is larger than " + MAX_FORM_BYTES / 1024 + " KiB");
        }
        if (isAnonymous(request) && !anonymous.tryAcquire(passwords.clientAddressOf(request))) {
            return refuse(request, response, 429, "Too many requests from this address; try again in a minute");
        }
        if (!isApi(request) && oidc.enabled() && "GET".equals(request.getMethod())) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.equals(OidcSignIn.START_PATH)) {
                return startProviderSignIn(request, response, context);
            }
            if (path.equals(OidcSignIn.CALLBACK_PATH)) {
                return finishProviderSignIn(request, response);
            }
        }
        return isApi(request) ? api(request, response, context) : page(request, context);
    }

    /** {@code GET /login/oidc?next=}: off to the identity provider's sign-in page. */
    private AuthenticationStatus startProviderSignIn(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context) {
        try {
            return context.redirect(oidc.start(request, response, LoginPage.next(request.getParameter("next"))).toString());
        } catch (OidcSignIn.OidcUnavailable e) {
            return refuse(request, response, 503, LoginPage.text(request, "login.oidc.unavailable"));
        }
    }

    /**
     * {@code GET /login/oidc/callback}: the provider's answer. A valid ID token with a mapped role signs in exactly as
     * the form does (session, new session id, new CSRF token, binding cookie, one {@code sign-in} audit row); the
     * browser then goes on through a page of Stride's own, because a redirect chain that started on the provider's
     * site is cross-site and the browser would withhold the new SameSite=Strict session cookie.
     */
    private AuthenticationStatus finishProviderSignIn(HttpServletRequest request, HttpServletResponse response) {
        OidcSignIn.Outcome outcome = oidc.finish(request, response);
        String next = LoginPage.next(OidcSignIn.next(request).orElse(null));
        String context = request.getContextPath();
        String retry = "<p><a class=\"button secondary\" href=\"" + Html.escape(context) + "/login\" id=\"back-to-sign-in\">"
                + Html.escape(LoginPage.text(request, "login.pageTitle")) + "</a></p>\n";
        switch (outcome) {
            case OidcSignIn.Accepted accepted -> {
                request.getSession(true);
                request.changeSessionId(); // as for the form: no id from before the sign-in survives it
                Csrf.renew(request);
                request.getSession().setAttribute(SESSION_ATTRIBUTE, new SignedIn(accepted.username(), accepted.roles(), -1, true));
                SessionBinding.bind(request, response);
                passwords.record(request, accepted.username(), 200, "sign-in");
                String target = context + next;
                response.setHeader("Refresh", "0; url=" + target);
                writePage(request, response, 200, "<p class=\"notice\" role=\"status\" id=\"notice\">"
                        + Html.escape(LoginPage.text(request, "login.oidc.signedIn")) + "</p>\n<p><a class=\"button primary\" href=\""
                        + Html.escape(target) + "\" id=\"continue\">" + Html.escape(LoginPage.text(request, "login.oidc.continue"))
                        + "</a></p>\n");
                return AuthenticationStatus.SEND_CONTINUE;
            }
            case OidcSignIn.NoRole noRole -> {
                passwords.record(request, noRole.username(), 403, "sign-in");
                writePage(request, response, 403, "<div class=\"error-summary\" role=\"alert\" id=\"problems\"><p>"
                        + Html.escape(LoginPage.text(request, "login.oidc.noRole").formatted(oidc.label())) + "</p></div>\n" + retry);
                return AuthenticationStatus.SEND_FAILURE;
            }
            case OidcSignIn.Refused refused -> {
                java.util.logging.Logger.getLogger(StrideAuthentication.class.getName())
                        .info(() -> "OpenID Connect sign-in refused: " + refused.reason());
                passwords.record(request, null, 401, "sign-in");
                writePage(request, response, 401, "<div class=\"error-summary\" role=\"alert\" id=\"problems\"><p>"
                        + Html.escape(LoginPage.text(request, "login.oidc.failed").formatted(oidc.label())) + "</p></div>\n" + retry);
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
    }

    private void writePage(HttpServletRequest request, HttpServletResponse response, int status, String body) {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        String main = "<h1>" + Html.escape(LoginPage.text(request, "login.title")) + "</h1>\n" + body;
        try {
            response.getWriter().write(Html.page(clinic.stride.platform.PageLanguage.of(request), request.getContextPath(),
                    clinicHeader, LoginPage.text(request, "login.pageTitle"), main, ""));
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Neither credentials nor a signed-in session: limited per address ({@link AnonymousRequests}). Health checks,
     * static resources and the sign-in form itself write no audit rows and are not counted.
     */
    private static boolean isAnonymous(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return false;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof SignedIn) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean signInForm = "GET".equals(request.getMethod()) && (path.equals("/login") || path.equals("/"));
        return !(signInForm || path.startsWith("/health/") || path.startsWith("/resources/")
                || path.startsWith("/jakarta.faces.resource/"));
    }

    /** Basic credentials on this request, or anonymous; the API's own access control says 401 where that is not enough. */
    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.doNothing();
        }
        Optional<UsernamePasswordCredential> credential = basic(header.substring(6).strip());
        if (credential.isEmpty()) {
            return refuse(request, response, 401, "Send HTTP Basic credentials as base64 of name:password");
        }
        PasswordSignIn.Attempt attempt = passwords.signIn(credential.get(), request, false);
        return switch (attempt.outcome()) {
            case OK -> context.notifyContainerAboutLogin(attempt.result());
            case LOCKED -> refuse(request, response, 429, "Too many failed sign-ins for this user; try again later");
            case ADDRESS_LOCKED -> refuse(request, response, 429, "Too many failed sign-ins from this address; try again later");
            case WRONG -> refuse(request, response, 401, "Wrong user name or password");
        };
    }

    private AuthenticationStatus page(HttpServletRequest request, HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            PasswordSignIn.Attempt attempt = passwords.signIn(credential, request, true);
            request.setAttribute(OUTCOME_ATTRIBUTE, attempt.outcome());
            if (attempt.outcome() != SignIn.OK) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true);
            request.changeSessionId(); // no session fixation: the id a visitor had before signing in dies here
            Csrf.renew(request); // nor a token a visitor could have read before signing in
            Set<String> roles = new TreeSet<>(attempt.result().getCallerGroups());
            request.getSession().setAttribute(SESSION_ATTRIBUTE,
                    new SignedIn(attempt.result().getCallerPrincipal().getName(), roles, attempt.epoch(), false));
            SessionBinding.bind(request, context.getResponse());
            return context.notifyContainerAboutLogin(attempt.result());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof SignedIn signedIn) {
            if (!signedIn.viaProvider() && !epochs.stillValid(signedIn.username(), signedIn.epoch())) {
                // Password reset, account disabled or roles changed since this session signed in: it ends here.
                session.invalidate();
            } else if (SessionBinding.matches(request, session)) {
                return context.notifyContainerAboutLogin(signedIn.username(), signedIn.roles());
            }
            // A session id without its binding cookie (guessed, or read somewhere alone) is treated as no session
            // at all. The session itself lives on: ending it would let whoever holds an id sign staff out mid-visit.
        }
        if (context.isProtected()) {
            String wanted = request.getRequestURI().substring(request.getContextPath().length());
            String action = PageAudit.actionOf(wanted);
            if (action != null) {
                // A page with patient data asked for without a session: recorded like the API's 401, although the
                // browser gets a redirect to the sign-in page.
                audit.record(new AuditEntry(action, null, null, null, PageAudit.intakeOf(request), RequestId.of(request), 401));
            }
            return context.redirect(request.getContextPath() + "/login?next=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static Optional<UsernamePasswordCredential> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Answers directly: problem+json for the API, plain text for pages (no page or filter sees this request). */
    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status, String detail) {
        if (!isApi(request)) {
            response.setStatus(status);
            response.setHeader("Retry-After", "60");
            response.setContentType("text/plain;charset=UTF-8");
            try {
                response.getWriter().write(detail);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        return refuseApi(request, response, status, detail);
    }

    /** Answers the API caller directly (the JAX-RS layer never sees this request), as problem+json. */
    private AuthenticationStatus refuseApi(HttpServletRequest request, HttpServletResponse response, int status, String detail) {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", challenge());
        } else {
            response.setHeader("Retry-After", String.valueOf(Math.max(LoginThrottle.LOCK.toSeconds(), throttle.addressLock().toSeconds())));
        }
        Problem problem = new Problem("about:blank", status == 401 ? "Unauthorized" : "Too Many Requests", status, detail, null);
        try {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/fhir/")) {
                // A FHIR client reads errors as OperationOutcomes, as everywhere else on /api/fhir.
                response.setContentType("application/fhir+json;charset=UTF-8");
                response.getOutputStream().write(clinic.stride.fhir.Outcomes.json(problem).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return AuthenticationStatus.SEND_FAILURE;
            }
            response.setContentType(Problem.MEDIA_TYPE);
            Json.mapper().writeValue(response.getOutputStream(), problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    public static String challenge() {
        return "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"";
    }
}
