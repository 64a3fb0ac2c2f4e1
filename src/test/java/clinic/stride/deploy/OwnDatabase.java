package clinic.stride.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of one deploy test's own on the test server, beside the shared test database (named after it in the
 * pom, so worktrees do not clash), reached with the test's administrative login.
 */
final class OwnDatabase {

    private final String name;

    OwnDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("odd database name " + name);
        }
        this.name = name;
    }

    String name() {
        return name;
    }

    /** Drops the database if an earlier run left it, and creates it empty. */
    void recreate() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl(), user(), password());
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    String url() {
        return adminUrl().replaceFirst("/postgres$", "/" + name);
    }

    static String adminUrl() {
        String url = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/stride_it");
        return url.substring(0, url.lastIndexOf('/')) + "/postgres";
    }

    static String user() {
        return System.getProperty("it.db.user", "postgres");
    }

    static String password() {
        return System.getProperty("it.db.password", "");
    }
}
