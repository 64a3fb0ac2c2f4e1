package clinic.stride.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * What every page response needs: the language chosen with {@code ?lang=} remembered in a cookie, and no caching,
 * so that pressing Back on a shared tablet never shows a page with another patient's answers from the cache.
 */
@WebFilter(filterName = "PageFilter", urlPatterns = {"", "/index.xhtml", "/intake", "/intake/*", "/kiosk",
        "/dashboard", "/dashboard/*", "/knowledge", "/intake-links/*", "/intake-link/*", "/front-desk/*", "/admin/*",
        "/login", "/account"})
public class PageFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The request's character encoding is UTF-8 from web.xml (request-character-encoding): setting it here came
        // too late (the CSRF check reads the form first), and Payara only logged a warning for each post.
        rememberLanguage(request, response);
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }

    /** The language chosen with {@code ?lang=}, remembered in a cookie for the pages that follow. */
    static void rememberLanguage(HttpServletRequest request, HttpServletResponse response) {
        PageLanguage.parse(request.getParameter("lang")).ifPresent(language -> {
            Cookie cookie = new Cookie(PageLanguage.COOKIE, language.code());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        });
    }
}
