package clinic.stride.fhir;

import clinic.stride.audit.Audited;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;

/**
 * {@code GET /api/fhir/metadata}: the CapabilityStatement, where a FHIR client (HAPI's generic client, a SMART
 * app) starts. It lists exactly what {@link FhirResource}, {@link FhirPatients} and {@link FhirConsents} answer.
 */
@ApplicationScoped
@Path("fhir/metadata")
public class FhirMetadata {

    private static final class Cached {
        static final String STATEMENT = Fhir.toJson(statement());
    }

    @GET
    @Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    // Open, as FHIR expects: it holds no patient data and a client reads it before it signs in.
    @PermitAll
    @Audited("fhir.metadata.read")
    @Operation(summary = "The FHIR server's CapabilityStatement", description = "FHIR R4 (4.0.1), JSON only; the "
            + "resources, interactions and search parameters Stride serves; HTTP Basic.")
    @APIResponse(responseCode = "200", description = "The CapabilityStatement",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(ref = "CapabilityStatement")))
    public Response metadata() {
        return FhirResource.fhir(Response.ok(), Cached.STATEMENT);
    }

    static CapabilityStatement statement() {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setId("stride");
        statement.setUrl(Fhir.BASE + "/CapabilityStatement/stride");
        statement.setName("StrideFhirServer");
        statement.setTitle("Stride FHIR R4 server");
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setExperimental(false);
        // The date the capabilities last changed, not today's: clients compare it.
        statement.setDate(java.sql.Date.valueOf("2026-12-04"));
        statement.setPublisher("Stride");
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName("Stride").setVersion(Fhir.QUESTIONNAIRE_VERSION);
        statement.getImplementation().setDescription("Stride clinic intake");
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat("json");
        statement.addFormat(Fhir.MEDIA_TYPE);
        statement.setText(Fhir.narrative("Stride serves its intake and follow-up Questionnaires, intakes and follow-ups as "
                + "QuestionnaireResponses (read, version read, search, create), patients (read, search by identifier) and the "
                + "consent given to each intake (read, search by patient), as JSON."));

        CapabilityStatementRestComponent rest = statement.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().setCors(false).setDescription("HTTP Basic with a Stride user name and password; "
                + "reading intakes and patients needs the clinician role.")
                .addService(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/restful-security-service",
                        "Basic", "Basic")));

        CapabilityStatementRestResourceComponent questionnaire = rest.addResource().setType("Questionnaire");
        questionnaire.addInteraction().setCode(TypeRestfulInteraction.READ)
                .setDocumentation("Questionnaire/stride-intake and Questionnaire/" + FollowUpQuestionnaire.ID);
        questionnaire.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);

        CapabilityStatementRestResourceComponent response = rest.addResource().setType("QuestionnaireResponse");
        response.addInteraction().setCode(TypeRestfulInteraction.READ);
        response.addInteraction().setCode(TypeRestfulInteraction.VREAD)
                .setDocumentation("_history/{n} is version n of the intake (each amendment is a version); a follow-up "
                        + "(id followup-{id}) is never changed and has version 1 only");
        response.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE)
                .setDocumentation("Needs a patient: subject, patient or patient.identifier; returns the patient's intakes "
                        + "and follow-ups");
        response.addInteraction().setCode(TypeRestfulInteraction.CREATE)
                .setDocumentation("A completed response to the Stride Questionnaire " + Fhir.questionnaireCanonical()
                        + " (an intake), or to " + FollowUpQuestionnaire.canonical() + " about subject Patient/{clinic id} "
                        + "(a follow-up of the patient's latest visit, screened for warning signs)");
        response.setVersioning(CapabilityStatement.ResourceVersionPolicy.VERSIONED);
        response.setReadHistory(true);
        response.addSearchParam().setName("subject").setType(Enumerations.SearchParamType.REFERENCE)
                .setDefinition("http://hl7.org/fhir/SearchParameter/QuestionnaireResponse-subject")
                .setDocumentation("Patient/{clinic id}");
        response.addSearchParam().setName("patient").setType(Enumerations.SearchParamType.REFERENCE)
                .setDefinition("http://hl7.org/fhir/SearchParameter/QuestionnaireResponse-patient")
                .setDocumentation("Patient/{clinic id}, or the clinic id alone");
        response.addSearchParam().setName("patient.identifier").setType(Enumerations.SearchParamType.TOKEN)
                .setDocumentation("Chained: " + Fhir.CLINIC_ID_SYSTEM + "|{clinic id}");
        response.addSearchParam().setName("authored").setType(Enumerations.SearchParamType.DATE)
                .setDefinition("http://hl7.org/fhir/SearchParameter/QuestionnaireResponse-authored")
                .setDocumentation("When the version in force was stored; prefixes eq, ge, gt, le, lt; may repeat");
        response.addSearchParam().setName("questionnaire").setType(Enumerations.SearchParamType.REFERENCE)
                .setDefinition("http://hl7.org/fhir/SearchParameter/QuestionnaireResponse-questionnaire")
                .setDocumentation(Fhir.QUESTIONNAIRE_URL + " or " + FollowUpQuestionnaire.URL
                        + ", with or without |version; several separated by commas");
        response.addSearchParam().setName("_count").setType(Enumerations.SearchParamType.NUMBER)
                .setDocumentation("Page size, 1 to " + ResponseSearch.MAX_COUNT + " (default " + ResponseSearch.DEFAULT_COUNT + ")");

        CapabilityStatementRestResourceComponent patient = rest.addResource().setType("Patient");
        patient.addInteraction().setCode(TypeRestfulInteraction.READ).setDocumentation("Patient/{clinic id}");
        patient.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        patient.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
        patient.addSearchParam().setName("identifier").setType(Enumerations.SearchParamType.TOKEN)
                .setDefinition("http://hl7.org/fhir/SearchParameter/Patient-identifier")
                .setDocumentation(Fhir.CLINIC_ID_SYSTEM + "|{clinic id}, or the clinic id alone");

        CapabilityStatementRestResourceComponent consent = rest.addResource().setType("Consent");
        consent.addInteraction().setCode(TypeRestfulInteraction.READ)
                .setDocumentation("Consent/{intake id}; an intake stored without consent has none (404)");
        consent.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE).setDocumentation("Needs a patient");
        consent.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
        consent.addSearchParam().setName("patient").setType(Enumerations.SearchParamType.REFERENCE)
                .setDefinition("http://hl7.org/fhir/SearchParameter/clinical-patient")
                .setDocumentation("Patient/{clinic id}, or the clinic id alone");
        consent.addSearchParam().setName("patient.identifier").setType(Enumerations.SearchParamType.TOKEN)
                .setDocumentation("Chained: " + Fhir.CLINIC_ID_SYSTEM + "|{clinic id}");
        return statement;
    }
}
