package clinic.stride.platform;

import clinic.stride.release.Release;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * MicroProfile Health: ready when the schema is migrated and PostgreSQL answers; live while the JVM serves. The
 * liveness check names the running version ({@code data.version}), so monitoring sees what is installed.
 */
public final class Health {

    private Health() {
    }

    @Readiness
    @ApplicationScoped
    public static class DatabaseReady implements HealthCheck {

        @Inject
        Database database;

        @Override
        public HealthCheckResponse call() {
            var response = HealthCheckResponse.named("database");
            if (!database.isMigrated()) {
                return response.down().withData("reason", "migrations not applied").build();
            }
            try (Connection connection = database.dataSource().getConnection()) {
                return response.status(connection.isValid(2)).build();
            } catch (Exception e) {
                return response.down().withData("reason", e.getClass().getSimpleName()).build();
            }
        }
    }

    @Liveness
    @ApplicationScoped
    public static class Alive implements HealthCheck {

        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.named("stride").up().withData("version", Release.version()).build();
        }
    }
}
