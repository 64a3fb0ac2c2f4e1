package clinic.stride.audit;

import clinic.stride.platform.Database;
import clinic.stride.security.RequestId;
import clinic.stride.security.Roles;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Appends audit rows. The one way anything in Stride records an access: the REST API does it through
 * {@link Audited} methods, and pages, PDFs and exports call {@link #record(String, String, UUID, int)} once
 * per request they serve.
 *
 * <p>Each row is written in its own transaction, so a refused or failed request is recorded even though
 * its own work was rolled back. Appends are serialized with a transaction-scoped advisory lock, so the
 * chain stays linear however many threads or instances write: each row's prev_hash is the hash of the
 * row before it.
 */
@ApplicationScoped
public class AuditLog {

    /** Key of the advisory lock that serializes appends ("audit" in ASCII). */
    static final long CHAIN_LOCK = 0x6175646974L;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    HttpServletRequest currentRequest;

    Clock clock = Clock.systemUTC();

    /** Records an access on behalf of the current HTTP request: its user, roles and request id. */
    public void record(String action, String clinicId, UUID intakeId, int status) {
        String username = currentRequest.getUserPrincipal() == null ? null : currentRequest.getUserPrincipal().getName();
        String roles = Roles.ALL.stream().filter(currentRequest::isUserInRole).collect(Collectors.joining(","));
        record(new AuditEntry(action, username, roles.isEmpty() ? null : roles, clinicId, intakeId,
                RequestId.of(currentRequest), status));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AuditEntry entry) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, CHAIN_LOCK);
                lock.executeQuery().close();
            }
            String clinicId = entry.clinicId() != null ? entry.clinicId() : clinicIdOf(c, entry.intakeId());
            String prev = AuditChain.GENESIS;
            try (PreparedStatement last = c.prepareStatement("select hash from audit_event order by id desc limit 1");
                 ResultSet rs = last.executeQuery()) {
                if (rs.next()) {
                    prev = rs.getString(1);
                }
            }
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            AuditChain.Row row = new AuditChain.Row(at, entry.username(), entry.role(), entry.action(), clinicId,
                    entry.intakeId(), entry.requestId(), entry.status(), entry.outcome());
            try (PreparedStatement insert = c.prepareStatement("insert into audit_event (at, username, role, action, "
                    + "clinic_id, intake_id, request_id, status, outcome, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                insert.setString(11, AuditChain.hash(prev, row));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit_event not writable", e);
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
