package clinic.stride.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The hash chain over audit rows: {@code hash = SHA-256(prev_hash || canonical fields)}, where prev_hash is
 * the hash of the row before (64 zeros for the first). Changing, removing or reordering any row changes
 * every hash after it. Shared by {@link AuditLog}, which writes rows, and {@link AuditChainCheck}, which
 * verifies them, so both compute exactly the same thing.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** One row's fields as the chain sees them. {@code at} must already be truncated to microseconds, as PostgreSQL stores it. */
    public record Row(Instant at, String username, String role, String action, String clinicId, UUID intakeId,
                      String requestId, int status, String outcome) {
    }

    public static String hash(String prevHash, Row row) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update(canonical(row).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Each field as its length, a colon and its text (null as {@code -}), so no value can imitate a field
     * boundary: {@code 27:2026-01-31T09:15:02.123456Z8:clinician...}.
     */
    static String canonical(Row row) {
        StringBuilder out = new StringBuilder(256);
        field(out, DateTimeFormatter.ISO_INSTANT.format(row.at()));
        field(out, row.username());
        field(out, row.role());
        field(out, row.action());
        field(out, row.clinicId());
        field(out, row.intakeId() == null ? null : row.intakeId().toString());
        field(out, row.requestId());
        field(out, Integer.toString(row.status()));
        field(out, row.outcome());
        return out.toString();
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
    }
}
