package clinic.stride.audit;

import java.util.List;

/** One page of audit rows, newest first, and the cursor ({@code after}) for the next page, null on the last. */
public record AuditPage(List<AuditEventView> items, String next) {
}
