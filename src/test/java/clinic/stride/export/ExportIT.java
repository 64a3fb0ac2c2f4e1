package clinic.stride.export;

import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.RunsAlone;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The de-identified CSV export on a real Payara Micro. Visit dates in 2001–2003 keep it apart from other tests' intakes. */
@RunsAlone("expects exactly one more export audit row over the whole audit table")
class ExportIT extends StrideIT {

    Api api() {
        return TestUsers.clinician(new Api(base));
    }

    void submit(ObjectNode body) {
        Api.Reply created = api().postJson("api/intakes", json(body));
        assertEquals(201, created.status(), created::toString);
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void shouldExportKnownIntakesWithoutNamesBirthDatesOrClinicIds() throws IOException {
        String maria = uniqueClinicId();
        String oldest = uniqueClinicId();
        submit(complete(maria, b -> b.put("visitDate", "2003-02-10")));
        submit(complete(maria, b -> {
            b.put("visitDate", "2003-02-11");
            at(b, "pain").put("intensity", 3);
        }));
        submit(complete(oldest, b -> {
            b.put("visitDate", "2003-02-12");
            at(b, "patient").put("givenName", "Ezequiel").put("familyName", "Zabaleta").put("birthDate", "1910-06-01")
                    .put("sex", "male").put("email", "ez@example.org");
        }));

        long auditedBefore = Db.count("select count(*) from audit_event where action = 'export.intakes' and status = 200");
        Api.Reply reply = api().get("api/exports/intakes.csv?from=2003-02-10&to=2003-02-12");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(auditedBefore + 1, Db.count("select count(*) from audit_event where action = 'export.intakes' and status = 200"));
        assertTrue(reply.contentType().startsWith("text/csv"), reply.contentType());
        String csv = reply.body();
        for (String identifying : List.of(maria, oldest, "Maria", "Ortega", "Ezequiel", "Zabaleta", "1961-03-14",
                "1910-06-01", "2003-02-10", "maria.ortega@example.org", "ez@example.org", "555 0100", "sprained ankle")) {
            assertFalse(csv.contains(identifying), () -> identifying + " leaked into " + csv);
        }
        List<CSVRecord> rows = parse(csv);
        assertEquals(3, rows.size(), csv);
        CSVRecord first = rows.get(0);
        CSVRecord second = rows.get(1);
        CSVRecord third = rows.get(2);
        assertEquals(first.get("patient"), second.get("patient"), "one patient, one pseudonym");
        assertNotEquals(first.get("patient"), third.get("patient"));
        assertEquals("2003-02", first.get("visit_month"));
        assertEquals("41", first.get("age_years"));
        assertEquals("90+", third.get("age_years"));
        assertEquals("female", first.get("sex"));
        assertEquals("6", first.get("pain.intensity"));
        assertEquals("3", second.get("pain.intensity"));
        assertEquals("outer_hip;outer_thigh", first.get("pain.regions"));
        assertEquals("during_walking;lying_on_side;stairs", first.get("pain.when"));
        assertEquals("true", first.get("factors.footwear.wornOut"));
        assertEquals("164", first.get("factors.heightCm"));
        assertEquals("true", first.get("factors.pastInjuries.other.given"));
        assertEquals("30.5", first.get("bmi"));
        String causes = Db.text("select array_to_string(cause_ids[1:3], ';') from intake i join patient p on p.id = i.patient_id"
                + " where p.clinic_id = ? and i.visit_date = date '2003-02-10'", maria);
        assertFalse(causes.isBlank(), "the assessment found possible causes for the sample intake");
        assertEquals(causes, first.get("top_causes"));
        assertEquals(Db.text("select red_flag_level::text from intake i join patient p on p.id = i.patient_id"
                + " where p.clinic_id = ? and i.visit_date = date '2003-02-10'", maria), first.get("red_flag_level"));
        assertEquals("false", first.get("factors.activity.speedWork"), "the intake keeps every answer; only FHIR leaves out the ones not asked");
    }

    @Test
    void shouldStreamTwentyThousandGeneratedIntakesInChunks() throws Exception {
        String tag = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        int generated = 20_000;
        generate(generated, tag, "2001-01-01");
        long expected = Db.count("select count(*) from intake where visit_date between date '2001-01-01' and date '2001-12-31'");

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<InputStream> response = http.send(api().request("api/exports/intakes.csv?from=2001-01-01&to=2001-12-31")
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        // Streamed: the length is not known up front, so the body goes out in chunks.
        assertNull(response.headers().firstValue("Content-Length").orElse(null));
        long lines = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            assertTrue(line.startsWith("patient,visit_month,age_years"), line);
            while ((line = reader.readLine()) != null) {
                assertFalse(line.contains("Given") || line.contains("Family") || line.contains(tag), line);
                lines++;
            }
        }
        assertTrue(expected >= generated);
        assertEquals(expected, lines);
    }

    @Test
    void shouldRefuseDatesThatAreNotDates() {
        Api.Reply reply = api().get("api/exports/intakes.csv?from=31/01/2026");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("from", reply.json().at("/errors/0/field").asText());
        Api.Reply backwards = api().get("api/exports/intakes.csv?from=2026-02-01&to=2026-01-01");
        assertEquals(400, backwards.status(), backwards::toString);
        assertEquals("to", backwards.json().at("/errors/0/field").asText());
    }

    /** Runs src/test/resources/export/generate-intakes.sql with its psql variables filled in. */
    static void generate(int rows, String tag, String firstDay) throws IOException, SQLException {
        if (!tag.matches("[A-Za-z0-9]+") || !firstDay.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new IllegalArgumentException("odd tag or date");
        }
        String sql;
        try (InputStream in = ExportIT.class.getResourceAsStream("/export/generate-intakes.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        sql = sql.replace(":'tag'", "'" + tag + "'").replace(":'first_day'", "'" + firstDay + "'")
                .replace(":rows", String.valueOf(rows));
        try (Connection c = Db.connect(); Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }
}
