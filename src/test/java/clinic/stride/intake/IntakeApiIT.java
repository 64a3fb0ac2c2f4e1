package clinic.stride.intake;

import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.SampleIntakes;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The intake API on a real Payara Micro against a real PostgreSQL. */
class IntakeApiIT extends StrideIT {

    Api api() {
        return TestUsers.clinician(new Api(base));
    }

    @Test
    void shouldStoreIntakeInPostgresAndReadItBackWhenSubmitted() {
        String clinicId = uniqueClinicId();
        Api.Reply created = api().postJson("api/intakes", json(complete(clinicId)));

        assertEquals(201, created.status(), created::toString);
        String id = created.json().get("id").asText();
        assertTrue(created.header("Location").endsWith("/api/intakes/" + id), created.header("Location"));
        assertEquals(1, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));
        assertEquals("[\"outer_hip\", \"outer_thigh\"]",
                Db.text("select answers->'pain'->'regions' from intake_version where intake_id = ?::uuid", id));

        JsonNode read = api().get("api/intakes/" + id).json();
        assertEquals(clinicId, read.at("/patient/clinicId").asText());
        assertEquals(6, read.at("/pain/intensity").asInt());
        assertEquals("right", read.at("/pain/side").asText());
        assertTrue(read.at("/factors/footwear/wornOut").asBoolean());
        assertEquals(30.5, read.at("/derived/bmi").asDouble(), 0.001);
        assertEquals("obese", read.at("/derived/bmiCategory").asText());
        assertEquals(65, read.get("ageAtVisit").asInt());
        assertEquals(1, read.get("version").asInt());
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("missing clinic id", "patient.clinicId", b -> at(b, "patient").remove("clinicId")),
                bad("missing patient section", "patient", b -> b.remove("patient")),
                bad("missing pain section", "pain", b -> b.remove("pain")),
                bad("pain 11", "pain.intensity", b -> at(b, "pain").put("intensity", 11)),
                bad("pain -1", "pain.intensity", b -> at(b, "pain").put("intensity", -1)),
                bad("height 30 cm", "factors.heightCm", b -> at(b, "factors").put("heightCm", 30)),
                bad("weight 900 kg", "factors.weightKg", b -> at(b, "factors").put("weightKg", 900)),
                bad("leg difference 300 mm", "factors.legLength.differenceMm", b -> at(b, "factors.legLength").put("differenceMm", 300)),
                bad("pain as text", "pain.intensity", b -> at(b, "pain").put("intensity", "high")),
                bad("boolean as text", "redFlags.fever", b -> at(b, "redFlags").put("fever", "maybe")),
                bad("unknown region", "pain.regions[1]", b -> at(b, "pain").set("regions", clinic.stride.testsupport.SampleIntakes.array("groin", "elbow"))),
                bad("unknown side", "pain.side", b -> at(b, "pain").put("side", "middle")),
                bad("both legs longer", "factors.legLength.longerSide", b -> at(b, "factors.legLength").put("longerSide", "both")),
                bad("unknown field", "pain.colour", b -> at(b, "pain").put("colour", "red")),
                bad("birth date not a date", "patient.birthDate", b -> at(b, "patient").put("birthDate", "14/03/1961")),
                bad("birth date in the future", "patient.birthDate", b -> at(b, "patient").put("birthDate", "2999-01-01")),
                bad("no regions", "pain.regions", b -> at(b, "pain").set("regions", clinic.stride.testsupport.SampleIntakes.array())),
                bad("visit in 1990", "visitDate", b -> b.put("visitDate", "1990-01-01")),
                bad("sitting 30 h", "factors.posture.sittingHoursPerDay", b -> at(b, "factors.posture").put("sittingHoursPerDay", 30)),
                bad("pregnant but recorded as male", "factors.pregnant", b -> {
                    at(b, "patient").put("sex", "male");
                    at(b, "factors").put("pregnant", true);
                }),
                bad("saddle numbness as text", "redFlags.saddleNumbness", b -> at(b, "redFlags").put("saddleNumbness", "yes")));
    }

    private static Arguments bad(String name, String field, Consumer<ObjectNode> change) {
        return Arguments.of(name, field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void shouldRejectWithFieldNamedAndStoreNothingWhenInputIsBad(String name, String field, Consumer<ObjectNode> change) {
        String clinicId = uniqueClinicId();
        Api.Reply reply = api().postJson("api/intakes", json(complete(clinicId, change)));

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertTrue(fields.contains(field), () -> "expected " + field + " in " + reply.body());
        reply.json().get("errors").forEach(e -> assertFalse(e.get("message").asText().isBlank()));
        assertNothingStoredFor(clinicId);
    }

    @Test
    void shouldStoreTheRedFlagScreenAndPregnancyAndLeaveUnaskedOnesAbsentWhenSubmitted() {
        String clinicId = uniqueClinicId();
        Api.Reply created = api().postJson("api/intakes", json(complete(clinicId, b -> {
            at(b, "factors").put("pregnant", true);
            at(b, "redFlags").put("saddleNumbness", false).put("bothLegs", true).put("cancerHistory", true);
        })));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().get("id").asText();
        assertEquals("true", Db.text("select answers->'redFlags'->>'bothLegs' from intake_version where intake_id = ?::uuid", id));
        assertEquals("false", Db.text("select answers->'redFlags'->>'saddleNumbness' from intake_version where intake_id = ?::uuid", id));
        assertEquals("true", Db.text("select answers->'factors'->>'pregnant' from intake_version where intake_id = ?::uuid", id));
        assertEquals(0, Db.count("select count(*) from intake_version where intake_id = ?::uuid "
                + "and answers->'redFlags' ?? 'urinaryRetention'", id), "not asked is stored as absent");

        JsonNode read = api().get("api/intakes/" + id).json();
        assertTrue(read.at("/redFlags/bothLegs").asBoolean());
        assertTrue(read.at("/redFlags/cancerHistory").asBoolean());
        assertTrue(read.at("/factors/pregnant").asBoolean());
        assertTrue(read.at("/redFlags/urinaryRetention").isMissingNode(), read.toString());
    }

    @Test
    void shouldListEveryBadFieldInOneAnswerWhenABodyHasUnknownFieldsWrongTypesBadCodesAndAnOldVisit() {
        String clinicId = uniqueClinicId();
        Api.Reply reply = api().postJson("api/intakes", json(complete(clinicId, b -> {
            b.put("visitDate", "1990-01-01");
            at(b, "pain").put("colour", "red").put("side", "middle").put("intensity", 11).put("durationWeeks", "eight");
            at(b, "factors").put("shoeSize", 42);
            at(b, "redFlags").put("fever", "maybe");
        })));

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("factors.shoeSize", "pain.colour", "pain.durationWeeks", "pain.intensity", "pain.side",
                "redFlags.fever", "visitDate"), fields, reply::body);
        assertEquals("7 fields need attention", reply.json().get("detail").asText());
        assertNothingStoredFor(clinicId);
    }

    static Stream<Arguments> badKeyBesideTheBody() {
        String tooLong = "k".repeat(201);
        return Stream.of(
                Arguments.of("a good body", tooLong, List.of("Idempotency-Key"),
                        (Consumer<ObjectNode>) b -> { }),
                Arguments.of("an empty key and a pain of 11", "", List.of("Idempotency-Key", "pain.intensity"),
                        (Consumer<ObjectNode>) b -> at(b, "pain").put("intensity", 11)),
                Arguments.of("an unknown field and a wrong type (refused before the resource)", tooLong,
                        List.of("Idempotency-Key", "pain.colour", "pain.durationWeeks"),
                        (Consumer<ObjectNode>) b -> at(b, "pain").put("colour", "red").put("durationWeeks", "eight")),
                Arguments.of("a pregnancy answer for a man", tooLong, List.of("Idempotency-Key", "factors.pregnant"),
                        (Consumer<ObjectNode>) b -> {
                            at(b, "patient").put("sex", "male");
                            at(b, "factors").put("pregnant", true);
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badKeyBesideTheBody")
    void shouldNameABadIdempotencyKeyInTheSameAnswerAsTheBodysBadFieldsAndStoreNothing(
            String name, String key, List<String> expected, Consumer<ObjectNode> change) {
        String clinicId = uniqueClinicId();
        Api.Reply reply = api().postJson("api/intakes", json(complete(clinicId, change)), Map.of("Idempotency-Key", key));

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(expected, fields.stream().sorted().toList(), reply::body);
        assertEquals(expected.size() == 1 ? "1 field needs attention" : expected.size() + " fields need attention",
                reply.json().get("detail").asText());
        assertNothingStoredFor(clinicId);
    }

    @Test
    void shouldNameABadIdempotencyKeyBesideJsonThatDoesNotParse() {
        Api.Reply reply = api().postJson("api/intakes", "{\"patient\": {\"clinicId\": ", Map.of("Idempotency-Key", ""));

        assertEquals(400, reply.status(), reply::toString);
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("Idempotency-Key", "(body)"), fields, reply::body);
    }

    @Test
    void shouldRejectMalformedJsonWithProblemDetails() {
        Api.Reply reply = api().postJson("api/intakes", "{\"patient\": {\"clinicId\": ");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        assertEquals("(body)", reply.json().at("/errors/0/field").asText());
        assertFalse(reply.body().contains("Exception"), reply.body());
    }

    @Test
    void shouldRejectABodyThatIsNotUtf8TextWithProblemDetails() {
        // Bytes that make Jackson guess UTF-32 and then run out: found by IntakeJsonFuzzTest.
        java.net.http.HttpRequest request = api().request("api/intakes").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[] {0, 0, 0, '{', 0})).build();
        Api.Reply reply = api().send(request);
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        assertEquals("(body)", reply.json().at("/errors/0/field").asText());
    }

    @Test
    void shouldReportEveryBadFieldAtOnceWhenSeveralAreWrong() {
        String clinicId = uniqueClinicId();
        Api.Reply reply = api().postJson("api/intakes", json(complete(clinicId, b -> {
            at(b, "pain").put("intensity", 11);
            at(b, "factors").put("heightCm", 30);
            at(b, "factors").put("weightKg", 900);
        })));
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(3, reply.json().get("errors").size(), reply.body());
        assertNothingStoredFor(clinicId);
    }

    @Test
    void shouldRefuseBodiesOverTheLimitAndStoreNothing() {
        String clinicId = uniqueClinicId();
        String huge = "x".repeat(300 * 1024);
        Api.Reply reply = api().postJson("api/intakes",
                json(complete(clinicId, b -> at(b, "factors.pastInjuries").put("other", huge))));
        assertEquals(413, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        assertNothingStoredFor(clinicId);
    }

    @Test
    void shouldCreateOneIntakeWhenTheSameIdempotencyKeyIsRetried() {
        String clinicId = uniqueClinicId();
        String body = json(complete(clinicId));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        Api.Reply first = api().postJson("api/intakes", body, key);
        Api.Reply retry = api().postJson("api/intakes", body, key);

        assertEquals(201, first.status(), first::toString);
        assertEquals(201, retry.status(), retry::toString);
        assertEquals(first.json().get("id"), retry.json().get("id"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(1, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));
    }

    @Test
    void shouldCreateOneIntakeWhenTheSameKeyArrivesFromManyClientsAtOnce() throws Exception {
        String clinicId = uniqueClinicId();
        String body = json(complete(clinicId));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        List<Api.Reply> replies = atOnce(8, i -> api().postJson("api/intakes", body, key));

        replies.forEach(r -> assertEquals(201, r.status(), r::toString));
        assertEquals(1, replies.stream().map(r -> r.json().get("id").asText()).distinct().count(), replies::toString);
        assertEquals(7, replies.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed"))).count());
        assertEquals(1, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));
        assertEquals(1, Db.count("select count(*) from idempotency_key k join intake i on i.id = k.intake_id where k.key = ?",
                key.get("Idempotency-Key")));
    }

    @Test
    void shouldRegisterANewPatientOnceWhenTheirFirstIntakesArriveAtOnce() throws Exception {
        String clinicId = uniqueClinicId();

        List<Api.Reply> replies = atOnce(8, i -> api().postJson("api/intakes",
                json(complete(clinicId, b -> at(b, "pain").put("intensity", i))),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())));

        replies.forEach(r -> assertEquals(201, r.status(), r::toString));
        assertEquals(8, replies.stream().map(r -> r.json().get("id").asText()).distinct().count());
        assertEquals(1, Db.count("select count(*) from patient where clinic_id = ?", clinicId));
        assertEquals(8, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));
    }

    @Test
    void shouldRecordEachCallerAsTheSubmitterWhenFrontDeskAndClinicianSubmitAtOnce() throws Exception {
        // One resource instance serves every request: who submitted must come from each request, never another's.
        List<String> clinicIds = Stream.generate(SampleIntakes::uniqueClinicId).limit(16).toList();
        DemoUsers.DemoUser[] users = {DemoUsers.FRONT_DESK, DemoUsers.CLINICIAN};

        List<Api.Reply> replies = atOnce(16, i -> TestUsers.as(new Api(base), users[i % 2])
                .postJson("api/intakes", json(complete(clinicIds.get(i)))));

        for (int i = 0; i < replies.size(); i++) {
            Api.Reply reply = replies.get(i);
            assertEquals(201, reply.status(), reply::toString);
            String id = reply.json().get("id").asText();
            assertEquals(users[i % 2].username(),
                    Db.text("select created_by from intake_version where intake_id = ?::uuid and version = 1", id),
                    "the submitter of intake " + i);
            assertTrue(reply.header("Location").endsWith("/api/intakes/" + id), reply.header("Location"));
        }
    }

    /** Runs {@code n} calls released together by one gate, each on its own thread and client. */
    private static List<Api.Reply> atOnce(int n, IntFunction<Api.Reply> call) throws Exception {
        var gate = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(n)) {
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    gate.await();
                    return call.apply(index);
                }));
            }
            gate.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (var f : futures) {
                replies.add(f.get(60, TimeUnit.SECONDS));
            }
            return replies;
        }
    }

    @Test
    void shouldRefuseAReusedIdempotencyKeyWithADifferentBody() {
        String clinicId = uniqueClinicId();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, api().postJson("api/intakes", json(complete(clinicId)), key).status());

        Api.Reply other = api().postJson("api/intakes",
                json(complete(clinicId, b -> at(b, "pain").put("intensity", 2))), key);

        assertEquals(422, other.status(), other::toString);
        assertEquals(1, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));
    }

    @Test
    void shouldKeepBothVersionsWhenAnIntakeIsAmended() {
        String clinicId = uniqueClinicId();
        String id = api().postJson("api/intakes", json(complete(clinicId))).json().get("id").asText();
        ObjectNode correction = complete(clinicId, b -> at(b, "pain").put("intensity", 3));
        correction.remove("patient");
        correction.put("reason", "Patient re-rated the pain after sitting down");

        Api.Reply amended = api().postJson("api/intakes/" + id + "/amendments", json(correction));

        assertEquals(201, amended.status(), amended::toString);
        assertEquals(2, amended.json().get("version").asInt());
        assertEquals(3, api().get("api/intakes/" + id).json().at("/pain/intensity").asInt());
        assertEquals(6, api().get("api/intakes/" + id + "/versions/1").json().at("/pain/intensity").asInt());
        assertEquals(2, Db.count("select count(*) from intake_version where intake_id = ?::uuid", id));
        assertEquals("6", Db.text("select answers->'pain'->>'intensity' from intake_version where intake_id = ?::uuid and version = 1", id));
        assertEquals("Patient re-rated the pain after sitting down",
                api().get("api/intakes/" + id).json().at("/versions/1/reason").asText());
    }

    @Test
    void shouldRejectAnAmendmentWithoutAReasonAndKeepTheIntakeAsItWas() {
        String clinicId = uniqueClinicId();
        String id = api().postJson("api/intakes", json(complete(clinicId))).json().get("id").asText();
        ObjectNode correction = complete(clinicId, b -> at(b, "pain").put("intensity", 3));
        correction.remove("patient");

        Api.Reply reply = api().postJson("api/intakes/" + id + "/amendments", json(correction));

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("reason", reply.json().at("/errors/0/field").asText());
        assertEquals(1, Db.count("select count(*) from intake_version where intake_id = ?::uuid", id));
    }

    @Test
    void shouldAnswer404ForUnknownIntakes() {
        Api.Reply unknown = api().get("api/intakes/" + UUID.randomUUID());
        assertEquals(404, unknown.status());
        assertEquals("application/problem+json", unknown.contentType());
        assertEquals(404, api().get("api/intakes/not-a-uuid").status());
        assertEquals(404, api().get("api/patients/NOBODY-" + UUID.randomUUID() + "/intakes").status());
    }

    @Test
    void shouldRefuseAKnownClinicIdWithAnotherPatientsDetails() {
        String clinicId = uniqueClinicId();
        assertEquals(201, api().postJson("api/intakes", json(complete(clinicId))).status());

        Api.Reply reply = api().postJson("api/intakes",
                json(complete(clinicId, b -> at(b, "patient").put("birthDate", "1970-01-01"))));

        assertEquals(409, reply.status(), reply::toString);
        // One generic answer that names no differing detail, so a caller cannot confirm a patient's details by guessing.
        assertEquals("patient", reply.json().at("/errors/0/field").asText(), reply::body);
        assertFalse(reply.body().contains("birthDate"), reply::body);
        assertEquals(1, Db.count("select count(*) from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId));
        assertEquals("1961-03-14", Db.text("select birth_date::text from patient where clinic_id = ?", clinicId));
    }

    @Test
    void shouldPageNewestFirstWithAKeysetCursor() {
        String clinicId = uniqueClinicId();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(api().postJson("api/intakes", json(complete(clinicId))).json().get("id").asText());
        }

        JsonNode first = api().get("api/intakes?clinicId=" + clinicId + "&limit=2").json();
        assertEquals(2, first.get("items").size());
        assertEquals(ids.get(2), first.at("/items/0/id").asText());
        assertEquals(ids.get(1), first.at("/items/1/id").asText());
        assertNotNull(first.get("next"));

        JsonNode second = api().get("api/intakes?clinicId=" + clinicId + "&limit=2&after=" + first.get("next").asText()).json();
        assertEquals(1, second.get("items").size());
        assertEquals(ids.get(0), second.at("/items/0/id").asText());
        assertNull(second.get("next"));

        JsonNode history = api().get("api/patients/" + clinicId + "/intakes").json();
        assertEquals(3, history.get("intakes").size());
        assertEquals("Ortega", history.at("/patient/familyName").asText());
    }

    @Test
    void shouldRejectBadListParametersByName() {
        Api.Reply reply = api().get("api/intakes?from=yesterday&limit=5000&after=garbage");
        assertEquals(400, reply.status(), reply::toString);
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("from", "limit", "after"), fields);
    }

    @Test
    void shouldHaveAppliedEveryMigrationToTheFreshDatabase() throws Exception {
        long files;
        try (var list = java.nio.file.Files.list(java.nio.file.Path.of("db-migrations"))) {
            files = list.filter(p -> p.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        }
        assertTrue(files >= 1);
        assertEquals(files, Db.count("select count(*) from flyway_schema_history where success and version is not null"));
    }

    @Test
    void shouldReportReadyWhenTheDatabaseIsUp() {
        Api.Reply ready = new Api(base).get("/health/ready");
        assertEquals(200, ready.status(), ready::toString);
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertEquals(200, new Api(base).get("/health/live").status());
    }

    private static void assertNothingStoredFor(String clinicId) {
        assertEquals(0, Db.count("select count(*) from patient where clinic_id = ?", clinicId), "patient row written");
    }
}
