package clinic.stride.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Verifies the audit trail's hash chain, row by row in id order. Run it against the live database with
 * {@code ./mvnw -q compile exec:java -Dexec.mainClass=clinic.stride.audit.AuditChainCheck}; it connects
 * with {@code STRIDE_DB_URL}, {@code STRIDE_DB_USER} and {@code STRIDE_DB_PASSWORD}, prints
 * {@code audit chain OK: N events} and exits 0, or prints the first broken row and exits 1.
 */
public final class AuditChainCheck {

    private AuditChainCheck() {
    }

    /** The outcome: how many rows were checked, and the first broken one if any. */
    public record Result(long events, Optional<String> broken) {

        public boolean ok() {
            return broken.isEmpty();
        }

        @Override
        public String toString() {
            return broken.map(b -> "audit chain BROKEN: " + b).orElse("audit chain OK: " + events + " events");
        }
    }

    public static Result verify(Connection connection) throws SQLException {
        String expectedPrev = AuditChain.GENESIS;
        long count = 0;
        try (PreparedStatement ps = connection.prepareStatement("select id, at, username, role, action, clinic_id, "
                + "intake_id, request_id, status, outcome, prev_hash, hash from audit_event order by id")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    AuditChain.Row row = new AuditChain.Row(rs.getObject("at", OffsetDateTime.class).toInstant(),
                            rs.getString("username"), rs.getString("role"), rs.getString("action"),
                            rs.getString("clinic_id"), rs.getObject("intake_id", UUID.class), rs.getString("request_id"),
                            rs.getInt("status"), rs.getString("outcome"));
                    String prev = rs.getString("prev_hash");
                    String hash = rs.getString("hash");
                    if (!expectedPrev.equals(prev)) {
                        return new Result(count, Optional.of("row " + id + ": prev_hash does not match the hash of the row "
                                + "before (a row was removed, inserted or reordered)"));
                    }
                    if (!AuditChain.hash(prev, row).equals(hash)) {
                        return new Result(count, Optional.of("row " + id + ": contents do not match its hash (the row was changed)"));
                    }
                    expectedPrev = hash;
                    count++;
                }
            }
        }
        return new Result(count, Optional.empty());
    }

    public static void main(String[] args) throws SQLException {
        String url = env("STRIDE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/stride");
        try (Connection connection = DriverManager.getConnection(url, env("STRIDE_DB_USER", "postgres"),
                env("STRIDE_DB_PASSWORD", ""))) {
            connection.setReadOnly(true);
            Result result = verify(connection);
            System.out.println(result);
            if (!result.ok()) {
                System.exit(1);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
