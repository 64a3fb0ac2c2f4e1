package clinic.stride.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;

/**
 * The audit row of a page request, the page counterpart of {@link Audited}: a page bean says what it showed
 * or changed, and exactly one row is written for the whole request, however many beans take part.
 *
 * <ul>
 * <li>{@link #read} on a GET writes the row at once, before the page renders: if it cannot be written the
 *     request fails and no patient data is shown.</li>
 * <li>{@link #read} on a POST (a form posted to the page) waits: when the form's action then calls
 *     {@link #write}, that row, with its outcome, is the request's row; otherwise the read is written just
 *     before the page renders ({@link PageAuditPhase}) or, at the latest, when the request ends
 *     ({@link PageAuditFilter}).</li>
 * <li>Refused attempts never reach a page bean (the container answers 403 itself): {@link PageAuditFilter}
 *     records them with the action {@link #actionOf} gives for the page; the sign-in mechanism records an
 *     attempt without a session (sent to sign in) as 401.</li>
 * </ul>
 *
 * <p>Rows hold ids only; the patient's clinic id is looked up from the intake when the page did not pass it.
 */
@RequestScoped
public class PageAudit {

    public static final String WORKLIST_READ = "page.worklist.read";
    public static final String PATIENT_READ = "page.patient.read";
    public static final String AMENDMENT_READ = "page.amendment.read";
    public static final String AMENDMENT_SUBMIT = "page.amendment.submit";
    public static final String HANDOUT_PLAN_SAVE = "page.handout-plan.save";
    public static final String HANDOUT_PLAN_READ = "page.handout-plan.read";
    public static final String INTAKE_SUBMIT = "page.intake.submit";
    public static final String AUDIT_SEARCH = "page.audit.search";
    public static final String AUDIT_CHAIN_CHECK = "page.audit.chain-check";
    public static final String USERS_READ = "page.users.read";
    /** Followed by disable, enable, approve or reject. */
    public static final String USERS_ACTION_PREFIX = "page.users.";
    public static final String INTAKE_REVIEWED = "page.intake.reviewed";
    public static final String FOLLOW_UP_REVIEWED = "page.follow-up.reviewed";
    public static final String FOLLOW_UP_READ = "page.follow-up.read";
    public static final String FOLLOW_UP_SUBMIT = "page.follow-up.submit";
    public static final String CLINIC_SETTINGS_READ = "page.clinic-settings.read";
    /** A new version of the clinic's details stored (200), or refused (400). */
    public static final String CLINIC_SETTINGS_SAVE = "page.clinic-settings.save";
    /** "About you" refused a clinic number on file typed with other details (status 409). */
    public static final String INTAKE_PATIENT_MISMATCH = "page.intake.patient-mismatch";
    /** The front desk's page of a patient's likely duplicates. */
    public static final String DUPLICATES_READ = "page.duplicates.read";

    /** The action of a GET of each page that shows patient data (or the audit trail), for refused attempts. */
    private static final Map<String, String> PAGE_READS = Map.of(
            "/dashboard", WORKLIST_READ,
            "/dashboard/patient", PATIENT_READ,
            "/dashboard/amend", AMENDMENT_READ,
            "/admin/audit", AUDIT_SEARCH,
            "/admin/users", USERS_READ,
            "/front-desk/duplicates", DUPLICATES_READ);

    /**
     * Set on the request while a read waits, so that {@link PageAuditFilter} can leave this bean unmade at the end
     * of an API request, which never has a page read: making it for nothing cost 1 % of a submission's CPU
     * (docs/benchmarks.md, tenth pass of performance round 2).
     */
    static final String READ_WAITING = PageAudit.class.getName() + ".readWaiting";

    private record Entry(String action, String clinicId, UUID intakeId, int status) {
    }

    @Inject
    AuditLog log;

    @Inject
    HttpServletRequest request;

    private boolean written;
    private Entry pendingRead;

    /** The page shows this patient's data (or the audit trail); status 200. */
    public void read(String action, String clinicId, UUID intakeId) {
        read(action, clinicId, intakeId, 200);
    }

    /** A read that ended otherwise: 404 for an unknown intake, 400 for a filter that could not be used. */
    public void read(String action, String clinicId, UUID intakeId, int status) {
        Entry entry = new Entry(action, clinicId, intakeId, status);
        if ("POST".equals(request.getMethod())) {
            if (pendingRead == null) {
                pendingRead = entry;
                request.setAttribute(READ_WAITING, Boolean.TRUE);
            }
            return;
        }
        write(entry);
    }

    /**
     * A change made from a page, with its outcome: 303 when saved (the page redirects), 400 when the form was
     * refused. Written at once; it stands for the read of the same request.
     */
    public void write(String action, String clinicId, UUID intakeId, int status) {
        pendingRead = null;
        write(new Entry(action, clinicId, intakeId, status));
    }

    /** Writes a read still waiting; called before the page renders and when the request ends. */
    public void flush() {
        Entry pending = pendingRead;
        pendingRead = null;
        if (pending != null) {
            write(pending);
        }
    }

    public boolean isWritten() {
        return written;
    }

    /** The action recorded for a page path ("/dashboard/patient", with or without ".xhtml"), or null for other pages. */
    public static String actionOf(String path) {
        String page = path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
        return PAGE_READS.get(page);
    }

    /** The intake a page request names in its {@code intake} parameter, or null. */
    public static UUID intakeOf(HttpServletRequest request) {
        String text = request.getParameter("intake");
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void write(Entry entry) {
        if (written) {
            return;
        }
        written = true;
        log.record(entry.action(), AuditTrail.Writer.clinicIdOrNull(entry.clinicId()), entry.intakeId(), entry.status());
    }
}
