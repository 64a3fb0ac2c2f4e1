package clinic.stride.security;

import clinic.stride.patientlink.web.KeyedByTheAddress;
import clinic.stride.patientlink.web.LinkPages;
import clinic.stride.platform.ApiPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Refuses every state-changing request to a page (POST, PUT, PATCH, DELETE outside {@code /api/}) that does
 * not carry its session's {@link Csrf} token. The API is left out on purpose: it authenticates each request
 * with HTTP Basic and never with the session cookie, so a forged cross-site request carries no credentials
 * there. A page whose address holds the patient's link token and whose servlet is declared
 * {@link KeyedByTheAddress} is left out too: the token is its credential.
 */
public class CsrfFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** The names of the servlets declared {@link KeyedByTheAddress}, found once when the filter starts. */
    private Set<String> keyedServlets = Set.of();

    @Override
    public void init() {
        keyedServlets = keyedServletsOf(getServletContext());
    }

    static Set<String> keyedServletsOf(ServletContext context) {
        Set<String> names = new HashSet<>();
        for (ServletRegistration servlet : context.getServletRegistrations().values()) {
            try {
                if (servlet.getClassName() != null && Class.forName(servlet.getClassName(), false, context.getClassLoader())
                        .isAnnotationPresent(KeyedByTheAddress.class)) {
                    names.add(servlet.getName());
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // A container servlet this application cannot load carries none of its annotations.
            }
        }
        return Set.copyOf(names);
    }

    /** A request to a servlet declared {@link KeyedByTheAddress} with a token in its address. */
    static boolean keyedByTheAddress(HttpServletRequest request, Set<String> keyedServlets) {
        HttpServletMapping servlet = request.getHttpServletMapping();
        return servlet != null && keyedServlets.contains(servlet.getServletName()) && LinkPages.token(request) != null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean valid;
        try {
            valid = SAFE_METHODS.contains(request.getMethod()) || ApiPaths.isApi(request)
                    || keyedByTheAddress(request, keyedServlets) || Csrf.isValid(request);
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
