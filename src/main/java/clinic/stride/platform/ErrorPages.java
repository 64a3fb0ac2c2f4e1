package clinic.stride.platform;

import clinic.stride.vocabulary.Language;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The container's error pages (web.xml: 403, 404, 410, 500) in the visitor's language, chosen as for every other
 * page ({@link PageLanguage#of}: {@code ?lang=}, the language cookie, the browser's preference). The pages are plain
 * files in {@code /WEB-INF/errors/} ({@code not-found.html}, {@code not-found.es.html}): nothing on them can fail in
 * turn, which matters most for the 500 page.
 */
@WebServlet(urlPatterns = "/error-page")
public class ErrorPages extends HttpServlet {

    static final Map<Integer, String> PAGES = Map.of(
            403, "forbidden", 404, "not-found", 410, "gone", 500, "server-error");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        String name = PAGES.getOrDefault(status, status >= 500 ? "server-error" : "not-found");
        Language language = PageLanguage.of(request);
        String file = "/WEB-INF/errors/" + name + (language == Language.ES ? ".es" : "") + ".html";
        String html;
        try (InputStream in = getServletContext().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the WAR");
            }
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The files address the site's root; a WAR deployed under a context path shifts every link.
        html = html.replace("href=\"/", "href=\"" + request.getContextPath() + "/");
        // An unknown address is outside PageFilter's pages: the choice made here is remembered all the same.
        PageFilter.rememberLanguage(request, response);
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }
}
