package clinic.stride.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Stride's own cookies (language, drafts, kiosk): site-wide, out of scripts' reach, Secure over HTTPS and sent on
 * top-level navigation only (SameSite=Lax), so a link from elsewhere still opens the page but no form posts cross-site.
 */
public final class Cookies {

    private Cookies() {
    }

    /** The value of a cookie the request carries, if any. */
    public static Optional<String> value(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    /** Sets a cookie kept for {@code lifetime}; {@code null} keeps it for the browser session only. */
    public static void set(String name, String value, Duration lifetime, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        if (lifetime != null) {
            cookie.setMaxAge((int) lifetime.toSeconds());
        }
        response.addCookie(cookie);
    }

    /** Asks the browser to drop a cookie. */
    public static void remove(String name, HttpServletRequest request, HttpServletResponse response) {
        set(name, "", Duration.ZERO, request, response);
    }
}
