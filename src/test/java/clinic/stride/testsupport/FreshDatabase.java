package clinic.stride.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Drops and creates the integration-test database, so every {@code mvn verify} starts from an empty
 * schema that Stride migrates itself. Run by Maven at pre-integration-test; fails the build loudly when
 * PostgreSQL is not reachable.
 *
 * <p>With a fifth argument it also makes sure that login role exists, owning nothing: the deployed Stride
 * connects as it, as in production, and migrates as the administrative user (deploy/postgres/roles.sql).
 * Roles belong to the whole PostgreSQL cluster, so it is created once and shared by every test database.
 */
public final class FreshDatabase {

    private FreshDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        String adminUrl = args[0];
        String user = args[1];
        String password = args.length > 2 ? args[2] : "";
        String database = args[3];
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("refusing odd database name " + database);
        }
        String applicationRole = args.length > 4 && !args[4].isBlank() ? args[4] : null;
        if (applicationRole != null && !applicationRole.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("refusing odd role name " + applicationRole);
        }
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
            if (applicationRole != null) {
                // DO ... EXCEPTION: another worktree's test run may create the same role at the same moment.
                statement.execute("do $$ begin create role " + applicationRole + " login; "
                        + "exception when duplicate_object or unique_violation then null; end $$");
            }
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL is needed for the integration tests and is not reachable at " + adminUrl
                    + " as " + user + ". Start it (pg_ctlcluster 15 main start) or set -Dit.db.host/-Dit.db.port.", e);
        }
        System.out.println("Fresh integration-test database " + database);
    }
}
