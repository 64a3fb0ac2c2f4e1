package clinic.stride.security;

import clinic.stride.platform.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Locks a user name for {@link #LOCK} after {@link #MAX_FAILURES} failed sign-ins within {@link #WINDOW}
 * (OWASP Authentication Cheat Sheet, "account lockout"). While locked, even the right password is refused,
 * so guessing gains nothing. Counted per user name, known or not, and stored in PostgreSQL so every
 * instance behind a load balancer sees the same count.
 */
@ApplicationScoped
@Transactional
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /** Until when the name is locked, if it is locked now. */
    public Optional<Instant> lockedUntil(String username) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select locked_until from login_throttle where username = ? and locked_until > now()")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("login_throttle not readable", e);
        }
    }

    /** Counts a failure; the {@value #MAX_FAILURES}th within the window locks the name and starts a new count. */
    public void failed(String username) {
        try (Connection c = dataSource.getConnection()) {
            int failures;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into login_throttle as t (username, failures, window_start) values (?, 1, now())
                    on conflict (username) do update set
                        failures = case when t.window_start > now() - make_interval(secs => ?) then t.failures + 1 else 1 end,
                        window_start = case when t.window_start > now() - make_interval(secs => ?) then t.window_start else now() end
                    returning failures""")) {
                ps.setString(1, username);
                ps.setLong(2, WINDOW.toSeconds());
                ps.setLong(3, WINDOW.toSeconds());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    failures = rs.getInt(1);
                }
            }
            if (failures >= MAX_FAILURES) {
                try (PreparedStatement ps = c.prepareStatement("update login_throttle set failures = 0, window_start = now(), "
                        + "locked_until = now() + make_interval(secs => ?) where username = ?")) {
                    ps.setLong(1, LOCK.toSeconds());
                    ps.setString(2, username);
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("login_throttle not writable", e);
        }
    }

    /** Forgets the failures after a successful sign-in, or when an admin resets the password. */
    public void clear(String username) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("delete from login_throttle where username = ?")) {
            ps.setString(1, username);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("login_throttle not writable", e);
        }
    }
}
