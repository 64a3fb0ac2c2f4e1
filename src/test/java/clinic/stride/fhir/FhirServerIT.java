package clinic.stride.fhir;

import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.FhirValidation;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

/**
 * Stride as a FHIR server seen by a real FHIR client, HAPI's generic client: discovery through the
 * CapabilityStatement, a patient's responses by search with paging, a version read, the Patient; every
 * resource it gets validated with HAPI's validator; errors as OperationOutcomes.
 */
class FhirServerIT extends StrideIT {



    Api api() {
        return TestUsers.clinician(new Api(base));
    }

    IGenericClient client() {
        var context = Fhir.context();
        // ONCE (the default): the client reads /metadata before its first request and checks the FHIR version.
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.ONCE);
        IGenericClient client = context.newRestfulGenericClient(base.toString().replaceAll("/$", "") + "/api/fhir");
        client.registerInterceptor(new BasicAuthInterceptor(DemoUsers.CLINICIAN.username(), DemoUsers.CLINICIAN.password()));
        return client;
    }

    FhirValidation validation() {
        Api.Reply reply = new Api(base).get("api/fhir/Questionnaire/stride-intake");
        return new FhirValidation(Fhir.context().newJsonParser().parseResource(Questionnaire.class, reply.body()));
    }

    /** Two visits of one patient; the first amended once (pain 6 → 3), so it has versions 1 and 2. */
    record Patient2(String clinicId, String amended, String single) {
    }

    Patient2 patientWithTwoVisits() {
        String clinicId = uniqueClinicId();
        ObjectNode first = complete(clinicId, b -> b.put("visitDate", "2026-10-01"));
        Api.Reply one = api().postJson("api/intakes", json(first));
        assertEquals(201, one.status(), one::toString);
        String amended = one.json().get("id").asText();
        ObjectNode correction = complete(clinicId, b -> {
            b.put("visitDate", "2026-10-01");
            at(b, "pain").put("intensity", 3);
        });
        correction.remove("patient");
        correction.put("reason", "Pain score corrected at the desk");
        Api.Reply amendment = api().postJson("api/intakes/" + amended + "/amendments", json(correction));
        assertEquals(201, amendment.status(), amendment::toString);
        Api.Reply two = api().postJson("api/intakes", json(complete(clinicId, b -> b.put("visitDate", "2026-11-02"))));
        assertEquals(201, two.status(), two::toString);
        return new Patient2(clinicId, amended, two.json().get("id").asText());
    }

    @Test
    void shouldDiscoverSearchPageAndReadVersionsWithHapisGenericClient() {
        Patient2 patient = patientWithTwoVisits();
        IGenericClient client = client();
        FhirValidation validation = validation();

        CapabilityStatement capabilities = client.capabilities().ofType(CapabilityStatement.class).execute();
        assertEquals("4.0.1", capabilities.getFhirVersion().toCode());
        Set<String> types = capabilities.getRestFirstRep().getResource().stream()
                .map(CapabilityStatement.CapabilityStatementRestResourceComponent::getType).collect(Collectors.toSet());
        assertEquals(Set.of("Questionnaire", "QuestionnaireResponse", "Patient", "Consent"), types);
        assertEquals(0, validation.errors(capabilities).size(), FhirValidation.describe(validation.errors(capabilities)));

        Bundle firstPage = client.search().forResource(QuestionnaireResponse.class)
                .where(QuestionnaireResponse.SUBJECT.hasId("Patient/" + patient.clinicId()))
                .count(1).returnBundle(Bundle.class).execute();
        assertEquals(Bundle.BundleType.SEARCHSET, firstPage.getType());
        assertEquals(2, firstPage.getTotal());
        assertEquals(1, firstPage.getEntry().size());
        assertEquals(0, validation.errors(firstPage).size(), FhirValidation.describe(validation.errors(firstPage)));
        assertNotNull(firstPage.getLink(Bundle.LINK_NEXT), "a next link to the second page");
        Bundle secondPage = client.loadPage().next(firstPage).execute();
        assertEquals(1, secondPage.getEntry().size());
        assertNull(secondPage.getLink(Bundle.LINK_NEXT));
        Set<String> found = Set.of(firstPage.getEntryFirstRep().getResource().getIdElement().getIdPart(),
                secondPage.getEntryFirstRep().getResource().getIdElement().getIdPart());
        assertEquals(Set.of(patient.amended(), patient.single()), found);

        QuestionnaireResponse original = client.read().resource(QuestionnaireResponse.class)
                .withIdAndVersion(patient.amended(), "1").execute();
        QuestionnaireResponse corrected = client.read().resource(QuestionnaireResponse.class)
                .withIdAndVersion(patient.amended(), "2").execute();
        assertEquals(6, IntakeResponsesTest.item(original, "pain.intensity").getAnswerFirstRep().getValueIntegerType().getValue());
        assertEquals(3, IntakeResponsesTest.item(corrected, "pain.intensity").getAnswerFirstRep().getValueIntegerType().getValue());
        assertEquals("1", original.getMeta().getVersionId());
        assertEquals("2", corrected.getMeta().getVersionId());
        assertEquals(0, validation.errors(original).size(), FhirValidation.describe(validation.errors(original)));

        Patient read = client.read().resource(Patient.class).withId(patient.clinicId()).execute();
        assertEquals(patient.clinicId(), read.getIdentifierFirstRep().getValue());
        assertEquals(0, validation.errors(read).size(), FhirValidation.describe(validation.errors(read)));
        Bundle byIdentifier = client.search().forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndCode(Fhir.CLINIC_ID_SYSTEM, patient.clinicId()))
                .returnBundle(Bundle.class).execute();
        assertEquals(1, byIdentifier.getTotal());
    }

    @Test
    void shouldServeAValidPatientIdAndReadItBackWhenTheClinicIdHasAnUnderscore() {
        String clinicId = "HC_" + uniqueClinicId().replace('-', '_');
        Api.Reply created = api().postJson("api/intakes", json(complete(clinicId)));
        assertEquals(201, created.status(), created::toString);
        IGenericClient client = client();
        FhirValidation validation = validation();

        Bundle byIdentifier = client.search().forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndCode(Fhir.CLINIC_ID_SYSTEM, clinicId))
                .returnBundle(Bundle.class).execute();
        assertEquals(1, byIdentifier.getTotal());
        Patient found = (Patient) byIdentifier.getEntryFirstRep().getResource();
        String id = found.getIdElement().getIdPart();
        assertTrue(id.matches("[A-Za-z0-9\\-\\.]{1,64}"), id);
        assertEquals(0, validation.errors(byIdentifier).size(), FhirValidation.describe(validation.errors(byIdentifier)));

        Patient read = client.read().resource(Patient.class).withId(id).execute();
        assertEquals(clinicId, read.getIdentifierFirstRep().getValue());
        assertEquals(id, read.getIdElement().getIdPart());
        Bundle responses = client.search().forResource(QuestionnaireResponse.class)
                .where(QuestionnaireResponse.SUBJECT.hasId("Patient/" + id)).returnBundle(Bundle.class).execute();
        assertEquals(1, responses.getTotal(), "the id found the patient's intake too");
    }

    @Test
    void shouldStoreTheSameAnswersWhenAnExportedResponseIsSentBackForAPatientWhoDoesNotRun() {
        String clinicId = uniqueClinicId();
        Api.Reply created = api().postJson("api/intakes", json(complete(clinicId, b -> at(b, "factors.activity")
                .put("runningKmPerWeek", 0).put("downhill", true).put("speedWork", false))));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().get("id").asText();
        Api.Reply exported = api().get("api/fhir/QuestionnaireResponse/" + id);
        assertEquals(200, exported.status(), exported::toString);

        Api.Reply imported = FhirApiIT.postFhir(api(), exported.body(), Map.of());
        assertEquals(201, imported.status(), imported::toString);
        String back = imported.header("Location").replaceAll(".*/", "");
        JsonNode first = api().get("api/intakes/" + id).json();
        JsonNode second = api().get("api/intakes/" + back).json();
        assertEquals(first.at("/factors"), second.at("/factors"));
        assertEquals(first.at("/pain"), second.at("/pain"));
        assertEquals(first.at("/redFlags"), second.at("/redFlags"));
        assertTrue(second.at("/factors/activity/downhill").asBoolean());
        assertEquals("false", second.at("/factors/activity/speedWork").asText());
    }

    @Test
    void shouldFilterASearchByAuthoredAndQuestionnaire() {
        Patient2 patient = patientWithTwoVisits();
        String subject = "api/fhir/QuestionnaireResponse?subject=Patient/" + patient.clinicId();
        assertEquals(2, api().get(subject + "&authored=ge2026-01-01&questionnaire=" + Fhir.questionnaireCanonical().replace("|", "%7C"))
                .json().get("total").asInt());
        assertEquals(0, api().get(subject + "&authored=lt2026-01-01").json().get("total").asInt());
        assertEquals(0, api().get(subject + "&questionnaire=https://example.org/other").json().get("total").asInt());
    }

    @Test
    void shouldAnswerEveryFhirErrorWithAnOperationOutcome() {
        FhirValidation validation = validation();
        Map<String, Api.Reply> replies = Map.of(
                "unknown intake", api().get("api/fhir/QuestionnaireResponse/7d0f4a0e-0000-4000-8000-000000000000"),
                "unknown version", api().get("api/fhir/QuestionnaireResponse/7d0f4a0e-0000-4000-8000-000000000000/_history/9"),
                "unknown path", api().get("api/fhir/Observation/1"),
                "not signed in", new Api(base).get("api/fhir/QuestionnaireResponse/7d0f4a0e-0000-4000-8000-000000000000"),
                "wrong password", new Api(base).as(DemoUsers.CLINICIAN.username(), "not-the-password")
                        .get("api/fhir/Patient/C-1"),
                "search without a patient", api().get("api/fhir/QuestionnaireResponse"),
                "XML asked for", api().get("api/fhir/metadata?_format=xml"));
        replies.forEach((what, reply) -> {
            assertTrue(reply.status() >= 400, () -> what + ": " + reply);
            assertTrue(reply.contentType().startsWith(Fhir.MEDIA_TYPE), () -> what + ": " + reply.contentType());
            OperationOutcome outcome = Fhir.context().newJsonParser().parseResource(OperationOutcome.class, reply.body());
            assertEquals(OperationOutcome.IssueSeverity.ERROR, outcome.getIssueFirstRep().getSeverity(), what);
            assertEquals(0, validation.errors(outcome).size(), () -> what + ": " + FhirValidation.describe(validation.errors(outcome)));
        });
        assertEquals(406, replies.get("XML asked for").status());
        assertEquals(401, replies.get("wrong password").status());
        assertEquals(200, api().get("api/fhir/metadata?_format=json").status());
    }

    @Test
    void shouldTakeAResponseToVersionOneZeroWhoseQuestionsTheQuestionnaireStillAsks() {
        String clinicId = uniqueClinicId();
        String body = clinic.stride.platform.ApiExamples.QUESTIONNAIRE_RESPONSE.replace("C-1001", clinicId)
                .replace(Fhir.questionnaireCanonical(), Fhir.QUESTIONNAIRE_URL + "|1.0.0");
        assertTrue(body.contains("stride-intake|1.0.0"), body);
        Api.Reply reply = FhirApiIT.postFhir(api(), body, Map.of());
        assertEquals(201, reply.status(), reply::toString);
        assertEquals(1, clinic.stride.testsupport.Db.count("select count(*) from patient where clinic_id = ?", clinicId));
    }

    @Test
    void shouldRefuseAResponseToAnotherVersionOfTheQuestionnaire() {
        String clinicId = uniqueClinicId();
        String body = clinic.stride.platform.ApiExamples.QUESTIONNAIRE_RESPONSE.replace("C-1001", clinicId)
                .replace(Fhir.questionnaireCanonical(), Fhir.QUESTIONNAIRE_URL + "|0.9.0");
        Api.Reply reply = FhirApiIT.postFhir(api(), body, Map.of());
        assertEquals(400, reply.status(), reply::toString);
        JsonNode issue = reply.json().get("issue").get(0);
        assertTrue(issue.get("diagnostics").asText().startsWith("questionnaire: answers version 0.9.0"), reply::body);
        assertEquals(0, clinic.stride.testsupport.Db.count("select count(*) from patient where clinic_id = ?", clinicId));
    }
}
