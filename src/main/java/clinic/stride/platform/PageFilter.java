package clinic.stride.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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
        // UTF-8 request encoding comes from web.xml (request-character-encoding): the CSRF check reads the form first.
        rememberLanguage(request, response);
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }

    /** The language chosen with {@code ?lang=}, remembered in a cookie for the pages that follow. */
    static void rememberLanguage(HttpServletRequest request, HttpServletResponse response) {
        PageLanguage.parse(request.getParameter("lang")).ifPresent(language -> PageLanguage.remember(language, request, response));
    }
}
