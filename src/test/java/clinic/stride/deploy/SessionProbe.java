package clinic.stride.deploy;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Added only to the cluster test's copy of the WAR: counts visits in the HTTP session, so a test can see
 * that a session made on one instance is found, with its data, on another.
 */
@WebServlet("/cluster-probe/session")
public class SessionProbe extends HttpServlet {

    static final String VISITS = "visits";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(true);
        Integer visits = (Integer) session.getAttribute(VISITS);
        int now = visits == null ? 1 : visits + 1;
        // setAttribute, not just mutation: Payara replicates a session when an attribute is set (modified-session scope).
        session.setAttribute(VISITS, now);
        response.setContentType("text/plain");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().print(VISITS + "=" + now + " new=" + session.isNew());
    }
}
