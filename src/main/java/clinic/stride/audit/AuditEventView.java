package clinic.stride.audit;

import java.time.Instant;
import java.util.UUID;

/** One audit row as GET /api/audit shows it. */
public record AuditEventView(long id, Instant at, String username, String role, String action, String clinicId,
                             UUID intakeId, String requestId, int status, String outcome) {
}
