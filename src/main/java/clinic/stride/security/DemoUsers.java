package clinic.stride.security;

import clinic.stride.vocabulary.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One demo user per role, created at start-up when MicroProfile Config {@code stride.demo.users} is true
 * (environment variable {@code STRIDE_DEMO_USERS=true}) and the user does not exist yet. Never set it on a
 * server holding real patients: these passwords are public. The run script prints them with
 * {@code java -cp target/classes clinic.stride.security.DemoUsers}; the integration tests sign in as them.
 */
@Singleton
@Startup
@DependsOn("Database")
public class DemoUsers {

    /** A demo user: name, password and role. */
    public record DemoUser(String username, String password, String role) {
    }

    public static final DemoUser FRONT_DESK = new DemoUser("frontdesk", "Stride-frontdesk-2026", Roles.FRONT_DESK);
    public static final DemoUser CLINICIAN = new DemoUser("clinician", "Stride-clinician-2026", Roles.CLINICIAN);
    public static final DemoUser ADMIN = new DemoUser("admin", "Stride-admin-2026", Roles.ADMIN);
    /** A second admin: granting clinical access needs two (four-eyes, {@link UserAccounts}). */
    public static final DemoUser SECOND_ADMIN = new DemoUser("admin2", "Stride-admin2-2026", Roles.ADMIN);
    public static final List<DemoUser> ALL = List.of(FRONT_DESK, CLINICIAN, ADMIN, SECOND_ADMIN);

    public static final String ENABLED_PROPERTY = "stride.demo.users";

    private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());

    @Inject
    @ConfigProperty(name = ENABLED_PROPERTY, defaultValue = "false")
    boolean enabled;

    @Inject
    UserAccounts users;

    @PostConstruct
    void create() {
        if (!enabled) {
            return;
        }
        for (DemoUser demo : ALL) {
            if (users.createIfMissing(demo.username(), demo.password(), Set.of(demo.role()))) {
                LOG.info(() -> "Created demo user " + demo.username() + " (" + demo.role() + ")");
            }
        }
    }

    /** Prints the demo users for the run script: one {@code name password role} line each. */
    public static void main(String[] args) {
        ALL.forEach(u -> System.out.println(u.username() + " " + u.password() + " " + u.role()));
    }
}
