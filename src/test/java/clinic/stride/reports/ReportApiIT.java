package clinic.stride.reports;

import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The report endpoints over HTTP against a real Payara Micro and PostgreSQL. */
class ReportApiIT extends StrideIT {

    Api api() {
        return TestUsers.clinician(new Api(base));
    }

    private String submit() {
        return api().postJson("api/intakes", json(complete(uniqueClinicId()))).json().get("id").asText();
    }

    @Test
    void shouldServeTheClinicianSummaryAsPdfWhenTheIntakeIsStored() {
        String id = submit();

        Api.Reply reply = api().get("api/intakes/" + id + "/summary.pdf");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("application/pdf", reply.contentType());
        assertTrue(reply.header("Cache-Control").contains("no-store"), reply.header("Cache-Control"));
        String text = PdfReading.flat(PdfReading.text(reply.bytes()));
        assertAll(
                () -> assertTrue(text.contains("Maria Ortega"), text),
                () -> assertTrue(text.contains(SummaryPdf.DISCLAIMER), text),
                () -> assertTrue(text.contains("Trochanteric bursitis"), text),
                () -> assertTrue(text.contains("Page 1 of "), text));
    }

    @Test
    void shouldServeTheSuggestedHandoutInTheRequestedLanguageWhenNoPlanIsStored() {
        String id = submit();

        Api.Reply english = api().get("api/intakes/" + id + "/handout.pdf");
        Api.Reply spanish = api().get("api/intakes/" + id + "/handout.pdf?lang=es&large=true");

        assertEquals(200, english.status(), english::toString);
        assertEquals("application/pdf", english.contentType());
        assertTrue(PdfReading.text(english.bytes()).contains("Your home exercises"), "the intake's language");
        assertEquals(200, spanish.status(), spanish::toString);
        String text = PdfReading.flat(PdfReading.text(spanish.bytes()));
        assertTrue(text.contains("Sus ejercicios en casa") && text.contains("Deténgase y llámenos"), text);
        assertEquals(false, api().get("api/intakes/" + id + "/handout-plan").json().get("stored").asBoolean());
    }

    @Test
    void shouldAnswer404WhenTheIntakeIsUnknown() {
        String unknown = UUID.randomUUID().toString();
        for (String path : List.of("summary.pdf", "handout.pdf", "handout-plan")) {
            Api.Reply reply = api().get("api/intakes/" + unknown + "/" + path);
            assertEquals(404, reply.status(), path + ": " + reply);
            assertEquals("application/problem+json", reply.contentType(), path);
        }
        assertEquals(404, api().get("api/intakes/not-a-uuid/summary.pdf").status());
        assertEquals(404, api().postJson("api/intakes/" + unknown + "/handout",
                "{\"language\":\"en\",\"exercises\":[]}").status());
    }

    @Test
    void shouldStoreThePlanAndReprintItIdenticallyWhenTheClinicianChoseExercises() {
        String id = submit();
        String plan = """
                {"language":"en","largePrint":false,"exercises":[
                  {"id":"clamshells","dosage":{"sets":2,"reps":12,"holdSeconds":null,"timesPerWeek":5}},
                  {"id":"gentle-walking","dosage":{"minutes":20,"timesPerWeek":7}},
                  {"id":"hip-bridges"}]}""";

        Api.Reply printed = api().postJson("api/intakes/" + id + "/handout", plan);
        Api.Reply reprinted = api().get("api/intakes/" + id + "/handout.pdf");

        assertEquals(200, printed.status(), printed::toString);
        assertEquals("application/pdf", printed.contentType());
        assertEquals(200, reprinted.status(), reprinted::toString);
        assertArrayEquals(printed.bytes(), reprinted.bytes(), "the same plan prints the same file");
        String text = PdfReading.flat(PdfReading.text(printed.bytes()));
        assertAll(
                () -> assertTrue(text.contains("2 sets of 12 on each side"), text),
                () -> assertTrue(text.contains("20 minutes") && text.contains("Every day"), text),
                () -> assertTrue(text.contains("Hip bridges") && text.contains("2 sets of 10"), "default dosage"),
                () -> assertTrue(text.contains("Exercise 3 of 3"), text));
        assertEquals(1, Db.count("select count(*) from handout_plan where intake_id = ?::uuid", id));
        assertFalse(Db.text("select created_by from handout_plan where intake_id = ?::uuid", id).isBlank());
        JsonNode stored = api().get("api/intakes/" + id + "/handout-plan").json();
        assertTrue(stored.get("stored").asBoolean(), stored::toString);
        assertEquals("clamshells", stored.at("/exercises/0/id").asText());
        assertEquals(12, stored.at("/exercises/0/dosage/reps").asInt());
        assertEquals(1, stored.get("intakeVersion").asInt());
    }

    @Test
    void shouldRefuseThePlanNamingEachFieldWhenExercisesOrDosageAreWrong() {
        String id = submit();
        String plan = """
                {"language":"en","exercises":[
                  {"id":"cartwheels"},
                  {"id":"clamshells","dosage":{"sets":50,"reps":10,"timesPerWeek":3}},
                  {"id":"hip-bridges","dosage":{"timesPerWeek":3}}]}""";

        Api.Reply refused = api().postJson("api/intakes/" + id + "/handout", plan);

        assertEquals(400, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(List.of("exercises[1].dosage.sets"), fields(refused));

        Api.Reply unknown = api().postJson("api/intakes/" + id + "/handout", """
                {"exercises":[{"id":"cartwheels"},{"id":"hip-bridges","dosage":{"timesPerWeek":3}}]}""");
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(List.of("exercises[0].id", "exercises[1].dosage"), fields(unknown));

        Api.Reply badQuery = api().get("api/intakes/" + id + "/handout.pdf?lang=fr&large=maybe");
        assertEquals(400, badQuery.status(), badQuery::toString);
        assertEquals(List.of("lang", "large"), fields(badQuery));
        assertEquals(0, Db.count("select count(*) from handout_plan where intake_id = ?::uuid", id));
    }

    @Test
    void shouldPrintGetHelpNowUntilAClinicianStoresAPlanWhenTheIntakeHasAnEmergency() {
        String id = api().postJson("api/intakes", json(complete(uniqueClinicId(),
                b -> at(b, "redFlags").put("bladderBowelLoss", true)))).json().get("id").asText();

        Api.Reply before = api().get("api/intakes/" + id + "/handout.pdf");
        String withheld = PdfReading.flat(PdfReading.text(before.bytes()));
        assertEquals(200, before.status(), before::toString);
        assertTrue(withheld.contains("Get medical help now"), withheld);
        assertFalse(withheld.contains("Clamshells"), withheld);

        // The clinician has assessed the patient: their stored plan overrides, with who and when on record.
        Api.Reply plan = api().postJson("api/intakes/" + id + "/handout", "{\"exercises\":[{\"id\":\"clamshells\"}]}");
        assertEquals(200, plan.status(), plan::toString);
        String overridden = PdfReading.flat(PdfReading.text(api().get("api/intakes/" + id + "/handout.pdf").bytes()));
        assertTrue(overridden.contains("Clamshells"), overridden);
        assertTrue(overridden.contains("Your clinician checked the warning signs you told us about on"), overridden);
        assertFalse(overridden.contains("Get medical help now"), overridden);
        assertFalse(Db.text("select created_by from handout_plan where intake_id = ?::uuid", id).isBlank());
        assertEquals(1, Db.count("select count(*) from handout_plan where intake_id = ?::uuid and created_at is not null",
                id));
    }

    private static List<String> fields(Api.Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
