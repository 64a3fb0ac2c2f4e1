package clinic.stride.intake.wizard;

import clinic.stride.intake.form.IntakeStep;
import clinic.stride.platform.Cookies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A clinic tablet in kiosk mode shows the intake form and nothing else, and its own automatic returns to a blank
 * form do not keep the staff sign-in that unlocked it alive.
 *
 * <p>With the kiosk cookie set, every staff page (today's names at the front desk, intake links, the account page,
 * the dashboard) sends the browser back to the form; {@code /kiosk?end} signs the tablet out, so leaving kiosk mode
 * takes a staff sign-in. Independently of kiosk mode, a signed-in session remembers when a person last asked for a
 * page; requests the pages make by themselves (addresses with {@code auto}, from intake.js) do not count, and the
 * first request after the configured session timeout without a person's request signs the session out.
 */
@WebFilter(filterName = "KioskLock", urlPatterns = "/*")
public class KioskLock extends HttpFilter {

    static final String ACTIVITY_ATTRIBUTE = "stride.activity";
    /** Query marker of requests a page makes by itself (a kiosk returning to a blank form). */
    static final String AUTOMATIC = "auto";
    /** Record a person's activity at most this often: each write is replicated to the other instances' data grid. */
    static final Duration RECORD_EVERY = Duration.ofSeconds(30);

    /** What a kiosk may open: the form's pages and what they load; the patient's own link pages; signing in and out. */
    private static final List<String> KIOSK_OPEN = List.of("/intake/", "/intake-link/", "/intake-links/", "/resources/",
            "/jakarta.faces.resource/", "/health/", "/api/");
    private static final List<String> KIOSK_OPEN_EXACT = List.of("/intake", "/intake.xhtml", "/kiosk", "/kiosk.xhtml",
            "/login", "/logout", "/favicon.ico");
    private static final List<String> KIOSK_LOCKED = List.of("/intake/saved", "/intake/saved.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (idleSignOut(request, path)) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        if (isKiosk(request) && !kioskMayOpen(path)) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + IntakeStep.YOU.path());
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean kioskMayOpen(String path) {
        if (KIOSK_LOCKED.contains(path)) {
            return false;
        }
        return KIOSK_OPEN_EXACT.contains(path) || KIOSK_OPEN.stream().anyMatch(path::startsWith);
    }

    /** True when the session was idle too long and has just been signed out. Records a person's page requests. */
    private boolean idleSignOut(HttpServletRequest request, String path) throws ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null || !isPage(path)) {
            return false;
        }
        Instant now = Instant.now();
        Instant last = session.getAttribute(ACTIVITY_ATTRIBUTE) instanceof Instant at ? at : null;
        Duration limit = Duration.ofSeconds(session.getMaxInactiveInterval());
        if (isIdle(last, now, limit)) {
            request.logout();
            session.invalidate();
            return !path.equals("/login");
        }
        if (!isAutomatic(request) && (last == null || Duration.between(last, now).compareTo(RECORD_EVERY) >= 0)) {
            session.setAttribute(ACTIVITY_ATTRIBUTE, now);
        }
        return false;
    }

    /** Idle: no person asked for a page for longer than the limit (a limit of zero or less never times out). */
    static boolean isIdle(Instant lastActivity, Instant now, Duration limit) {
        return lastActivity != null && limit.isPositive() && Duration.between(lastActivity, now).compareTo(limit) > 0;
    }

    static boolean isPage(String path) {
        return !(path.startsWith("/resources/") || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/api/")
                || path.startsWith("/health/"));
    }

    static boolean isAutomatic(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && Arrays.asList(query.split("&")).contains(AUTOMATIC);
    }

    static boolean isKiosk(HttpServletRequest request) {
        return Cookies.value(request, IntakeWizard.KIOSK_COOKIE).isPresent();
    }
}
