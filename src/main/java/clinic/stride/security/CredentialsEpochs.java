package clinic.stride.security;

import clinic.stride.platform.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.sql.DataSource;

/**
 * Each user's credentials epoch ({@code app_user.credentials_epoch}), raised by every password reset, disable,
 * enable and role change. A page session and a remembered API credential hold the epoch they were signed in
 * under; {@link StrideAuthentication} compares it with this one on every request and ends the session (or
 * forgets the credential) when they differ or the user is disabled.
 *
 * <p>Why PostgreSQL and not the session store: Stride's instances share nothing but the database (sessions are
 * not replicated with {@code --nocluster}, and the credential memory is per instance), so a change made on one
 * instance must be visible to the others through it. Reads are cached for {@link #CACHE} per user: on the
 * instance that made the change the entry is dropped at once, on the others a revoked session can live at
 * most that long. One primary-key read per user per second is nothing beside a request's own queries.
 */
@ApplicationScoped
public class CredentialsEpochs {

    static final Duration CACHE = Duration.ofSeconds(1);
    private static final long DISABLED = -1;

    private record Read(long epoch, long readAtNanos) {
    }

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    private final Map<String, Read> cache = new ConcurrentHashMap<>();
    LongSupplier nanos = System::nanoTime;

    /** The user's current epoch, or empty when the user is disabled or does not exist. */
    public OptionalLong current(String username) {
        long now = nanos.getAsLong();
        Read read = cache.get(username);
        if (read == null || now - read.readAtNanos() > CACHE.toNanos()) {
            read = new Read(load(username), now);
            if (cache.size() > 10_000) {
                cache.clear();
            }
            cache.put(username, read);
        }
        return read.epoch() == DISABLED ? OptionalLong.empty() : OptionalLong.of(read.epoch());
    }

    /** Whether something signed in under {@code epoch} may still act for the user. */
    public boolean stillValid(String username, long epoch) {
        OptionalLong now = current(username);
        return now.isPresent() && now.getAsLong() == epoch;
    }

    /** Called by the instance that raised the epoch, so its own next request already sees it. */
    public void forget(String username) {
        cache.remove(username);
    }

    private long load(String username) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select credentials_epoch, enabled from app_user where username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(2) ? rs.getLong(1) : DISABLED;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("app_user not readable for the credentials epoch", e);
        }
    }
}
