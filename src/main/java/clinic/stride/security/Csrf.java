package clinic.stride.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Synchronizer tokens against cross-site request forgery (OWASP CSRF Prevention Cheat Sheet): one random
 * token per session, put in every form as the hidden field {@value #FIELD} and checked by
 * {@link CsrfFilter} on every state-changing request outside the API. Faces pages use it as
 * {@code <input type="hidden" name="_csrf" value="#{csrf.token}"/>}.
 */
@Named("csrf")
@RequestScoped
public class Csrf {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    static final String SESSION_ATTRIBUTE = "stride.csrf";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    /** This session's token, starting a session when there is none. */
    public String getToken() {
        return tokenOf(request);
    }

    public static String tokenOf(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        if (session.getAttribute(SESSION_ATTRIBUTE) instanceof String token) {
            return token;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(SESSION_ATTRIBUTE, token);
        return token;
    }

    /** A new token for the session, at sign-in: a token seen before signing in is worth nothing after. */
    public static void renew(HttpServletRequest request) {
        request.getSession().removeAttribute(SESSION_ATTRIBUTE);
        tokenOf(request);
    }

    /** True when the request carries its session's token, compared in constant time. */
    public static boolean isValid(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof String expected)) {
            return false;
        }
        String sent = request.getHeader(HEADER);
        if (sent == null) {
            sent = request.getParameter(FIELD);
        }
        return sent != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.UTF_8));
    }
}
