package clinic.stride.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.demo.DemoPatients;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.OwnDatabase;
import clinic.stride.testsupport.SecondLane;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Stride started the way deploy/demo.sh starts it ({@code STRIDE_DEMO_PATIENTS=true}) on an empty database of its
 * own: the demo intakes must be committed, not only announced in the log. The loader's log line alone once said
 * "Loaded 30 demo intakes" while its transaction rolled back, so this reads the rows back from PostgreSQL and
 * through the API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(SecondLane.LOCK)
class DemoDataIT {

    private static final Duration BOOT = Duration.ofMinutes(12);

    private final OwnDatabase database = new OwnDatabase(System.getProperty("it.db.demo.name", "stride_it_demo"));
    private PayaraMicroInstance stride;
    /** The visits the loader submits, counted the day the test starts (the server runs in UTC, as the test does). */
    private final List<?> visits = DemoPatients.visits(LocalDate.now(ZoneOffset.UTC));

    @BeforeAll
    void startStrideWithDemoDataOnAnEmptyDatabase() throws Exception {
        stride = PayaraMicroInstance.bootAlone("stride-demo", "demo-it", database,
                Map.of("STRIDE_DEMO_PATIENTS", "true"), PayaraMicroInstance::standaloneCommand, BOOT);
    }

    @AfterAll
    void stopStride() {
        if (stride != null) {
            stride.stop();
        }
    }

    @Test
    void shouldCommitEveryDemoIntakeWhenStartedWithDemoPatients() throws SQLException {
        assertTrue(stride.logText().contains("Loaded " + visits.size() + " demo intakes"), "the loader ran");
        try (Connection c = database.connect()) {
            assertEquals(visits.size(), count(c, "select count(*) from intake"), "intakes committed");
            assertEquals(visits.size(), count(c, "select count(distinct intake_id) from assessment"), "each assessed");
            assertEquals(12, count(c, "select count(*) from patient where clinic_id like 'DEMO-%'"), "the 12 demo patients");
        }
    }

    @Test
    void shouldListTheDemoIntakesThroughTheApi() throws Exception {
        Api clinician = TestUsers.clinician(new Api(stride.base().toURL()));
        Set<String> ids = new TreeSet<>();
        Set<String> clinicIds = new TreeSet<>();
        String after = null;
        do {
            Api.Reply page = clinician.get("api/intakes?limit=200"
                    + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8)));
            assertEquals(200, page.status(), page::toString);
            for (JsonNode item : page.json().get("items")) {
                ids.add(item.get("id").asText());
                clinicIds.add(item.get("clinicId").asText());
            }
            JsonNode next = page.json().get("next");
            after = next == null || next.isNull() ? null : next.asText();
        } while (after != null);
        assertEquals(visits.size(), ids.size(), () -> "listed: " + ids);
        assertEquals("DEMO-1001", clinicIds.iterator().next());
        assertEquals(12, clinicIds.size(), () -> "patients listed: " + clinicIds);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
