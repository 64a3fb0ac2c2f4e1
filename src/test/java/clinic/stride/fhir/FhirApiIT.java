package clinic.stride.fhir;

import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import clinic.stride.platform.Json;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.FhirValidation;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/** The FHIR endpoints on a real Payara Micro: what they serve validates, and what they accept becomes an intake. */
class FhirApiIT extends StrideIT {

    Api api() {
        return TestUsers.clinician(new Api(base));
    }

    Questionnaire questionnaire() {
        // Anyone may read the form: no sign-in here.
        Api.Reply reply = new Api(base).get("api/fhir/Questionnaire/stride-intake");
        assertEquals(200, reply.status(), reply::toString);
        return Fhir.context().newJsonParser().parseResource(Questionnaire.class, reply.body());
    }

    /** A runner's intake: every question of the form applies to it. */
    static ObjectNode runner(String clinicId) {
        return complete(clinicId, b -> at(b, "factors.activity").put("runningKmPerWeek", 22).put("speedWork", true));
    }

    String submitJson(ObjectNode body) {
        Api.Reply created = api().postJson("api/intakes", json(body));
        assertEquals(201, created.status(), created::toString);
        return created.json().get("id").asText();
    }

    Api.Reply postFhir(String body, Map<String, String> headers) {
        return postFhir(api(), body, headers);
    }

    static Api.Reply postFhir(Api api, String body, Map<String, String> headers) {
        return api.postFhir(body, headers);
    }

    QuestionnaireResponse fetchResponse(String intakeId) {
        Api.Reply reply = api().get("api/fhir/QuestionnaireResponse/" + intakeId);
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith(Fhir.MEDIA_TYPE), reply.contentType());
        return Fhir.context().newJsonParser().parseResource(QuestionnaireResponse.class, reply.body());
    }

    static JsonNode answersOf(String intakeId) {
        try {
            return Json.mapper().readTree(Db.text(
                    "select answers::text from intake_version where intake_id = ?::uuid and version = 1", intakeId));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void shouldServeAnActiveQuestionnaireThatValidatesWithoutErrors() {
        Api.Reply reply = api().get("api/fhir/Questionnaire/stride-intake");
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/fhir+json"), reply.contentType());
        Questionnaire questionnaire = questionnaire();
        assertEquals("https://stride.clinic/fhir/Questionnaire/stride-intake", questionnaire.getUrl());
        assertEquals("active", questionnaire.getStatus().toCode());
        var errors = new FhirValidation(questionnaire).errors(questionnaire);
        assertTrue(errors.isEmpty(), () -> FhirValidation.describe(errors));
    }

    @Test
    void shouldRoundTripJsonIntakeThroughQuestionnaireResponseToAnIdenticalIntake() {
        String clinicId = uniqueClinicId();
        String firstId = submitJson(runner(clinicId));

        QuestionnaireResponse response = fetchResponse(firstId);
        var messages = new FhirValidation(questionnaire()).messages(response, ResultSeverityEnum.ERROR);
        assertTrue(messages.isEmpty(), () -> FhirValidation.describe(messages));
        assertEquals(firstId, response.getIdPart());
        assertEquals("completed", response.getStatus().toCode());

        Api.Reply created = postFhir(Fhir.toJson(response.setId((String) null)), Map.of("Prefer", "return=representation"));
        assertEquals(201, created.status(), created::toString);
        QuestionnaireResponse stored = Fhir.context().newJsonParser().parseResource(QuestionnaireResponse.class, created.body());
        String secondId = stored.getIdPart();
        assertNotEquals(firstId, secondId);
        assertTrue(created.header("Location").endsWith("/api/fhir/QuestionnaireResponse/" + secondId), created.header("Location"));
        assertEquals(answersOf(firstId), answersOf(secondId));
        assertEquals("fhir", Db.text("select source from intake where id = ?::uuid", secondId));
        assertEquals(1, Db.count("select count(*) from patient where clinic_id = ?", clinicId));
    }

    @Test
    void shouldAnswerTheFrontDeskWithAnOutcomeAndNoClinicalDetail() {
        String clinicId = uniqueClinicId();
        String body = Fhir.toJson(IntakeResponsesTest.response(requestOf(runner(clinicId))));
        Api.Reply created = postFhir(TestUsers.frontDesk(new Api(base)), body, Map.of("Prefer", "return=representation"));
        assertEquals(201, created.status(), created::toString);
        var outcome = Fhir.context().newJsonParser().parseResource(org.hl7.fhir.r4.model.OperationOutcome.class, created.body());
        assertEquals("information", outcome.getIssueFirstRep().getSeverity().toCode());
        assertTrue(!created.body().contains("pain.intensity"), created.body());
        String id = created.header("Location").substring(created.header("Location").lastIndexOf('/') + 1);
        assertEquals(403, TestUsers.frontDesk(new Api(base)).get("api/fhir/QuestionnaireResponse/" + id).status());
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'fhir.questionnaire-response.create'"
                + " and intake_id = ?::uuid and clinic_id = ? and status = 201", id, clinicId));
    }

    @Test
    void shouldAuditEveryReadOfAQuestionnaireResponse() {
        String id = submitJson(runner(uniqueClinicId()));
        fetchResponse(id);
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'fhir.questionnaire-response.read'"
                + " and intake_id = ?::uuid and status = 200", id));
    }

    @Test
    void shouldReplayTheFirstIntakeWhenTheIdempotencyKeyRepeats() {
        String firstId = submitJson(runner(uniqueClinicId()));
        String body = Fhir.toJson(fetchResponse(firstId));
        String key = "fhir-" + firstId;
        Api.Reply first = postFhir(body, Map.of("Idempotency-Key", key));
        Api.Reply again = postFhir(body, Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first::toString);
        assertEquals(201, again.status(), again::toString);
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), again.header("Location"));
    }

    @Test
    void shouldRefuseAWrongAnswerTypeNamingTheItem() {
        List<String> fields = refused(r -> item(r, "pain.intensity").getAnswerFirstRep().setValue(new StringType("severe")));
        assertEquals(List.of("pain.intensity"), fields);
    }

    @Test
    void shouldNameABadIdempotencyKeyInTheSameOutcomeAsTheBadItems() {
        String clinicId = uniqueClinicId();
        QuestionnaireResponse response = IntakeResponsesTest.response(requestOf(runner(clinicId)));
        item(response, "pain.intensity").getAnswerFirstRep().setValue(new StringType("severe"));

        Api.Reply reply = postFhir(Fhir.toJson(response), Map.of("Idempotency-Key", "k".repeat(201)));

        assertEquals(400, reply.status(), reply::toString);
        List<String> fields = new ArrayList<>();
        reply.json().get("issue").forEach(e -> fields.add(e.get("diagnostics").asText().split(": ", 2)[0]));
        assertEquals(List.of("Idempotency-Key", "pain.intensity"), fields, reply::body);
        assertEquals(0, Db.count("select count(*) from patient where clinic_id = ?", clinicId));
    }

    @Test
    void shouldRefuseAMissingRequiredItemNamingIt() {
        List<String> fields = refused(r -> item(r, "pain").getItem().removeIf(i -> i.getLinkId().equals("pain.side")));
        assertEquals(List.of("pain.side"), fields);
    }

    @Test
    void shouldRefuseAnAnswerOutOfRangeNamingTheItem() {
        List<String> fields = refused(r -> item(r, "pain.intensity").getAnswerFirstRep().setValue(new IntegerType(11)));
        assertEquals(List.of("pain.intensity"), fields);
    }

    @Test
    void shouldRefuseAResourceThatIsNotAQuestionnaireResponse() {
        Api.Reply reply = postFhir("{\"resourceType\": \"Patient\", \"id\": \"x\"}", Map.of());
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith(Fhir.MEDIA_TYPE), reply.contentType());
        assertEquals("OperationOutcome", reply.json().get("resourceType").asText());
    }

    @Test
    void shouldAnswer404NamingTheResourceForAnUnknownIntakeOrAnIdThatIsNone() {
        assertEquals(404, api().get("api/fhir/QuestionnaireResponse/7d0f4a0e-0000-4000-8000-000000000000").status());
        Api.Reply response = api().get("api/fhir/QuestionnaireResponse/not-an-id");
        assertEquals(404, response.status(), response::toString);
        assertTrue(response.contentType().startsWith(Fhir.MEDIA_TYPE), response.contentType());
        assertEquals("No QuestionnaireResponse with id not-an-id", response.json().get("issue").get(0).get("diagnostics").asText());
        Api.Reply consent = api().get("api/fhir/Consent/not-an-id");
        assertEquals(404, consent.status(), consent::toString);
        assertEquals("No Consent with id not-an-id", consent.json().get("issue").get(0).get("diagnostics").asText());
    }

    /** Changes a valid response and checks it is refused with a 400 OperationOutcome and nothing stored; returns the fields. */
    private List<String> refused(Consumer<QuestionnaireResponse> change) {
        String clinicId = uniqueClinicId();
        QuestionnaireResponse response = IntakeResponsesTest.response(requestOf(runner(clinicId)));
        change.accept(response);
        Api.Reply reply = postFhir(Fhir.toJson(response), Map.of());
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith(Fhir.MEDIA_TYPE), reply.contentType());
        List<String> fields = new ArrayList<>();
        // One issue per bad item: "link id: message".
        reply.json().get("issue").forEach(e -> fields.add(e.get("diagnostics").asText().split(": ", 2)[0]));
        assertEquals(0, Db.count("select count(*) from patient where clinic_id = ?", clinicId));
        return fields;
    }

    @Test
    void shouldExportAGivenConsentAsAValidFhirConsentAndAuditEveryRead() {
        String clinicId = uniqueClinicId();
        long notice = Db.count("select coalesce(max(version), 0) from clinic_settings");
        String id = submitJson(complete(clinicId, b -> b.putObject("consent").put("signedName", "Αλεξάνδρα O’Neill-Müller")
                .put("noticeVersion", notice).put("language", "es")));

        Api.Reply read = api().get("api/fhir/Consent/" + id);
        assertEquals(200, read.status(), read::toString);
        assertTrue(read.contentType().startsWith(Fhir.MEDIA_TYPE), read.contentType());
        var messages = new FhirValidation(questionnaire()).errors(read.body());
        assertTrue(messages.isEmpty(), () -> FhirValidation.describe(messages));
        Consent consent = Fhir.context().newJsonParser().parseResource(Consent.class, read.body());
        assertEquals(Consent.ConsentState.ACTIVE, consent.getStatus());
        assertEquals("patient-privacy", consent.getScope().getCodingFirstRep().getCode());
        assertEquals("Patient/" + clinicId, consent.getPatient().getReference());
        assertEquals(ConsentResources.NOTICE_BASE + notice + "/es", consent.getPolicyFirstRep().getUri());
        assertEquals("Αλεξάνδρα O’Neill-Müller", consent.getPerformerFirstRep().getDisplay());
        assertEquals("QuestionnaireResponse/" + id, consent.getSourceReference().getReference());
        assertEquals("api", consent.getMeta().getTagFirstRep().getCode());

        Api.Reply search = api().get("api/fhir/Consent?patient=Patient/" + clinicId);
        assertEquals(200, search.status(), search::toString);
        Bundle bundle = Fhir.context().newJsonParser().parseResource(Bundle.class, search.body());
        assertEquals(1, bundle.getTotal());
        assertEquals(id, bundle.getEntryFirstRep().getResource().getIdElement().getIdPart());
        var bundleMessages = new FhirValidation(questionnaire()).errors(bundle);
        assertTrue(bundleMessages.isEmpty(), () -> FhirValidation.describe(bundleMessages));

        assertEquals(1, Db.count("select count(*) from audit_event where action = 'fhir.consent.read'"
                + " and intake_id = ?::uuid and clinic_id = ? and status = 200", id, clinicId));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'fhir.consent.search'"
                + " and clinic_id = ? and status = 200", clinicId));
    }

    @Test
    void shouldServeNoConsentWhenTheIntakeWasStoredWithoutOne() {
        String clinicId = uniqueClinicId();
        String id = submitJson(runner(clinicId));

        Api.Reply read = api().get("api/fhir/Consent/" + id);
        assertEquals(404, read.status(), read::toString);
        assertEquals("OperationOutcome", read.json().get("resourceType").asText(), read::toString);
        Api.Reply search = api().get("api/fhir/Consent?patient.identifier=" + Fhir.CLINIC_ID_SYSTEM + "%7C" + clinicId);
        assertEquals(200, search.status(), search::toString);
        assertEquals(0, Fhir.context().newJsonParser().parseResource(Bundle.class, search.body()).getTotal());
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'fhir.consent.read'"
                + " and intake_id = ?::uuid and clinic_id = ? and status = 404", id, clinicId));
        assertEquals(403, TestUsers.frontDesk(new Api(base)).get("api/fhir/Consent/" + id).status());
    }

    private static clinic.stride.intake.IntakeRequest requestOf(ObjectNode body) {
        try {
            return Json.mapper().treeToValue(body, clinic.stride.intake.IntakeRequest.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static QuestionnaireResponseItemComponent item(QuestionnaireResponse response, String linkId) {
        return IntakeResponsesTest.item(response, linkId);
    }
}
