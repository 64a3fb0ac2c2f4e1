package clinic.stride.audit;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Verifies the audit trail's chain row by row in id order, with the keys ({@link AuditKeys}) and against the
 * signed checkpoints ({@link AuditCheckpoint}) kept outside the database. Run it against the live database with
 * {@code ./mvnw -q compile exec:java -Dexec.mainClass=clinic.stride.audit.AuditChainCheck}; it connects with
 * {@code STRIDE_DB_URL}, {@code STRIDE_DB_USER} and {@code STRIDE_DB_PASSWORD}, reads the keys as Stride does
 * and the checkpoints from {@code STRIDE_AUDIT_CHECKPOINT_FILE}, prints {@code audit chain OK: N events} and
 * exits 0, or prints the first broken row and exits 1.
 */
public final class AuditChainCheck {

    private AuditChainCheck() {
    }

    /**
     * The outcome: how many rows were checked, the first broken one if any (its id in {@code brokenId}), and how
     * many checkpoints matched.
     */
    public record Result(long events, Optional<String> broken, Optional<Long> brokenId, int checkpoints) {

        public Result(long events, Optional<String> broken) {
            this(events, broken, Optional.empty(), 0);
        }

        public boolean ok() {
            return broken.isEmpty();
        }

        /** The broken row's description, or "" when the chain is intact (for pages). */
        public String problem() {
            return broken.orElse("");
        }

        @Override
        public String toString() {
            return broken.map(b -> "audit chain BROKEN: " + b).orElse("audit chain OK: " + events + " events"
                    + (checkpoints > 0 ? ", " + checkpoints + " checkpoints match" : ""));
        }
    }

    /** The unkeyed check of the rows alone (no keys, no checkpoints): keyed rows cannot be verified by it. */
    public static Result verify(Connection connection) throws SQLException {
        return verify(connection, AuditKeys.none(), List.of());
    }

    public static Result verify(Connection connection, AuditKeys keys, List<AuditCheckpoint> checkpoints) throws SQLException {
        Map<Long, AuditCheckpoint> byId = new HashMap<>();
        for (AuditCheckpoint checkpoint : checkpoints) {
            if (!checkpoint.signatureValid(keys)) {
                return broken(0, "checkpoint of row " + checkpoint.id() + " at " + checkpoint.at()
                        + ": its signature does not match (forged, or its key " + checkpoint.keyId() + " is not configured)", null, 0);
            }
            byId.put(checkpoint.id(), checkpoint);
        }
        String expectedPrev = AuditChain.GENESIS;
        long count = 0;
        long lastId = 0;
        int matched = 0;
        boolean keyedSeen = false;
        try (PreparedStatement ps = connection.prepareStatement("select id, at, username, role, action, clinic_id, "
                + "intake_id, request_id, status, outcome, prev_hash, hash, key_id, subject, disclosed from audit_event order by id")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    String keyId = rs.getString("key_id");
                    AuditChain.Row row = new AuditChain.Row(rs.getObject("at", OffsetDateTime.class).toInstant(),
                            rs.getString("username"), rs.getString("role"), rs.getString("action"),
                            rs.getString("clinic_id"), rs.getObject("intake_id", UUID.class), rs.getString("request_id"),
                            rs.getInt("status"), rs.getString("outcome"), keyId, rs.getString("subject"),
                            strings(rs.getArray("disclosed")));
                    String prev = rs.getString("prev_hash");
                    String hash = rs.getString("hash");
                    if (!expectedPrev.equals(prev)) {
                        return broken(count, "row " + id + ": prev_hash does not match the hash of the row "
                                + "before (a row was removed, inserted or reordered)", id, matched);
                    }
                    if (keyId == null && keyedSeen) {
                        return broken(count, "row " + id + ": not keyed, after keyed rows (rewritten without the key)", id, matched);
                    }
                    if (keyId != null && !keys.has(keyId)) {
                        return broken(count, "row " + id + ": its key " + keyId + " is not configured, so it cannot be "
                                + "verified (list every key still in use in STRIDE_AUDIT_KEYS)", id, matched);
                    }
                    keyedSeen |= keyId != null;
                    if (!AuditChain.hash(prev, row, keys).equals(hash)) {
                        return broken(count, "row " + id + ": contents do not match its hash (the row was changed)", id, matched);
                    }
                    expectedPrev = hash;
                    count++;
                    lastId = id;
                    AuditCheckpoint checkpoint = byId.remove(id);
                    if (checkpoint != null) {
                        if (!checkpoint.head().equals(hash) || checkpoint.count() != count) {
                            return broken(count, "row " + id + ": differs from the checkpoint of " + checkpoint.at()
                                    + " (rows up to it were rewritten, removed or inserted)", id, matched);
                        }
                        matched++;
                    }
                }
            }
        }
        if (!byId.isEmpty()) {
            long missing = byId.keySet().stream().min(Long::compare).orElseThrow();
            return broken(count, "row " + missing + " of a checkpoint is missing (the newest rows were removed)",
                    lastId == 0 ? null : lastId, matched);
        }
        return new Result(count, Optional.empty(), Optional.empty(), matched);
    }

    private static Result broken(long count, String why, Long id, int matched) {
        return new Result(count, Optional.of(why), Optional.ofNullable(id), matched);
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add((String) value);
        }
        return values;
    }

    public static void main(String[] args) throws SQLException {
        String url = env("STRIDE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/stride");
        String checkpoints = env("STRIDE_AUDIT_CHECKPOINT_FILE", "");
        try (Connection connection = DriverManager.getConnection(url, env("STRIDE_DB_USER", "postgres"),
                env("STRIDE_DB_PASSWORD", ""))) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            Result result = verify(connection, AuditKeys.fromEnvironment(),
                    checkpoints.isBlank() ? List.of() : AuditCheckpoint.read(Path.of(checkpoints)));
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
