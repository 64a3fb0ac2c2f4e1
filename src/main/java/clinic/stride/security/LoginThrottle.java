package clinic.stride.security;

import clinic.stride.platform.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Locks a user name for {@link #LOCK} after {@link #MAX_FAILURES} failed sign-ins within {@link #WINDOW}
 * (OWASP Authentication Cheat Sheet, "account lockout"). While locked, even the right password is refused,
 * so guessing gains nothing. Counted per user name, known or not, and stored in PostgreSQL so every
 * instance behind a load balancer sees the same count.
 *
 * <p>Password spraying (a few common passwords against many user names) never reaches five failures on one
 * name, so failures are also counted per client address ({@link ClientAddress}) across all names: after
 * {@code STRIDE_LOGIN_ADDRESS_MAX_FAILURES} (default {@value #DEFAULT_ADDRESS_FAILURES}) within
 * {@code STRIDE_LOGIN_ADDRESS_WINDOW_MINUTES} the address is locked for {@code STRIDE_LOGIN_ADDRESS_LOCK_MINUTES}
 * (default 15 each). The default leaves room for a clinic whose staff share one public address. A successful
 * sign-in does not reset the address's count: one valid account must not let an attacker keep on spraying.
 */
@ApplicationScoped
@Transactional
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    static final int DEFAULT_ADDRESS_FAILURES = 30;

    /** One kind of counter: a table keyed by user name or by address, and its limits. */
    private record Counter(String table, String key, String keyType, int maxFailures, Duration window, Duration lock) {
    }

    private static final Counter BY_NAME = new Counter("login_throttle", "username", "varchar", MAX_FAILURES, WINDOW, LOCK);

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "stride.login.address.max-failures", defaultValue = "" + DEFAULT_ADDRESS_FAILURES)
    int addressMaxFailures;

    @Inject
    @ConfigProperty(name = "stride.login.address.window-minutes", defaultValue = "15")
    int addressWindowMinutes;

    @Inject
    @ConfigProperty(name = "stride.login.address.lock-minutes", defaultValue = "15")
    int addressLockMinutes;

    private Counter byAddress() {
        return new Counter("login_throttle_address", "address", "inet", Math.max(1, addressMaxFailures),
                Duration.ofMinutes(Math.max(1, addressWindowMinutes)), Duration.ofMinutes(Math.max(1, addressLockMinutes)));
    }

    /** Until when the name is locked, if it is locked now. */
    public Optional<Instant> lockedUntil(String username) {
        return lockedUntil(BY_NAME, username);
    }

    /** Counts a failure; the {@value #MAX_FAILURES}th within the window locks the name and starts a new count. */
    public void failed(String username) {
        failed(BY_NAME, username);
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

    /** Until when sign-ins from this address (as {@link ClientAddress} gives it) are refused, if they are now. */
    public Optional<Instant> addressLockedUntil(String address) {
        return address == null ? Optional.empty() : lockedUntil(byAddress(), address);
    }

    /** Counts a failure from this address, whatever the user name. */
    public void addressFailed(String address) {
        if (address != null) {
            failed(byAddress(), address);
        }
    }

    /** How long an address stays locked, for Retry-After and the sign-in page. */
    public Duration addressLock() {
        return byAddress().lock();
    }

    private Optional<Instant> lockedUntil(Counter counter, String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select locked_until from " + counter.table() + " where "
                     + counter.key() + " = cast(? as " + counter.keyType() + ") and locked_until > now()")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(counter.table() + " not readable", e);
        }
    }

    private void failed(Counter counter, String key) {
        try (Connection c = dataSource.getConnection()) {
            int failures;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into %1$s as t (%2$s, failures, window_start) values (cast(? as %3$s), 1, now())
                    on conflict (%2$s) do update set
                        failures = case when t.window_start > now() - make_interval(secs => ?) then t.failures + 1 else 1 end,
                        window_start = case when t.window_start > now() - make_interval(secs => ?) then t.window_start else now() end
                    returning failures""".formatted(counter.table(), counter.key(), counter.keyType()))) {
                ps.setString(1, key);
                ps.setLong(2, counter.window().toSeconds());
                ps.setLong(3, counter.window().toSeconds());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    failures = rs.getInt(1);
                }
            }
            if (failures >= counter.maxFailures()) {
                try (PreparedStatement ps = c.prepareStatement("update " + counter.table() + " set failures = 0, "
                        + "window_start = now(), locked_until = now() + make_interval(secs => ?) where "
                        + counter.key() + " = cast(? as " + counter.keyType() + ")")) {
                    ps.setLong(1, counter.lock().toSeconds());
                    ps.setString(2, key);
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(counter.table() + " not writable", e);
        }
    }
}
