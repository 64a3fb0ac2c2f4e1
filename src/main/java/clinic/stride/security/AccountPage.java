package clinic.stride.security;

import clinic.stride.clinic.ClinicHeader;
import clinic.stride.platform.PageLanguage;
import clinic.stride.vocabulary.Roles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Who is signed in, in which roles, and the sign-out button; in the page's language, with the site's look.
 * Signed-in users only (web.xml).
 */
@WebServlet(urlPatterns = "/account")
public class AccountPage extends HttpServlet {

    @Inject
    ClinicHeader clinicHeader;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String roles = Roles.ALL.stream().filter(request::isUserInRole).collect(Collectors.joining(", "));
        String context = Html.escape(request.getContextPath());
        int minutes = request.getSession(true).getMaxInactiveInterval() / 60;
        String main = """
                <h1>%s</h1>
                <p class="lead">%s</p>
                <p><a href="%s/">%s</a></p>
                <form method="post" action="%s/logout">
                <input type="hidden" name="%s" value="%s">
                <div class="actions"><button class="button secondary" type="submit" id="sign-out">%s</button></div>
                </form>
                """.formatted(Html.escape(LoginPage.text(request, "account.title")),
                Html.escape(LoginPage.text(request, "account.signedIn").formatted(request.getUserPrincipal().getName(), roles, minutes)),
                context, Html.escape(LoginPage.text(request, "home.yourPages")),
                context, Csrf.FIELD, Html.escape(Csrf.tokenOf(request)), Html.escape(LoginPage.text(request, "home.signOut")));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(Html.page(PageLanguage.of(request), request.getContextPath(), clinicHeader,
                LoginPage.text(request, "account.title"), main, ""));
    }
}
