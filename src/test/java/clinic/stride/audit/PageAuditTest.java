package clinic.stride.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The end of a request writes a posted page's waiting read, and asks for no page audit at all at the end of an API
 * request: {@link PageAuditFilter} with a {@link PageAudit} over a request of this test's own.
 */
class PageAuditTest {

    private static final UUID INTAKE = UUID.fromString("5b0c8d1e-2f3a-4b5c-8d9e-0a1b2c3d4e5f");

    /** The rows the page audit hands to the audit log. */
    private final List<String> recorded = new ArrayList<>();
    private final Map<String, Object> attributes = new HashMap<>();

    private HttpServletRequest request(String method, String path) {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getContextPath" -> "/stride";
                    case "getRequestURI" -> "/stride" + path;
                    case "getDispatcherType" -> DispatcherType.REQUEST;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static HttpServletResponse answered(int status) {
        return (HttpServletResponse) Proxy.newProxyInstance(PageAuditTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    if (m.getName().equals("getStatus")) {
                        return status;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    private PageAudit pageAudit(HttpServletRequest request) {
        PageAudit audit = new PageAudit();
        audit.request = request;
        audit.log = new AuditLog() {
            @Override
            public void record(String action, String clinicId, UUID intakeId, int status) {
                recorded.add(action + " " + clinicId + " " + intakeId + " " + status);
            }
        };
        return audit;
    }

    private static PageAuditFilter filter(PageAudit audit) {
        PageAuditFilter filter = new PageAuditFilter();
        filter.audit = audit;
        return filter;
    }

    @Test
    void shouldWriteAPostedPagesWaitingReadWhenTheRequestEndsWithoutRendering() throws Exception {
        HttpServletRequest post = request("POST", "/dashboard/patient");
        PageAudit audit = pageAudit(post);
        FilterChain page = (req, res) -> audit.read(PageAudit.PATIENT_READ, "MRN-0042", INTAKE);

        filter(audit).doFilter(post, answered(303), page);

        assertEquals(List.of("page.patient.read MRN-0042 " + INTAKE + " 200"), recorded);
    }

    /** Counts the filter's flushes instead of writing. */
    private static final class Flushes extends PageAudit {
        int count;

        @Override
        public void flush() {
            count++;
        }
    }

    @Test
    void shouldAskForNoPageAuditAtTheEndOfAnApiRequest() throws Exception {
        Flushes audit = new Flushes();

        filter(audit).doFilter(request("POST", "/api/intakes"), answered(201), (req, res) -> { });

        assertEquals(0, audit.count, "the bean was asked for at the end of an API request");
    }

    @Test
    void shouldFlushAtTheEndOfEveryPageRequestEvenWhenNoReadMarkedIt() throws Exception {
        Flushes audit = new Flushes();

        filter(audit).doFilter(request("POST", "/dashboard/patient"), answered(303), (req, res) -> { });

        assertEquals(1, audit.count);
    }

    @Test
    void shouldWriteAGetsReadAtOnceAndLeaveNothingWaiting() throws Exception {
        HttpServletRequest get = request("GET", "/dashboard");
        PageAudit audit = pageAudit(get);
        FilterChain page = (req, res) -> {
            audit.read(PageAudit.WORKLIST_READ, null, null);
            assertEquals(List.of("page.worklist.read null null 200"), recorded, "written before the page renders");
        };

        filter(audit).doFilter(get, answered(200), page);

        assertEquals(1, recorded.size(), recorded::toString);
        assertEquals(null, attributes.get(PageAudit.READ_WAITING));
    }

    @Test
    void shouldWriteOnlyTheFormsRowWhenAPostedPageBothReadsAndChanges() throws Exception {
        HttpServletRequest post = request("POST", "/dashboard/patient");
        PageAudit audit = pageAudit(post);
        FilterChain page = (req, res) -> {
            audit.read(PageAudit.AMENDMENT_READ, "MRN-0042", INTAKE);
            audit.write(PageAudit.AMENDMENT_SUBMIT, "MRN-0042", INTAKE, 303);
        };

        filter(audit).doFilter(post, answered(303), page);

        assertEquals(List.of("page.amendment.submit MRN-0042 " + INTAKE + " 303"), recorded);
    }
}
