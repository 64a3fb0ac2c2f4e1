package clinic.stride.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Who is signed in, in which roles, and the sign-out button. Where sign-in lands until the dashboard
 * exists; signed-in users only (web.xml).
 */
@WebServlet(urlPatterns = "/account")
public class AccountPage extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String roles = Roles.ALL.stream().filter(request::isUserInRole).collect(Collectors.joining(", "));
        String main = """
                <h1>Signed in</h1>
                <p>You are signed in as <strong>%s</strong> (%s). You are signed out after 15 minutes without activity.</p>
                <form method="post" action="%s/logout">
                <input type="hidden" name="%s" value="%s">
                <p><button type="submit">Sign out</button></p>
                </form>
                """.formatted(Html.escape(request.getUserPrincipal().getName()), Html.escape(roles),
                Html.escape(request.getContextPath()), Csrf.FIELD, Html.escape(Csrf.tokenOf(request)));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(Html.page("Signed in", main));
    }
}
