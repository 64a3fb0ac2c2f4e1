package clinic.stride.audit;

import clinic.stride.platform.ApiPaths;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The end of every page request for {@link PageAudit}: writes a read still waiting, and records refused
 * attempts at the pages that show patient data. A role the page's security constraint does not allow is
 * answered 403 by the container before any filter or page runs; web.xml sends that 403 to an error page,
 * and this filter, mapped to the ERROR dispatch too, writes its row. A form refused by the CSRF check (403
 * as well) is recorded on the way back out.
 */
public class PageAuditFilter extends HttpFilter {

    @Inject
    PageAudit audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (Integer.valueOf(403).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))
                    && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
                refused(request, uri.substring(request.getContextPath().length()));
            }
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            // The API has no pages, so no read can wait at its end; every other request is flushed whether or not the
            // page's bean marked it, so that a read is never left unwritten if the mark were not seen here.
            if (request.getAttribute(PageAudit.READ_WAITING) != null || !ApiPaths.isApi(request)) {
                audit.flush();
            }
            if (response.getStatus() == 403) {
                refused(request, request.getRequestURI().substring(request.getContextPath().length()));
            }
        }
    }

    private void refused(HttpServletRequest request, String path) {
        String action = PageAudit.actionOf(path);
        if (action != null && !audit.isWritten()) {
            audit.write(action, null, PageAudit.intakeOf(request), 403);
        }
    }
}
