package clinic.stride.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses every state-changing request to a page (POST, PUT, PATCH, DELETE outside {@code /api/}) that does
 * not carry its session's {@link Csrf} token. The API is left out on purpose: it authenticates each request
 * with HTTP Basic and never with the session cookie, so a forged cross-site request carries no credentials
 * there.
 */
public class CsrfFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * A home programme link's session log ({@code /home-programme/{token}}): the 256-bit token in the address is the
     * only credential, held by the patient alone, so a forged cross-site post cannot be made without it and a session
     * token adds nothing but an expiry. It would cost one: a patient opens the page, exercises for half an hour, and
     * the session (15 minutes) has gone when they tap Save. No session is made for these pages at all.
     */
    static boolean keyedByTheAddress(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/home-programme/") && path.length() > "/home-programme/".length();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean valid;
        try {
            valid = SAFE_METHODS.contains(request.getMethod()) || StrideAuthentication.isApi(request)
                    || keyedByTheAddress(request) || Csrf.isValid(request);
        } catch (IllegalStateException e) {
            // A chunked form body over Payara's limit (no Content-Length for StrideAuthentication to refuse early).
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (valid) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(Html.page("Form expired", """
                <h1>This form has expired</h1>
                <p>The page was open too long or came from another site, so nothing was sent.
                <a href="%s/login">Go back and try again</a>.</p>""".formatted(Html.escape(request.getContextPath()))));
    }
}
