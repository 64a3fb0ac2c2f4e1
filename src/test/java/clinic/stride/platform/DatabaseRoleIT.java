package clinic.stride.platform;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stride runs as a PostgreSQL role that owns nothing (STRIDE_DB_USER, it.db.app.user) and migrates as the owner
 * (STRIDE_DB_MIGRATION_USER): PostgreSQL itself, not only the audit trigger, stops that role from changing the
 * audit trail, and Stride does its work with the grants it has.
 */
class DatabaseRoleIT extends StrideIT {

    /** SQLSTATE 42501: insufficient_privilege (permission denied, or "must be owner"). */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static String applicationRole() {
        return System.getProperty("it.db.app.user");
    }

    private static Connection asApplicationRole() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), applicationRole(), "");
    }

    @Test
    void shouldServeRequestsConnectedAsTheApplicationRoleWhichOwnsNothing() {
        String clinicId = uniqueClinicId();
        Api clinician = TestUsers.clinician(new Api(base));
        Api.Reply created = clinician.postJson("api/intakes", json(complete(clinicId)));
        assertEquals(201, created.status(), created::toString);
        assertEquals(200, clinician.get("api/intakes/" + created.json().get("id").asText()).status());

        assertNotEquals(System.getProperty("it.db.user"), applicationRole(), "the tests run Stride as a role of its own");
        assertEquals(0, Db.count("select count(*) from pg_stat_activity where datname = current_database() "
                + "and application_name = 'stride' and usename <> ?", applicationRole()), "every pool connection is the application role");
        assertTrue(Db.count("select count(*) from pg_stat_activity where datname = current_database() "
                + "and application_name = 'stride' and usename = ?", applicationRole()) > 0);
        assertEquals(0, Db.count("select count(*) from pg_tables where schemaname = 'public' and tableowner = ?", applicationRole()));
        assertEquals(0, Db.count("select count(*) from pg_roles r where r.rolname = ? and (r.rolsuper or r.rolcreaterole "
                + "or r.rolcreatedb or pg_has_role(r.rolname, (select tableowner from pg_tables where tablename = 'audit_event'), 'member'))",
                applicationRole()));
        assertEquals(1, Db.count("select count(*) from audit_event where clinic_id = ? and action = 'intake.create'", clinicId),
                "audit rows are written as the application role");
    }

    @Test
    void shouldRefuseTheApplicationRoleAnyChangeToTheAuditTrailOrItsTriggers() throws SQLException {
        try (Connection c = asApplicationRole(); Statement st = c.createStatement()) {
            List<String> attempts = List.of(
                    "update audit_event set username = 'mallory' where id = (select max(id) from audit_event)",
                    "delete from audit_event where id = (select max(id) from audit_event)",
                    "truncate audit_event",
                    "alter table audit_event disable trigger audit_event_append_only",
                    "alter table audit_event disable trigger all",
                    "drop trigger audit_event_append_only on audit_event",
                    "update intake_version set reason = 'rewritten'",
                    "delete from flyway_schema_history");
            for (String attempt : attempts) {
                SQLException refused = assertThrows(SQLException.class, () -> st.execute(attempt), attempt);
                assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), attempt + ": " + refused.getMessage());
            }
        }
        assertEquals(0, Db.count("select count(*) from audit_event where username = 'mallory'"));
        assertEquals(1, Db.count("select count(*) from pg_trigger where tgname = 'audit_event_append_only' and tgenabled = 'O'"));
    }

    @Test
    void shouldGrantTheApplicationRoleSomethingOnEveryTableButTheMigrationHistory() {
        String missing = Db.text("select coalesce(string_agg(c.relname, ', ' order by c.relname), '') from pg_class c "
                + "join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' "
                + "and c.relname <> 'flyway_schema_history' and not has_table_privilege(?, c.oid, 'select')", applicationRole());
        assertEquals("", missing, "tables the application role cannot read: replace stride_grant_application_role in a migration");
        assertEquals(0, Db.count("select count(*) from information_schema.role_table_grants where grantee = ? "
                + "and table_name = 'audit_event' and privilege_type not in ('SELECT', 'INSERT')", applicationRole()));
    }
}
