package clinic.stride.audit;

import clinic.stride.platform.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Finds audit rows by patient, user, date (UTC days), action and outcome, newest first, keyset-paged by row
 * id. The one search behind GET /api/audit and the admin page /admin/audit.
 */
@ApplicationScoped
public class AuditSearch {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    /** The filter; every part optional. {@code to} is inclusive; {@code after} is the id of the last row seen. */
    public record Filter(String clinicId, String username, LocalDate from, LocalDate to, String action, String outcome,
                         int limit, Long after) {

        public Filter(String clinicId, String username, LocalDate from, LocalDate to, int limit, Long after) {
            this(clinicId, username, from, to, null, null, limit, after);
        }
    }

    private static final String COLUMNS = "select id, at, username, role, action, clinic_id, intake_id, request_id, "
            + "status, outcome, subject, disclosed from audit_event";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    public AuditPage find(Filter filter) {
        StringBuilder sql = new StringBuilder(COLUMNS + " where true");
        List<Object> params = new ArrayList<>();
        if (filter.clinicId() != null) {
            // The rows about the patient, and the list views that showed the patient among others.
            sql.append(" and (clinic_id = ? or disclosed @> array[?]::varchar[])");
            params.add(filter.clinicId());
            params.add(filter.clinicId());
        }
        if (filter.username() != null) {
            sql.append(" and username = ?");
            params.add(filter.username());
        }
        if (filter.action() != null) {
            sql.append(" and action = ?");
            params.add(filter.action());
        }
        if (filter.outcome() != null) {
            sql.append(" and outcome = ?");
            params.add(filter.outcome());
        }
        if (filter.from() != null) {
            sql.append(" and at >= ?");
            params.add(filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" and at < ?");
            params.add(filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.after() != null) {
            sql.append(" and id < ?");
            params.add(filter.after());
        }
        sql.append(" order by id desc limit ?");
        params.add(filter.limit() + 1);
        List<AuditEventView> rows = query(sql.toString(), params);
        boolean more = rows.size() > filter.limit();
        List<AuditEventView> page = more ? rows.subList(0, filter.limit()) : rows;
        return new AuditPage(List.copyOf(page), more ? String.valueOf(page.getLast().id()) : null);
    }

    /** The rows from {@code around - count} to {@code around + count} by id, oldest first: a broken row and its neighbours. */
    public List<AuditEventView> around(long around, int count) {
        return query(COLUMNS + " where id between ? and ? order by id", List.of(around - count, around + count));
    }

    private List<AuditEventView> query(String sql, List<Object> params) {
        List<AuditEventView> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    java.sql.Array disclosed = rs.getArray("disclosed");
                    rows.add(new AuditEventView(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                            rs.getString("username"), rs.getString("role"), rs.getString("action"),
                            rs.getString("clinic_id"), rs.getObject("intake_id", UUID.class), rs.getString("request_id"),
                            rs.getInt("status"), rs.getString("outcome"), rs.getString("subject"),
                            disclosed == null ? null : List.of((String[]) disclosed.getArray())));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit_event not readable", e);
        }
        return rows;
    }
}
