package clinic.stride.audit;

import java.util.List;
import java.util.UUID;

/**
 * What one audit row says, before it is timed and chained: the action, who did it in which role, the
 * patient (clinic id) and intake it concerned, the request id and the HTTP status it ended with; for an
 * administrative action the user or change request it concerned ({@code subject}), and for a list view the
 * clinic ids it showed ({@code disclosed}, sorted, no duplicates). Ids only: never a name, birth date or answer.
 */
public record AuditEntry(String action, String username, String role, String clinicId, UUID intakeId,
                         String requestId, int status, String subject, List<String> disclosed) {

    public AuditEntry {
        disclosed = disclosed == null || disclosed.isEmpty() ? null : disclosed.stream().distinct().sorted().toList();
    }

    public AuditEntry(String action, String username, String role, String clinicId, UUID intakeId, String requestId,
                      int status) {
        this(action, username, role, clinicId, intakeId, requestId, status, null, null);
    }

    /** Every outcome {@link #outcomeOf} gives, for the admin page's outcome filter. */
    public static final List<String> OUTCOMES = List.of("ok", "unauthenticated", "denied", "not-found", "gone", "locked",
            "rejected", "error");

    /** The status in words, for searching: ok, unauthenticated, denied, not-found, rejected, locked, error. */
    public String outcome() {
        return outcomeOf(status);
    }

    static String outcomeOf(int status) {
        if (status < 400) {
            return "ok";
        }
        return switch (status) {
            case 401 -> "unauthenticated";
            case 403 -> "denied";
            case 404 -> "not-found";
            case 410 -> "gone";
            case 429 -> "locked";
            default -> status < 500 ? "rejected" : "error";
        };
    }
}
