package clinic.stride.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The one datasource, and the Flyway migrations from {@code db-migrations/} applied before the
 * application takes requests.
 *
 * <p>Connection settings come from MicroProfile Config, so the environment variables
 * {@code STRIDE_DB_URL}, {@code STRIDE_DB_USER} and {@code STRIDE_DB_PASSWORD} override the local
 * defaults. The defaults are written inline because the WAR's microprofile-config.properties is not yet
 * visible when Payara creates the pool (STACK-NOTES). Connections are validated on borrow so the pool
 * recovers by itself after PostgreSQL restarts.
 *
 * <p>In production the pool's user ({@code STRIDE_DB_USER}) owns nothing: the migrations run as another
 * role that owns the schema, given by {@code STRIDE_DB_MIGRATION_USER} and {@code STRIDE_DB_MIGRATION_PASSWORD}
 * (deploy/postgres/roles.sql). After migrating, that role grants the application role exactly what Stride
 * needs (db-migrations/V7): no UPDATE or DELETE on the audit trail, and no way to alter its table or switch
 * off its triggers. Without a migration user, migrations run over the pool as before.
 */
@DataSourceDefinitions({
    @DataSourceDefinition(
            name = Database.JNDI_NAME,
            className = "org.postgresql.ds.PGSimpleDataSource",
            url = "${MPCONFIG=stride.db.url:jdbc:postgresql://127.0.0.1:5432/stride}",
            user = "${MPCONFIG=stride.db.user:postgres}",
            password = "${MPCONFIG=stride.db.password:}",
            minPoolSize = 2,
            maxPoolSize = 32,
            initialPoolSize = 2,
            properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true",
                // A round trip to validate every borrowed connection cost more than some queries it served; once
                // per connection per 2 s still finds a restarted server, and fail-all-connections drops the rest.
                "fish.payara.validate-atmost-once-period-in-seconds=2",
                "fish.payara.max-wait-time-in-millis=5000",
                "fish.payara.statement-timeout-in-seconds=30",
                // Every connection has the same user: matching them to the caller's credentials (Payara's default
                // for pools defined by an application) only serialised requests on one shared Subject's lock.
                "fish.payara.match-connections=false",
                "ApplicationName=stride",
                "connectTimeout=5",
                "socketTimeout=60"
            }),
    // The audit trail's own small pool. Every request waits for its audit row to commit; with one shared pool,
    // under load the audit writer queued for a connection behind the very requests waiting for it (seconds of
    // tail latency at 32 clients). Appends are serialized by the chain lock anyway, so a few connections do.
    @DataSourceDefinition(
            name = Database.AUDIT_JNDI_NAME,
            className = "org.postgresql.ds.PGSimpleDataSource",
            url = "${MPCONFIG=stride.db.url:jdbc:postgresql://127.0.0.1:5432/stride}",
            user = "${MPCONFIG=stride.db.user:postgres}",
            password = "${MPCONFIG=stride.db.password:}",
            minPoolSize = 1,
            maxPoolSize = 4,
            initialPoolSize = 1,
            properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true",
                // A round trip to validate every borrowed connection cost more than some queries it served; once
                // per connection per 2 s still finds a restarted server, and fail-all-connections drops the rest.
                "fish.payara.validate-atmost-once-period-in-seconds=2",
                "fish.payara.max-wait-time-in-millis=5000",
                "fish.payara.statement-timeout-in-seconds=30",
                "fish.payara.match-connections=false",
                "ApplicationName=stride-audit",
                "connectTimeout=5",
                "socketTimeout=60"
            })
})
@Singleton
@Startup
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/stride";
    /** Same database and user, own connections: see the datasource definitions above. */
    public static final String AUDIT_JNDI_NAME = "java:app/jdbc/stride-audit";
    /** The same default as the datasource's URL above. */
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/stride";

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = JNDI_NAME)
    private DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        Config config = ConfigProvider.getConfig();
        String applicationUser = config.getOptionalValue("stride.db.user", String.class).orElse("postgres");
        Optional<String> migrationUser = config.getOptionalValue("stride.db.migration.user", String.class)
                .map(String::strip).filter(u -> !u.isEmpty() && !u.equals(applicationUser));
        FluentConfiguration flyway = Flyway.configure().locations("classpath:db/migration");
        if (migrationUser.isPresent()) {
            flyway.dataSource(config.getOptionalValue("stride.db.url", String.class).orElse(DEFAULT_URL), migrationUser.get(),
                    config.getOptionalValue("stride.db.migration.password", String.class).orElse(""));
        } else {
            flyway.dataSource(dataSource);
        }
        MigrateResult result = flyway.load().migrate();
        migrationUser.ifPresent(owner -> grantApplicationRole(flyway, applicationUser));
        migrated = true;
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now"
                + migrationUser.map(owner -> ", as " + owner + "; Stride connects as " + applicationUser).orElse("") + ")");
    }

    /** As the migration role: the application role gets exactly Stride's privileges on every table, including new ones. */
    private static void grantApplicationRole(FluentConfiguration flyway, String applicationUser) {
        try (Connection c = flyway.getDataSource().getConnection();
             PreparedStatement grant = c.prepareStatement("select stride_grant_application_role(?)")) {
            grant.setString(1, applicationUser);
            grant.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application role its privileges", e);
        }
    }

    public boolean isMigrated() {
        return migrated;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A timestamp column as a native query returns it (the driver's Timestamp or OffsetDateTime, or an Instant). */
    public static java.time.Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (java.time.Instant) value;
    }
}
