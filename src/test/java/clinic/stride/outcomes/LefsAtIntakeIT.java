package clinic.stride.outcomes;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import clinic.stride.intake.form.Fields;
import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.FhirValidation;
import clinic.stride.testsupport.PatientFills;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

/** The LEFS as an optional part of the intake: API, FHIR, CSV, the patient's form, and the baseline of the trend. */
class LefsAtIntakeIT extends StrideIT {

    /** A complete form: 57 of 80. */
    private static final Integer[] ANSWERS = {3, 3, 4, 4, 4, 2, 3, 4, 2, 4, 4, 3, 3, 3, 4, 1, 1, 0, 1, 4};

    private Api clinician() {
        return TestUsers.clinician(new Api(base));
    }

    private static ObjectNode lefs(Integer... answers) {
        ObjectNode lefs = clinic.stride.platform.Json.mapper().createObjectNode();
        for (int i = 0; i < answers.length; i++) {
            lefs.put(LefsItem.values()[i].fieldName(), answers[i]);
        }
        return lefs;
    }

    private String intakeWithLefs(String clinicId, String visitDay) {
        ObjectNode body = complete(clinicId);
        ((ObjectNode) body.get("patient")).put("givenName", "Zoë").put("familyName", "Nguyễn-O’Brien");
        body.put("visitDate", visitDay);
        body.set("lefs", lefs(ANSWERS));
        Api.Reply created = clinician().postJson("api/intakes", json(body));
        assertEquals(201, created.status(), created::toString);
        return created.json().get("id").asText();
    }

    @Test
    void shouldStoreTheLefsWithItsVersionAndKeepItWhenAnAmendmentSendsNone() {
        String clinicId = uniqueClinicId();
        String id = intakeWithLefs(clinicId, LocalDate.now().toString());

        JsonNode read = clinician().get("api/intakes/" + id).json();
        assertEquals(2, read.at("/lefs/squatting").asInt());
        assertEquals(Lefs.INSTRUMENT_VERSION, read.at("/lefs/instrumentVersion").asText());
        assertEquals(57, read.at("/derived/lefsScore").asInt());
        assertEquals(20, read.at("/derived/lefsAnswered").asInt());
        assertEquals(Lefs.INSTRUMENT_VERSION, Db.text("select answers->'lefs'->>'instrumentVersion' from intake_version where intake_id = ?::uuid", id));

        ObjectNode correction = complete(clinicId, b -> ((ObjectNode) b.get("pain")).put("intensity", 3));
        correction.remove("patient");
        correction.put("reason", "Pain re-rated; LEFS not sent again");
        Api.Reply amended = clinician().postJson("api/intakes/" + id + "/amendments", json(correction));
        assertEquals(201, amended.status(), amended::toString);
        JsonNode after = clinician().get("api/intakes/" + id).json();
        assertEquals(2, after.get("version").asInt());
        assertEquals(3, after.at("/pain/intensity").asInt());
        assertEquals(57, after.at("/derived/lefsScore").asInt(), "an amendment without a LEFS keeps the intake's");
    }

    @Test
    void shouldNameEachBadItemAndStoreNothingWhenLefsAnswersAreOutOfRange() {
        String clinicId = uniqueClinicId();
        ObjectNode body = complete(clinicId);
        ObjectNode lefs = lefs(ANSWERS);
        lefs.put("squatting", 5).put("hopping", -1);
        body.set("lefs", lefs);
        Api.Reply refused = clinician().postJson("api/intakes", json(body));
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.header("Content-Type").split(";")[0]);
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertTrue(fields.containsAll(List.of("lefs.squatting", "lefs.hopping")), refused::body);
        assertEquals(2, fields.size(), refused::body);
        assertEquals(0, Db.count("select count(*) from patient where clinic_id = ?", clinicId));
    }

    @Test
    void shouldAskTheLefsInTheIntakeQuestionnaireAndAnswerItInTheResponseWhenValidatedByHapi() {
        String id = intakeWithLefs(uniqueClinicId(), LocalDate.now().toString());
        FhirContext fhir = FhirContext.forR4Cached();
        Api.Reply questionnaire = new Api(base).get("api/fhir/Questionnaire/stride-intake");
        assertEquals(200, questionnaire.status(), questionnaire::toString);
        Questionnaire q = fhir.newJsonParser().parseResource(Questionnaire.class, questionnaire.body());
        FhirValidation validation = new FhirValidation(q);
        assertEquals(0, validation.errors(questionnaire.body()).size(), FhirValidation.describe(validation.errors(questionnaire.body())));
        assertTrue(q.getItem().stream().anyMatch(i -> i.getLinkId().equals("lefs") && i.getItem().size() == 20));

        Api.Reply response = clinician().get("api/fhir/QuestionnaireResponse/" + id);
        assertEquals(200, response.status(), response::toString);
        assertEquals(0, validation.errors(response.body()).size(), FhirValidation.describe(validation.errors(response.body())));
        QuestionnaireResponse qr = fhir.newJsonParser().parseResource(QuestionnaireResponse.class, response.body());
        var lefs = qr.getItem().stream().filter(i -> i.getLinkId().equals("lefs")).findFirst().orElseThrow();
        assertEquals(20, lefs.getItem().size());
        assertEquals(2, lefs.getItem().get(5).getAnswerFirstRep().getValueIntegerType().getValue());
    }

    @Test
    void shouldExportTheIntakesLefsWithItsVersionAndTotal() throws java.io.IOException {
        // A visit day of its own in 2004, so the export of that day holds this intake (ExportIT 2003, FollowUpIT 2002).
        String visitDay = LocalDate.of(2004, 1, 1).plusDays(new Random().nextInt(360)).toString();
        String clinicId = uniqueClinicId();
        intakeWithLefs(clinicId, visitDay);
        Api.Reply csv = clinician().get("api/exports/intakes.csv?from=" + visitDay + "&to=" + visitDay);
        assertEquals(200, csv.status(), csv::toString);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        CSVRecord row = rows.stream().filter(r -> r.get("lefs_intake").equals("57")).findFirst().orElseThrow(() -> new AssertionError(csv.body()));
        assertEquals(Lefs.INSTRUMENT_VERSION, row.get("lefs_instrument"));
        assertEquals("20", row.get("lefs_intake_answered"));
        assertEquals("2", row.get("lefs.squatting"));
    }

    @Test
    void shouldShowTheIntakesLefsAsTheTrendsBaselineWhenThePatientAnswersItInSpanishOnAPhone() {
        String clinicId = uniqueClinicId();
        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.phone().open("/intake?lang=es");
            browser.press("start");
            PatientFills patient = new PatientFills(browser, false);
            patient.you(clinicId, "Zoë", "Nguyễn-O’Brien").where().when().activity().body().history();
            assertEquals("Actividades de la vida diaria (opcional)", browser.h1());
            assertTrue(browser.present("#lefs-translation-note"), "the Spanish wording says it is the clinic's translation");
            assertTrue(browser.text("main").contains("Ponerse en cuclillas."), browser.text("main"));
            browser.check("intake-function-es-phone");
            browser.choose("lefs-squatting-1").press("skip");
            assertEquals("Señales de alarma", browser.h1(), "skipping goes on to the warning signs");
            browser.press("back");
            assertFalse(browser.find("#lefs-squatting-1").isSelected(), "a skipped page keeps no answer");
            new PatientFills(browser, false).lefs(Fields.LEFS_ITEMS, ANSWERS).warningSigns(false);
            assertTrue(browser.text("main").contains("57 / 80"), browser.text("main"));
            patient.submit();
            assertFalse(browser.present("#error-summary"), browser.driver().getPageSource());
        }
        String id = Db.text("select i.id::text from intake i join patient p on p.id = i.patient_id where p.clinic_id = ?", clinicId);
        assertEquals("57", Db.text("select (select sum(value::int) from jsonb_each_text(answers->'lefs') where key <> 'instrumentVersion')::text "
                + "from intake_version where intake_id = ?::uuid", id));
        try (Browser browser = signedInBrowser(DemoUsers.ALL.stream().filter(u -> u.role().equals("clinician")).findFirst().orElseThrow())) {
            browser.desktop().open("/dashboard/patient?intake=" + id);
            assertTrue(browser.text("#lefs-at-intake").contains("57/80"), browser.text("#lefs-at-intake"));
            assertTrue(browser.present("svg.lefs-trend .mcid-band"), "the trend starts at the intake's LEFS, with its MCID band");
            browser.check("patient-lefs-at-intake");
        }
    }
}
