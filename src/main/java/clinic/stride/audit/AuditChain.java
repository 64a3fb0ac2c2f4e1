package clinic.stride.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The chain over audit rows: {@code hash = HMAC-SHA256(key, prev_hash || canonical fields)} under the key the
 * row names ({@link AuditKeys}), where prev_hash is the hash of the row before (64 zeros for the first).
 * Changing, removing or reordering any row changes every hash after it, and without the key nobody can compute
 * the new ones. Rows written before the chain was keyed (no key id) use the plain
 * {@code SHA-256(prev_hash || canonical fields)} they were written with. Shared by {@link AuditBatchWriter},
 * which writes rows, and {@link AuditChainCheck}, which verifies them, so both compute exactly the same thing.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * One row's fields as the chain sees them. {@code at} must already be truncated to microseconds, as PostgreSQL
     * stores it. {@code keyId} null means an unkeyed row.
     */
    public record Row(Instant at, String username, String role, String action, String clinicId, UUID intakeId,
                      String requestId, int status, String outcome, String keyId, String subject, List<String> disclosed) {

        public Row(Instant at, String username, String role, String action, String clinicId, UUID intakeId,
                   String requestId, int status, String outcome) {
            this(at, username, role, action, clinicId, intakeId, requestId, status, outcome, null, null, null);
        }
    }

    /** The row's hash: keyed when the row names a key, plain SHA-256 otherwise. */
    public static String hash(String prevHash, Row row, AuditKeys keys) {
        if (row.keyId() == null) {
            return hash(prevHash, row);
        }
        return keys.mac(row.keyId(), prevHash.getBytes(StandardCharsets.US_ASCII),
                canonical(row).getBytes(StandardCharsets.UTF_8));
    }

    /** The unkeyed SHA-256 of the rows written before the chain was keyed. */
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
     * boundary: {@code 27:2026-01-31T09:15:02.123456Z8:clinician...}. The key id, subject and disclosed clinic
     * ids follow only when one of them is set, so the rows written before they existed keep their hashes.
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
        if (row.keyId() != null || row.subject() != null || row.disclosed() != null) {
            field(out, row.keyId());
            field(out, row.subject());
            if (row.disclosed() == null) {
                out.append('-');
            } else {
                out.append(row.disclosed().size()).append('#');
                row.disclosed().forEach(id -> field(out, id));
            }
        }
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
