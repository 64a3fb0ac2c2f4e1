package clinic.stride.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One audit row as GET /api/audit shows it: {@code subject} is what an admin action concerned,
 * {@code disclosed} the clinic ids a list view showed (null when neither applies).
 */
public record AuditEventView(long id, Instant at, String username, String role, String action, String clinicId,
                             UUID intakeId, String requestId, int status, String outcome, String subject,
                             List<String> disclosed) {
}
