package clinic.stride.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sign-in page: a plain form (user name, password) with the session's CSRF token, an error beside each
 * field and a summary at the top that screen readers announce. A successful sign-in goes on to the page
 * that asked for it ({@code next}, local paths only) or to the account page.
 */
@WebServlet(urlPatterns = "/login")
public class LoginPage extends HttpServlet {

    static final String DEFAULT_NEXT = "/account";
    /** A path on this site: no scheme, no host ("//evil"), no backslashes, not the API. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?!/|api(/|$))[A-Za-z0-9._~/?=&%-]*");

    @Inject
    SecurityContext security;

    @Inject
    LoginThrottle throttle;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String notice = request.getParameter("signed-out") != null ? "You are signed out." : null;
        render(request, response, 200, "", Map.of(), null, notice);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = text(request.getParameter("username"));
        String password = request.getParameter("password") == null ? "" : request.getParameter("password");
        Map<String, String> errors = new LinkedHashMap<>();
        if (username.isEmpty()) {
            errors.put("username", "Enter your user name");
        }
        if (password.isEmpty()) {
            errors.put("password", "Enter your password");
        }
        if (!errors.isEmpty()) {
            render(request, response, 400, username, errors, null, null);
            return;
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + next(request));
            return;
        }
        if (request.getAttribute(StrideAuthentication.OUTCOME_ATTRIBUTE) == StrideAuthentication.SignIn.LOCKED) {
            response.setHeader("Retry-After", String.valueOf(LoginThrottle.LOCK.toSeconds()));
            render(request, response, 429, username, Map.of(), "Too many failed sign-ins for this user name. "
                    + "Wait " + LoginThrottle.LOCK.toMinutes() + " minutes, or ask an admin to reset your password.", null);
            return;
        }
        if (request.getAttribute(StrideAuthentication.OUTCOME_ATTRIBUTE) == StrideAuthentication.SignIn.ADDRESS_LOCKED) {
            response.setHeader("Retry-After", String.valueOf(throttle.addressLock().toSeconds()));
            render(request, response, 429, username, Map.of(), "Too many failed sign-ins from this network address. "
                    + "Wait " + throttle.addressLock().toMinutes() + " minutes and try again.", null);
            return;
        }
        render(request, response, 401, username, Map.of("password", "The user name or password is wrong"), null, null);
    }

    private static String next(HttpServletRequest request) {
        String next = request.getParameter("next");
        return next != null && LOCAL_PATH.matcher(next).matches() && !next.equals("/login") ? next : DEFAULT_NEXT;
    }

    private static void render(HttpServletRequest request, HttpServletResponse response, int status, String username,
                               Map<String, String> errors, String problem, String notice) throws IOException {
        StringBuilder main = new StringBuilder("<h1>Sign in to Stride</h1>\n");
        if (!errors.isEmpty() || problem != null) {
            main.append("<div role=\"alert\" id=\"problems\">\n<h2>There is a problem</h2>\n<ul>\n");
            if (problem != null) {
                main.append("<li>").append(Html.escape(problem)).append("</li>\n");
            }
            errors.forEach((field, message) -> main.append("<li><a href=\"#").append(field).append("\">")
                    .append(Html.escape(message)).append("</a></li>\n"));
            main.append("</ul>\n</div>\n");
        } else if (notice != null) {
            main.append("<p role=\"status\">").append(Html.escape(notice)).append("</p>\n");
        }
        main.append("<form method=\"post\" action=\"").append(Html.escape(request.getContextPath())).append("/login\" novalidate>\n")
                .append("<input type=\"hidden\" name=\"").append(Csrf.FIELD).append("\" value=\"")
                .append(Html.escape(Csrf.tokenOf(request))).append("\">\n")
                .append("<input type=\"hidden\" name=\"next\" value=\"").append(Html.escape(next(request))).append("\">\n")
                .append(field("username", "User name", "text", "username", username, errors.get("username")))
                .append(field("password", "Password", "password", "current-password", "", errors.get("password")))
                .append("<p><button type=\"submit\">Sign in</button></p>\n</form>\n");
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(Html.page("Sign in", main.toString()));
    }

    private static String field(String name, String label, String type, String autocomplete, String value, String error) {
        StringBuilder out = new StringBuilder("<p>\n<label for=\"").append(name).append("\">").append(label).append("</label>\n");
        if (error != null) {
            out.append("<span class=\"error\" id=\"").append(name).append("-error\">").append(Html.escape(error)).append("</span>\n");
        }
        out.append("<input id=\"").append(name).append("\" name=\"").append(name).append("\" type=\"").append(type)
                .append("\" autocomplete=\"").append(autocomplete).append("\" required");
        if ("username".equals(name)) {
            out.append(" autocapitalize=\"none\" spellcheck=\"false\" value=\"").append(Html.escape(value)).append('"');
        }
        if (error != null) {
            out.append(" aria-invalid=\"true\" aria-describedby=\"").append(name).append("-error\"");
        }
        return out.append(">\n</p>\n").toString();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
