package clinic.stride.assessment;

import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each stored version of an intake gets its assessment, stored with it and served as it was made. */
class AssessmentApiIT extends StrideIT {

    Api api() {
        return TestUsers.clinician(new Api(base));
    }

    @Test
    void shouldStoreAnAssessmentWithCitedReasonsWhenAnIntakeIsSubmitted() {
        String id = api().postJson("api/intakes", json(complete(uniqueClinicId()))).json().get("id").asText();

        Api.Reply reply = api().get("api/intakes/" + id + "/assessment");

        assertEquals(200, reply.status(), reply::toString);
        JsonNode assessment = reply.json();
        assertFalse(assessment.get("knowledgeVersion").asText().isBlank());
        List<String> causes = new ArrayList<>();
        assessment.get("possibleCauses").forEach(c -> causes.add(c.get("id").asText()));
        // Outer hip pain lying on that side and on stairs (002_f57ca937c0174fd1.txt, trochanteric bursitis).
        assertTrue(causes.subList(0, Math.min(5, causes.size())).contains("trochanteric-bursitis"), causes::toString);
        assertTrue(causes.contains("incorrect-footwear"), causes::toString);
        for (JsonNode cause : assessment.get("possibleCauses")) {
            assertTrue(cause.get("score").asDouble() > 0);
            assertFalse(cause.get("reasons").isEmpty());
            for (JsonNode reason : cause.get("reasons")) {
                assertTrue(reason.at("/citation/source").asText().endsWith(".txt"), reason::toString);
                assertFalse(reason.at("/citation/quote").asText().isBlank());
            }
        }
        assertEquals(assessment.get("knowledgeVersion").asText(),
                Db.text("select knowledge_version from assessment where intake_id = ?::uuid and version = 1", id));
    }

    @Test
    void shouldRaiseAnEmergencyAndPutTheIntakeFirstWhenBladderControlIsLost() {
        String id = api().postJson("api/intakes", json(complete(uniqueClinicId(),
                b -> at(b, "redFlags").put("bladderBowelLoss", true)))).json().get("id").asText();

        JsonNode assessment = api().get("api/intakes/" + id + "/assessment").json();

        assertEquals("RF-BLADDER-BOWEL", assessment.at("/redFlags/0/id").asText());
        assertEquals("emergency", assessment.at("/redFlags/0/urgency").asText());
        assertTrue(assessment.get("exercises").isEmpty(), "no home exercises while an emergency is open");
        assertEquals(3, Db.count("select red_flag_level from intake where id = ?::uuid", id));
    }

    @Test
    void shouldKeepTheFirstAssessmentReadableWhenTheIntakeIsAmended() {
        String clinicId = uniqueClinicId();
        String id = api().postJson("api/intakes", json(complete(clinicId))).json().get("id").asText();
        ObjectNode correction = complete(clinicId, b -> at(b, "redFlags").put("recentFallOrInjury", true));
        correction.remove("patient");
        correction.put("reason", "Patient remembered a fall last week");
        assertEquals(201, api().postJson("api/intakes/" + id + "/amendments", json(correction)).status());

        JsonNode now = api().get("api/intakes/" + id + "/assessment").json();
        JsonNode before = api().get("api/intakes/" + id + "/assessment?version=1").json();

        // Which fall flag depends on age (the sample patient is 65: RF-FALL-FRAGILITY); any of them proves the point.
        assertTrue(now.get("redFlags").toString().matches(".*\"RF-[A-Z-]*FALL[A-Z-]*\".*"), now::toString);
        assertFalse(before.get("redFlags").toString().matches(".*\"RF-[A-Z-]*FALL[A-Z-]*\".*"), before::toString);
        assertEquals(2, Db.count("select count(*) from assessment where intake_id = ?::uuid", id));
    }

    @Test
    void shouldSetTheWorklistColumnsFromTheAmendedVersionWhenAnEmergencyIsAmendedAway() {
        String clinicId = uniqueClinicId();
        String id = api().postJson("api/intakes", json(complete(clinicId,
                b -> at(b, "redFlags").put("bladderBowelLoss", true)))).json().get("id").asText();
        assertEquals(3, Db.count("select red_flag_level from intake where id = ?::uuid", id));
        ObjectNode correction = complete(clinicId);
        correction.remove("patient");
        correction.put("reason", "Bladder answer ticked by mistake, checked with the patient");
        assertEquals(201, api().postJson("api/intakes/" + id + "/amendments", json(correction)).status());

        JsonNode now = api().get("api/intakes/" + id + "/assessment").json();

        assertFalse(now.get("redFlags").toString().contains("RF-BLADDER-BOWEL"), now::toString);
        long amended = Db.count("select red_flag_level from assessment where intake_id = ?::uuid and version = 2", id);
        assertTrue(amended < 3, "the sample's remaining flags are not an emergency: " + amended);
        assertEquals(amended, Db.count("select red_flag_level from intake where id = ?::uuid", id));
        assertEquals(3, Db.count("select red_flag_level from assessment where intake_id = ?::uuid and version = 1", id),
                "the first version's assessment stays as it was made");
        assertEquals(now.at("/possibleCauses/0/id").asText(), Db.text("select cause_ids[1] from intake where id = ?::uuid", id));
        assertEquals(now.get("possibleCauses").size(), Db.count("select cardinality(cause_ids) from intake where id = ?::uuid", id));
    }

    @Test
    void shouldStoreTheAssessmentCompressedWithLz4WhereThisPostgreSqlHasIt() {
        String id = api().postJson("api/intakes", json(complete(uniqueClinicId()))).json().get("id").asText();

        // V25: lz4 costs PostgreSQL a quarter of pglz's CPU per stored result; a build without lz4 keeps pglz.
        String expected = Db.count("select count(*) from pg_settings where name = 'default_toast_compression'"
                + " and 'lz4' = any(enumvals)") == 1 ? "lz4" : "pglz";
        assertEquals(expected, Db.text("select pg_column_compression(result) from assessment"
                + " where intake_id = ?::uuid and version = 1", id), "a result is large enough to be compressed");
        assertEquals(200, api().get("api/intakes/" + id + "/assessment").status(), "and reads back");
    }

    @Test
    void shouldAnswer404ForTheAssessmentOfAnUnknownIntakeOrVersion() {
        assertEquals(404, api().get("api/intakes/" + java.util.UUID.randomUUID() + "/assessment").status());
        String id = api().postJson("api/intakes", json(complete(uniqueClinicId()))).json().get("id").asText();
        assertEquals(404, api().get("api/intakes/" + id + "/assessment?version=7").status());
    }
}
