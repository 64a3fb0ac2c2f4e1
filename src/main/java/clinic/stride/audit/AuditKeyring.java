package clinic.stride.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The audit keys of this instance, read once from MicroProfile Config (environment or system properties). */
@ApplicationScoped
public class AuditKeyring {

    private static final Logger LOG = Logger.getLogger(AuditKeyring.class.getName());

    private AuditKeys keys;

    @PostConstruct
    void load() {
        Config config = ConfigProvider.getConfig();
        keys = AuditKeys.from(name -> config.getOptionalValue(name, String.class));
        if (keys.currentId().isEmpty()) {
            LOG.severe("No audit key configured (STRIDE_AUDIT_KEYS or STRIDE_AUDIT_KEYS_FILE): the audit chain is "
                    + "written with plain SHA-256, which anyone with write access to the database can recompute");
        } else {
            LOG.info(() -> "Audit rows are keyed with audit key " + keys.currentId().get());
        }
    }

    public AuditKeys keys() {
        return keys;
    }
}
