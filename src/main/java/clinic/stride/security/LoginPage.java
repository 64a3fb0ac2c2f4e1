package clinic.stride.security;

import clinic.stride.clinic.ClinicHeader;
import clinic.stride.platform.PageLanguage;
import clinic.stride.vocabulary.Language;
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
    private static final String OIDC_LABEL = "stride.oidcLabel";
    /** A path on this site: no scheme, no host ("//evil"), no backslashes, not the API. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?!/|api(/|$))[A-Za-z0-9._~/?=&%-]*");

    @Inject
    SecurityContext security;

    @Inject
    LoginThrottle throttle;

    @Inject
    ClinicHeader clinicHeader;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws jakarta.servlet.ServletException, IOException {
        if (oidc.enabled()) {
            request.setAttribute(OIDC_LABEL, oidc.label());
        }
        super.service(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String notice = request.getParameter("signed-out") != null ? text(request, "login.signedOut") : null;
        render(request, response, 200, "", Map.of(), null, notice);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = text(request.getParameter("username"));
        String password = request.getParameter("password") == null ? "" : request.getParameter("password");
        Map<String, String> errors = new LinkedHashMap<>();
        if (username.isEmpty()) {
            errors.put("username", text(request, "login.error.username"));
        }
        if (password.isEmpty()) {
            errors.put("password", text(request, "login.error.password"));
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
            render(request, response, 429, username, Map.of(),
                    text(request, "login.error.userLocked").formatted(LoginThrottle.LOCK.toMinutes()), null);
            return;
        }
        if (request.getAttribute(StrideAuthentication.OUTCOME_ATTRIBUTE) == StrideAuthentication.SignIn.ADDRESS_LOCKED) {
            response.setHeader("Retry-After", String.valueOf(throttle.addressLock().toSeconds()));
            render(request, response, 429, username, Map.of(),
                    text(request, "login.error.addressLocked").formatted(throttle.addressLock().toMinutes()), null);
            return;
        }
        render(request, response, 401, username, Map.of("password", text(request, "login.error.wrong")), null, null);
    }

    @Inject
    OidcSignIn oidc;

    private static String next(HttpServletRequest request) {
        return next(request.getParameter("next"));
    }

    /** A local page to go on to after signing in, or the account page. */
    static String next(String next) {
        return next != null && LOCAL_PATH.matcher(next).matches() && !next.equals("/login") ? next : DEFAULT_NEXT;
    }

    private void render(HttpServletRequest request, HttpServletResponse response, int status, String username,
                               Map<String, String> errors, String problem, String notice) throws IOException {
        Language language = PageLanguage.of(request);
        StringBuilder main = new StringBuilder("<h1>").append(Html.escape(text(request, "login.title"))).append("</h1>\n");
        if (!errors.isEmpty() || problem != null) {
            main.append("<div class=\"error-summary\" role=\"alert\" id=\"problems\">\n<h2>")
                    .append(Html.escape(text(request, "login.error.summary"))).append("</h2>\n<ul>\n");
            if (problem != null) {
                main.append("<li>").append(Html.escape(problem)).append("</li>\n");
            }
            errors.forEach((field, message) -> main.append("<li><a href=\"#").append(field).append("\">")
                    .append(Html.escape(message)).append("</a></li>\n"));
            main.append("</ul>\n</div>\n");
        } else if (notice != null) {
            main.append("<p class=\"notice\" role=\"status\" id=\"notice\">").append(Html.escape(notice)).append("</p>\n");
        }
        main.append("<form method=\"post\" action=\"").append(Html.escape(request.getContextPath())).append("/login\" novalidate>\n")
                .append("<input type=\"hidden\" name=\"").append(Csrf.FIELD).append("\" value=\"")
                .append(Html.escape(Csrf.tokenOf(request))).append("\">\n")
                .append("<input type=\"hidden\" name=\"next\" value=\"").append(Html.escape(next(request))).append("\">\n")
                .append(field("username", text(request, "login.username"), "text", "username", username, errors.get("username")))
                .append(field("password", text(request, "login.password"), "password", "current-password", "", errors.get("password")))
                .append("<div class=\"actions\"><button class=\"button primary\" type=\"submit\" id=\"sign-in\">")
                .append(Html.escape(text(request, "login.submit"))).append("</button></div>\n</form>\n");
        if (request.getAttribute(OIDC_LABEL) instanceof String provider) {
            // Off unless STRIDE_OIDC_ISSUER is set (OidcSignIn); the form stays the default way in.
            main.append("<p class=\"or\">").append(Html.escape(text(request, "login.oidc.or"))).append("</p>\n")
                    .append("<p><a class=\"button secondary\" id=\"sign-in-oidc\" href=\"")
                    .append(Html.escape(request.getContextPath() + OidcSignIn.START_PATH + "?next="
                            + java.net.URLEncoder.encode(next(request), java.nio.charset.StandardCharsets.UTF_8)))
                    .append("\">").append(Html.escape(text(request, "login.oidc.button").formatted(provider))).append("</a></p>\n");
        }
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(Html.page(language, request.getContextPath(), clinicHeader, text(request, "login.pageTitle"), main.toString(), ""));
    }

    private static String field(String name, String label, String type, String autocomplete, String value, String error) {
        StringBuilder out = new StringBuilder("<div class=\"field").append(error != null ? " field-invalid" : "")
                .append("\">\n<label class=\"label\" for=\"").append(name).append("\">").append(Html.escape(label)).append("</label>\n");
        if (error != null) {
            out.append("<p class=\"error error-message\" id=\"").append(name).append("-error\">").append(Html.escape(error)).append("</p>\n");
        }
        out.append("<input class=\"input input-l\" id=\"").append(name).append("\" name=\"").append(name).append("\" type=\"").append(type)
                .append("\" autocomplete=\"").append(autocomplete).append("\" required");
        if ("username".equals(name)) {
            out.append(" autocapitalize=\"none\" spellcheck=\"false\" value=\"").append(Html.escape(value)).append('"');
        }
        if (error != null) {
            out.append(" aria-invalid=\"true\" aria-describedby=\"").append(name).append("-error\"");
        }
        return out.append(">\n</div>\n").toString();
    }

    /** A message of the page bundle in the page's language. */
    static String text(HttpServletRequest request, String key) {
        return PageLanguage.bundle(PageLanguage.of(request)).getString(key);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
