package clinic.stride.testsupport;

import clinic.stride.audit.AuditChainCheck;
import clinic.stride.audit.AuditCheckpoint;
import clinic.stride.audit.AuditKeys;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The audit chain check as an operator runs it: with the test run's audit keys and its checkpoint file. */
public final class AuditChecks {

    private AuditChecks() {
    }

    public static AuditKeys keys() {
        return AuditKeys.from(name -> Optional.ofNullable(name.equals("STRIDE_AUDIT_KEYS") ? System.getProperty("it.audit.keys") : null));
    }

    public static List<AuditCheckpoint> checkpoints() {
        return AuditCheckpoint.read(Path.of(System.getProperty("it.audit.checkpoints")));
    }

    /** With keys and checkpoints. */
    public static AuditChainCheck.Result verify(Connection connection) throws SQLException {
        return AuditChainCheck.verify(connection, keys(), checkpoints());
    }

    public static AuditChainCheck.Result verify() throws SQLException {
        try (Connection c = Db.connect()) {
            return verify(c);
        }
    }
}
