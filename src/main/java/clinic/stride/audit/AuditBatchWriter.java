package clinic.stride.audit;

import clinic.stride.platform.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Appends a batch of audit rows in one transaction of its own. Appends are serialized with a
 * transaction-scoped advisory lock, so the chain stays linear however many threads or instances write:
 * each row's prev_hash is the hash of the row before it.
 */
@ApplicationScoped
public class AuditBatchWriter {

    /** Key of the advisory lock that serializes appends ("audit" in ASCII). */
    public static final long CHAIN_LOCK = 0x6175646974L;

    @Resource(lookup = Database.AUDIT_JNDI_NAME)
    DataSource dataSource;

    @Inject
    AuditKeyring keyring;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void append(List<AuditEntry> entries) {
        try (Connection c = dataSource.getConnection()) {
            String prev = chainHead(c);
            AuditKeys keys = keyring.keys();
            String keyId = keys.currentId().orElse(null);
            try (PreparedStatement insert = c.prepareStatement("insert into audit_event (at, username, role, action, "
                    + "clinic_id, intake_id, request_id, status, outcome, prev_hash, hash, key_id, subject, disclosed) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (AuditEntry entry : entries) {
                    String clinicId = entry.clinicId() != null ? entry.clinicId() : clinicIdOf(c, entry.intakeId());
                    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    AuditChain.Row row = new AuditChain.Row(at, entry.username(), entry.role(), entry.action(), clinicId,
                            entry.intakeId(), entry.requestId(), entry.status(), entry.outcome(), keyId, entry.subject(),
                            entry.disclosed());
                    String hash = AuditChain.hash(prev, row, keys);
                    insert.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                    insert.setString(2, row.username());
                    insert.setString(3, row.role());
                    insert.setString(4, row.action());
                    insert.setString(5, row.clinicId());
                    insert.setObject(6, row.intakeId(), Types.OTHER);
                    insert.setString(7, row.requestId());
                    insert.setInt(8, row.status());
                    insert.setString(9, row.outcome());
                    insert.setString(10, prev);
                    insert.setString(11, hash);
                    insert.setString(12, keyId);
                    insert.setString(13, row.subject());
                    insert.setArray(14, row.disclosed() == null ? null : c.createArrayOf("varchar", row.disclosed().toArray()));
                    insert.addBatch();
                    prev = hash;
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit_event not writable", e);
        }
    }

    /**
     * Takes the chain's lock, then reads the hash of the last row, in one round trip to PostgreSQL: the two
     * statements go out together and run in order in this transaction. Every request waits for the batch its audit
     * row is in, so each round trip of a batch lengthens every request's wait (docs/benchmarks.md, seventh pass).
     */
    private static String chainHead(Connection c) throws SQLException {
        try (PreparedStatement head = c.prepareStatement(
                "select pg_advisory_xact_lock(?); select hash from audit_event order by id desc limit 1")) {
            head.setLong(1, CHAIN_LOCK);
            head.execute();
            if (!head.getMoreResults()) {
                throw new SQLException("the chain's head was not read after its lock");
            }
            try (ResultSet rs = head.getResultSet()) {
                return rs.next() ? rs.getString(1) : AuditChain.GENESIS;
            }
        }
    }

    /** The patient of an intake, so a row about an intake also names its patient (null if the intake does not exist). */
    private static String clinicIdOf(Connection c, UUID intakeId) throws SQLException {
        if (intakeId == null) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "select p.clinic_id from intake i join patient p on p.id = i.patient_id where i.id = ?")) {
            ps.setObject(1, intakeId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
