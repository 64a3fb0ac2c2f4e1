package clinic.stride.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A second cookie that a signed-in session must come with: 128 random bits, made at sign-in and kept in the
 * session. Payara 7's session ids carry about 56 random bits (the rest of the 28 hex digits is a time stamp:
 * ids issued seconds apart start alike), below the 64 OWASP asks for, and its session id generator cannot be
 * replaced from the application. An attacker now has to guess the session id and this value together.
 * Same flags as the session cookie: HttpOnly, SameSite=Strict, Secure unless {@code STRIDE_COOKIES_SECURE=false}.
 */
final class SessionBinding {

    static final String COOKIE = "STRIDE_SESSION";
    private static final String ATTRIBUTE = "stride.binding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionBinding() {
    }

    static void bind(HttpServletRequest request, HttpServletResponse response) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        request.getSession().setAttribute(ATTRIBUTE, value);
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setHttpOnly(true);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setSecure(ConfigProvider.getConfig().getOptionalValue(SessionCookies.SECURE_PROPERTY, Boolean.class).orElse(true));
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    /** True when the request carries the session's binding cookie (compared in constant time). */
    static boolean matches(HttpServletRequest request, HttpSession session) {
        if (!(session.getAttribute(ATTRIBUTE) instanceof String expected) || request.getCookies() == null) {
            return false;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    cookie.getValue().getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }
}
