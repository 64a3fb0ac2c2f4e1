package clinic.stride.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.OwnDatabase;
import clinic.stride.testsupport.SecondLane;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * V26 rewrote the name and phone keys of V18 so that PostgreSQL plans them once; what they give must not change,
 * because the stored name keys and the phone-key index were made with V18's. One database of this test's own,
 * migrated to V25, registers patients with names and phones as staff and phones type them; migrated on to the
 * latest, every key is compared with V18's, the stored ones are still the keys, and the look-up still finds a
 * phone through its index, also over a connection opened before the migration (an older instance's pool during a
 * rolling update). A real dump and restore of the keys is {@code BackupRestoreIT}'s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(SecondLane.LOCK)
class NameKeysIT {

    private static final List<String[]> NAMES = List.of(
            new String[] {"María José", "Núñez-Ávila"},
            new String[] {"MARÍA JOSÉ", "NUÑEZ AVILA"},
            new String[] {"Zoë", "O’Brien"},
            new String[] {"Zoe", "O'Brien"},
            new String[] {"Siobhán", "Mac Giolla Phádraig"},
            new String[] {"小明", "王"},
            new String[] {"小明\u3000", "王"},
            new String[] {"Ngọc Anh", "Nguyễn"},
            new String[] {"Jean-Luc", "Dupont, Jr."},
            new String[] {"Łukasz", "Żółć"},
            new String[] {"Gül", "Öztürk"},
            new String[] {"ʻAlohilani", "Kealoha`s"},
            new String[] {"Ana", "  "},
            new String[] {"Мария", "Иванова"},
            new String[] {"Fatima", "Al-Zahra"});
    private static final List<String> PHONES = List.of("+34 612 345 678", "(0)20 7946 0958", "612-34-56", "123456",
            "ext. 12", "", "+1 555 0100", "+１ ５５５ ０１００", "0044 20 7946 0958");

    private OwnDatabase database;
    /** Opened at V25 and used there for the look-up, as an older instance's pooled connection is. */
    private Connection openedBefore;
    private Map<String, String> nameKeysBefore;
    private Map<String, String> phoneKeysBefore;

    @BeforeAll
    void registerWithTheKeysOfV18ThenMigrateToTheLatest() throws SQLException {
        database = OwnDatabase.beside("keys");
        database.recreate();
        FluentConfiguration migrations = Flyway.configure()
                .dataSource(database.url(), OwnDatabase.user(), OwnDatabase.password()).locations("filesystem:db-migrations");
        migrations.target("25").load().migrate();
        try (Connection c = database.connect();
             PreparedStatement insert = c.prepareStatement("insert into patient (clinic_id, given_name, family_name, "
                     + "birth_date, sex, phone) values (?, ?, ?, date '1941-03-09', 'female', ?)")) {
            nameKeysBefore = nameKeys(c);
            phoneKeysBefore = phoneKeys(c);
            for (int i = 0; i < NAMES.size(); i++) {
                insert.setString(1, "KEYS-" + i);
                insert.setString(2, NAMES.get(i)[0]);
                insert.setString(3, NAMES.get(i)[1]);
                insert.setString(4, PHONES.get(i % PHONES.size()));
                insert.executeUpdate();
            }
        }
        openedBefore = database.connect();
        assertTrue(candidatesPlan(openedBefore).contains("patient_phone_key_idx"), "the look-up at V25 uses the index");
        migrations.target(MigrationVersion.LATEST).load().migrate();
    }

    @AfterAll
    void close() throws SQLException {
        if (openedBefore != null) {
            openedBefore.close();
        }
    }

    @Test
    void shouldGiveEveryNameAndPhoneTheKeyV18Gave() throws SQLException {
        try (Connection c = database.connect()) {
            assertEquals(nameKeysBefore, nameKeys(c));
            assertEquals(phoneKeysBefore, phoneKeys(c));
        }
        assertEquals("avila jose maria nunez", nameKeysBefore.get("María José|Núñez-Ávila"), "the V18 rules hold");
        assertEquals(nameKeysBefore.get("María José|Núñez-Ávila"), nameKeysBefore.get("MARÍA JOSÉ|NUÑEZ AVILA"));
        assertEquals(nameKeysBefore.get("Zoë|O’Brien"), nameKeysBefore.get("Zoe|O'Brien"));
        assertEquals("34612345678", phoneKeysBefore.get("+34 612 345 678"));
        assertNull(phoneKeysBefore.get("123456"), "too short to mean a person");
        assertNull(phoneKeysBefore.get(""));
    }

    @Test
    void shouldKeepTheStoredNameKeysEqualToTheKeysTheFunctionNowGives() throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), count(*) filter (where name_key is distinct from "
                     + "stride_name_key(given_name, family_name)) from patient where clinic_id like 'KEYS-%'")) {
            assertTrue(rs.next());
            assertEquals(NAMES.size(), rs.getInt(1));
            assertEquals(0, rs.getInt(2), "stored name keys that the function no longer gives");
        }
    }

    @Test
    void shouldGiveTheKeysWhateverTheCallersSearchPath() throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            String schema = schemaOf(c);
            s.execute("set search_path = ''");
            try (ResultSet rs = s.executeQuery("select " + schema + ".stride_name_key('Núñez', 'María'), "
                    + schema + ".stride_phone_key('+34 612 345 678')")) {
                assertTrue(rs.next());
                assertEquals("maria nunez", rs.getString(1));
                assertEquals("34612345678", rs.getString(2));
            }
        }
    }

    @Test
    void shouldFindAPhoneThroughThePhoneKeyIndex() throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            String plan = planWithoutSequentialScans(c, "select id from patient "
                    + "where stride_phone_key(phone) = stride_phone_key('+34 612 345 678')");
            assertTrue(plan.contains("patient_phone_key_idx"), plan);
            try (ResultSet rs = s.executeQuery("select clinic_id from patient "
                    + "where stride_phone_key(phone) = stride_phone_key('34-612-345-678') order by clinic_id")) {
                List<String> found = new ArrayList<>();
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
                assertEquals(List.of("KEYS-0", "KEYS-9"), found, "the two registrations with that phone");
            }
        }
    }

    @Test
    void shouldFindCandidatesThroughThePhoneKeyIndexOverAConnectionOpenedBeforeTheMigration() throws SQLException {
        String plan = candidatesPlan(openedBefore);
        assertTrue(plan.contains("patient_phone_key_idx"), plan);
    }

    /** The plan of Stride's own candidates query for the first registration, sequential scans ruled out. */
    private static String candidatesPlan(Connection c) throws SQLException {
        return planWithoutSequentialScans(c, DuplicateDecision.CANDIDATES.replace("?1",
                "(select id from patient where clinic_id = 'KEYS-0')"));
    }

    /** The plan PostgreSQL makes for {@code query} when it may not scan a whole table, so an index it can use shows. */
    private static String planWithoutSequentialScans(Connection c, String query) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Statement s = c.createStatement()) {
            s.execute("set enable_seqscan = off");
            try (ResultSet rs = s.executeQuery("explain " + query)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            } finally {
                s.execute("reset enable_seqscan");
            }
        }
        return plan.toString();
    }

    private static Map<String, String> nameKeys(Connection c) throws SQLException {
        Map<String, String> keys = new LinkedHashMap<>();
        try (PreparedStatement key = c.prepareStatement("select stride_name_key(?, ?)")) {
            for (String[] name : NAMES) {
                key.setString(1, name[0]);
                key.setString(2, name[1]);
                keys.put(name[0] + "|" + name[1], single(key));
            }
            key.setString(1, null);
            key.setString(2, "Núñez");
            keys.put("null|Núñez", single(key));
        }
        return keys;
    }

    private static Map<String, String> phoneKeys(Connection c) throws SQLException {
        Map<String, String> keys = new LinkedHashMap<>();
        try (PreparedStatement key = c.prepareStatement("select stride_phone_key(?)")) {
            for (String phone : PHONES) {
                key.setString(1, phone);
                keys.put(phone, single(key));
            }
            key.setString(1, null);
            keys.put("null", single(key));
        }
        return keys;
    }

    private static String single(PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    private static String schemaOf(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select quote_ident(n.nspname) from pg_proc p "
                     + "join pg_namespace n on n.oid = p.pronamespace where p.proname = 'stride_name_key'")) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
