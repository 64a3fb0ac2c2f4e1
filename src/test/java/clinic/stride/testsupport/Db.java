package clinic.stride.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct JDBC to the integration-test database, to check what Stride really stored. */
public final class Db {

    private Db() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/stride_it"),
                System.getProperty("it.db.user", "postgres"),
                System.getProperty("it.db.password", ""));
    }

    /** A single long from a query such as {@code select count(*) ...}. */
    public static long count(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A single text value, or null. */
    public static String text(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What an attacker with the database owner's rights could do to the audit trail: switch the append-only trigger
     * off, change one row's user name, switch it back on; in one transaction, so the application never writes while
     * the trigger is off. Tests that call it put the original name back the same way.
     */
    public static void rewriteAuditUsername(long id, String username) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement();
                 PreparedStatement update = c.prepareStatement("update audit_event set username = ? where id = ?")) {
                st.execute("alter table audit_event disable trigger audit_event_append_only");
                update.setString(1, username);
                update.setLong(2, id);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("no audit row " + id);
                }
                st.execute("alter table audit_event enable trigger audit_event_append_only");
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement (a test's own set-up: a link's dates moved back), returning the rows it changed. */
    public static int update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Simulated days for the home programme log, which is append-only: the trigger is switched off for one update in
     * one transaction (as {@link #rewriteAuditUsername}), so a test logs sessions today and dates them as if logged
     * over past days instead of waiting for them.
     */
    public static void redateHomeSession(long sessionId, java.time.LocalDate day) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement();
                 PreparedStatement update = c.prepareStatement("update home_programme_session set done_on = ? where id = ?")) {
                st.execute("alter table home_programme_session disable trigger home_programme_session_append_only");
                update.setObject(1, day);
                update.setLong(2, sessionId);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("no home programme session " + sessionId);
                }
                st.execute("alter table home_programme_session enable trigger home_programme_session_append_only");
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The numbers a query returns, in order (ids of rows to work on). */
    public static java.util.List<Long> longs(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            java.util.List<Long> values = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getLong(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
