package clinic.stride.load.stackfloor;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The statements of src/test/load/intake-rows.pgbench, in the same two transactions, through a Payara pool sized
 * and tuned as Stride's (clinic.stride.platform.Database) on the database Stride uses in the load test.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/floor",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=stride.db.url:jdbc:postgresql://127.0.0.1:5432/stride_load}",
        user = "${MPCONFIG=stride.db.user:postgres}",
        password = "${MPCONFIG=stride.db.password:}",
        // At most one connection per request thread (16); load-test.sh closes them before each pgbench step, since
        // pgbench's 64 connections, Stride's pools and this one share PostgreSQL's 100.
        minPoolSize = 2,
        maxPoolSize = 16,
        initialPoolSize = 2,
        properties = {
            "fish.payara.idle-timeout-in-seconds=5",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=2",
            "fish.payara.match-connections=false",
            "ApplicationName=stride-floor"
        })
public class FloorRows {

    @Resource(lookup = "java:app/jdbc/floor")
    DataSource database;

    @Transactional
    public UUID store(String key, String answers, String result) {
        try (Connection c = database.getConnection()) {
            UUID intakeId;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO idempotency_key (key, request_hash, intake_id, "
                    + "created_at) VALUES (?, repeat('0', 64), gen_random_uuid(), now()) RETURNING intake_id")) {
                s.setString(1, "floor-" + key);
                intakeId = single(s).getObject(1, UUID.class);
            }
            long patientId;
            // pgbench's patient, not the posted one: Stride's duplicate look-up in the steps after this floor's searches
            // the same table, and the posted names would give every one of its patients thousands of namesakes.
            try (PreparedStatement s = c.prepareStatement("INSERT INTO patient (clinic_id, given_name, family_name, "
                    + "birth_date, sex) VALUES ('PGB-' || gen_random_uuid(), ?, ?, DATE '1971-05-04', 'female') "
                    + "ON CONFLICT (clinic_id) DO NOTHING RETURNING id")) {
                s.setString(1, "Ana");
                s.setString(2, "Garcia");
                patientId = single(s).getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO intake (id, patient_id, visit_date, language, "
                    + "submitted_at, current_version, pain_intensity, source, red_flag_level, cause_ids) VALUES (?, ?, "
                    + "current_date, 'en', now(), 1, 6, 'api', 1, '{trochanteric-bursitis,incorrect-footwear}')")) {
                s.setObject(1, intakeId);
                s.setLong(2, patientId);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO intake_version (intake_id, version, answers, "
                    + "reason, created_at, created_by) VALUES (?, 1, ?::jsonb, NULL, now(), 'clinician')")) {
                s.setObject(1, intakeId);
                s.setString(2, answers);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO assessment (intake_id, version, "
                    + "knowledge_version, red_flag_level, result, created_at) VALUES (?, 1, '1.0+floor', 1, ?::jsonb, now())")) {
                s.setObject(1, intakeId);
                s.setString(2, result);
                s.executeUpdate();
            }
            return intakeId;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void audit(UUID intakeId) {
        try (Connection c = database.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(418581342580)")) {
                s.executeQuery().close();
            }
            String prev;
            try (PreparedStatement s = c.prepareStatement("SELECT coalesce((SELECT hash FROM audit_event ORDER BY id "
                    + "DESC LIMIT 1), repeat('0', 64))")) {
                prev = single(s).getString(1);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_event (at, username, role, action, "
                    + "clinic_id, intake_id, request_id, status, outcome, prev_hash, hash) VALUES (now(), 'clinician', "
                    + "'clinician', 'intake.create', NULL, ?, gen_random_uuid()::text, 201, 'ok', ?, "
                    + "encode(sha256(convert_to(? || gen_random_uuid()::text, 'UTF8')), 'hex'))")) {
                s.setObject(1, intakeId);
                s.setString(2, prev);
                s.setString(3, prev);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResultSet single(PreparedStatement s) throws SQLException {
        ResultSet rs = s.executeQuery();
        if (!rs.next()) {
            throw new SQLException("no row returned");
        }
        return rs;
    }
}
