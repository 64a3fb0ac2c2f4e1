package clinic.stride.audit;

import clinic.stride.platform.Database;
import clinic.stride.platform.PageLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The admin page /admin/audit: the audit trail searched by patient (clinic number), user, date, action and
 * outcome, newest first, a page of {@value #PAGE_SIZE} at a time, through the same {@link AuditSearch} as
 * GET /api/audit. Filters are posted, like the worklist's, so they never land in an address or an access
 * log. A second form runs the hash-chain check ({@link AuditChainCheck}) and shows its result.
 *
 * <p>Rows hold ids, actions and outcomes only, so the admin sees who touched which record, never what it says.
 * Each search and each check is itself recorded.
 */
@Named("auditView")
@RequestScoped
public class AuditView {

    static final int PAGE_SIZE = 50;
    private static final Pattern CLINIC_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9.-]{0,59}");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    AuditSearch search;

    @Inject
    PageAudit audit;

    @Inject
    PageLanguage ui;

    @Inject
    HttpServletRequest request;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    private String clinicId;
    private String user;
    private String from;
    private String to;
    private String action;
    private String outcome;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private AuditPage page = new AuditPage(List.of(), null);
    private boolean firstPage = true;
    private AuditChainCheck.Result chain;
    private List<AuditEventView> chainRows = List.of();

    @Inject
    AuditKeyring keyring;

    @Inject
    AuditCheckpoints checkpoints;

    @PostConstruct
    void load() {
        clinicId = blank(request.getParameter("clinicId"));
        user = blank(request.getParameter("user"));
        from = blank(request.getParameter("from"));
        to = blank(request.getParameter("to"));
        action = blank(request.getParameter("action"));
        outcome = blank(request.getParameter("outcome"));
        if (clinicId != null && !CLINIC_ID.matcher(clinicId).matches()) {
            errors.put("clinicId", ui.text("audit.error.clinicId"));
        }
        if (user != null && !USERNAME.matcher(user).matches()) {
            errors.put("user", ui.text("audit.error.user"));
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.put("to", ui.text("audit.error.order"));
        }
        if (action != null && !ACTION.matcher(action).matches()) {
            errors.put("action", ui.text("audit.error.action"));
        }
        if (outcome != null && !AuditEntry.OUTCOMES.contains(outcome)) {
            outcome = null;
        }
        Long after = null;
        String cursor = blank(request.getParameter("after"));
        if (cursor != null) {
            try {
                after = Long.valueOf(cursor);
                firstPage = false;
            } catch (NumberFormatException e) {
                after = null;
            }
        }
        String patient = errors.containsKey("clinicId") ? null : clinicId;
        if (request.getParameter("check") != null) {
            chain = checkChain();
            chain.brokenId().ifPresent(id -> chainRows = search.around(id, 2));
            audit.write(PageAudit.AUDIT_CHAIN_CHECK, null, null, chain.ok() ? 200 : 409);
        }
        if (!errors.isEmpty()) {
            audit.read(PageAudit.AUDIT_SEARCH, patient, null, 400);
            return;
        }
        audit.read(PageAudit.AUDIT_SEARCH, patient, null);
        page = search.find(new AuditSearch.Filter(clinicId, user, fromDate, toDate, action, outcome, PAGE_SIZE, after));
    }

    /** Walks the whole chain in one read-only transaction, so the driver streams the rows instead of loading them all. */
    private AuditChainCheck.Result checkChain() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                return AuditChainCheck.verify(c, keyring.keys(), checkpoints.recorded());
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit_event not readable for the chain check", e);
        }
    }

    private LocalDate date(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, ui.text("audit.error.date"));
            return null;
        }
    }

    public List<AuditEventView> getRows() {
        return page.items();
    }

    public String getNext() {
        return page.next();
    }

    public boolean isFirstPage() {
        return firstPage;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public String getClinicId() {
        return clinicId;
    }

    public String getUser() {
        return user;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getAction() {
        return action;
    }

    public String getOutcome() {
        return outcome;
    }

    public List<String> getOutcomes() {
        return AuditEntry.OUTCOMES;
    }

    /** The chain check's result, or null when it was not asked for in this request. */
    public AuditChainCheck.Result getChain() {
        return chain;
    }

    /** The first broken row and its neighbours, oldest first; empty unless a check found the chain broken. */
    public List<AuditEventView> getChainRows() {
        return chainRows;
    }

    /** Marks the broken row among its neighbours. */
    public boolean isBroken(AuditEventView row) {
        return chain != null && chain.brokenId().map(id -> id == row.id()).orElse(false);
    }

    public String when(Instant at) {
        return WHEN.format(at) + " UTC";
    }

    /** The ISO instant, for the {@code <time datetime>} attribute. */
    public String iso(Instant at) {
        return at.toString();
    }

    public String selectedIf(boolean on) {
        return on ? "selected" : null;
    }

    /** aria-invalid for a field with an error, nothing otherwise. */
    public String invalidIf(String field) {
        return errors.containsKey(field) ? "true" : null;
    }

    /** aria-describedby pointing at a field's error, nothing otherwise. */
    public String describedByIf(String field) {
        return errors.containsKey(field) ? field + "-error" : null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
