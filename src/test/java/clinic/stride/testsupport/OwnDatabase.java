package clinic.stride.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of one test's own on the test server, beside the shared test database (named after it in the pom, or
 * with {@link #beside}, so worktrees do not clash), reached with the test's administrative login.
 */
public final class OwnDatabase {

    private final String name;

    public OwnDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("odd database name " + name);
        }
        this.name = name;
    }

    /** The database named after the shared test database with this suffix, e.g. {@code stride_it_keyed}. */
    public static OwnDatabase beside(String suffix) {
        String shared = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/stride_it");
        return new OwnDatabase(shared.substring(shared.lastIndexOf('/') + 1) + "_" + suffix);
    }

    public String name() {
        return name;
    }

    /** Drops the database if an earlier run left it, and creates it empty. */
    public void recreate() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl(), user(), password());
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    public String url() {
        return adminUrl().replaceFirst("/postgres$", "/" + name);
    }

    public static String adminUrl() {
        String url = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/stride_it");
        return url.substring(0, url.lastIndexOf('/')) + "/postgres";
    }

    public static String user() {
        return System.getProperty("it.db.user", "postgres");
    }

    public static String password() {
        return System.getProperty("it.db.password", "");
    }
}
