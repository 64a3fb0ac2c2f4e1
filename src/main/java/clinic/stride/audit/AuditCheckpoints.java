package clinic.stride.audit;

import clinic.stride.platform.Database;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a signed {@link AuditCheckpoint} of the chain's head every {@code STRIDE_AUDIT_CHECKPOINT_SECONDS}
 * (300 by default) when the trail has grown: appended to {@code STRIDE_AUDIT_CHECKPOINT_FILE} when set, else
 * to the server log (logger {@code clinic.stride.audit.checkpoint}), both outside PostgreSQL. Ship that
 * file or log to storage the database's administrators cannot rewrite (a log collector, WORM storage).
 */
@Singleton
@Startup
@DependsOn("Database")
public class AuditCheckpoints {

    private static final Logger LOG = Logger.getLogger("clinic.stride.audit.checkpoint");

    @Resource
    TimerService timers;

    @Resource(lookup = Database.AUDIT_JNDI_NAME)
    DataSource dataSource;

    @Inject
    AuditKeyring keyring;

    @Inject
    @ConfigProperty(name = "STRIDE_AUDIT_CHECKPOINT_SECONDS", defaultValue = "300")
    long seconds;

    @Inject
    @ConfigProperty(name = "STRIDE_AUDIT_CHECKPOINT_FILE")
    Optional<String> file;

    Clock clock = Clock.systemUTC();
    private long lastId = -1;

    @PostConstruct
    void schedule() {
        if (keyring.keys().currentId().isEmpty()) {
            LOG.warning("No audit key configured: no audit checkpoints are written");
            return;
        }
        long millis = Math.max(1, seconds) * 1000;
        timers.createIntervalTimer(millis, millis, new TimerConfig("audit-checkpoint", false));
    }

    @Timeout
    void tick() {
        try {
            write();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Audit checkpoint not written: " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    /** Writes a checkpoint of the current head unless nothing was appended since the last one; returns it. */
    public Optional<AuditCheckpoint> write() {
        AuditKeys keys = keyring.keys();
        try (Connection c = dataSource.getConnection()) {
            long id;
            String head;
            try (PreparedStatement ps = c.prepareStatement("select id, hash from audit_event order by id desc limit 1");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getLong(1);
                head = rs.getString(2);
            }
            if (id == lastId) {
                return Optional.empty();
            }
            long count;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from audit_event where id <= ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    count = rs.getLong(1);
                }
            }
            AuditCheckpoint checkpoint = AuditCheckpoint.sign(clock.instant().truncatedTo(ChronoUnit.MILLIS), id, count, head, keys);
            if (file.isPresent() && !file.get().isBlank()) {
                Files.writeString(Path.of(file.get().strip()), checkpoint.line() + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE,
                        StandardOpenOption.SYNC);
                LOG.fine(checkpoint::line);
            } else {
                LOG.info(checkpoint.line());
            }
            lastId = id;
            return Optional.of(checkpoint);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("audit checkpoint not written", e);
        }
    }

    /** The checkpoints in the configured file, for the admin page's chain check. */
    public List<AuditCheckpoint> recorded() {
        return file.filter(f -> !f.isBlank()).map(f -> AuditCheckpoint.read(Path.of(f.strip()))).orElse(List.of());
    }
}
