package clinic.stride.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import java.util.logging.Logger;

/**
 * The one datasource, and the Flyway migrations from {@code db-migrations/} applied before the
 * application takes requests.
 *
 * <p>Connection settings come from MicroProfile Config, so the environment variables
 * {@code STRIDE_DB_URL}, {@code STRIDE_DB_USER} and {@code STRIDE_DB_PASSWORD} override the local
 * defaults. The defaults are written inline because the WAR's microprofile-config.properties is not yet
 * visible when Payara creates the pool (STACK-NOTES). Connections are validated on borrow so the pool
 * recovers by itself after PostgreSQL restarts.
 */
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
            "fish.payara.max-wait-time-in-millis=5000",
            "fish.payara.statement-timeout-in-seconds=30",
            "ApplicationName=stride",
            "connectTimeout=5",
            "socketTimeout=60"
        })
@Singleton
@Startup
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/stride";

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = JNDI_NAME)
    private DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        migrated = true;
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    public boolean isMigrated() {
        return migrated;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
