package clinic.stride.fhir;

import clinic.stride.audit.AuditSubject;
import clinic.stride.audit.Audited;
import clinic.stride.patient.PatientDetails;
import clinic.stride.patient.PatientNotFound;
import clinic.stride.patient.PatientRegistry;
import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.Problem;
import clinic.stride.vocabulary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;

/**
 * {@code /api/fhir/Patient}: registered patients as FHIR Patients, their id the clinic id (so the subject of a
 * QuestionnaireResponse search, {@code Patient/C-1001}, reads back here), encoded by {@link PatientIds} when the
 * clinic id has a character a FHIR id cannot hold. Clinicians only, like intakes.
 */
@ApplicationScoped
@Path("fhir/Patient")
@Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class FhirPatients {

    @Inject
    PatientRegistry patients;

    @Inject
    AuditSubject audit;

    @Context
    UriInfo uri;

    @GET
    @Path("{clinicId}")
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("fhir.patient.read")
    @Operation(summary = "A patient as a FHIR R4 Patient", description = "The id is the clinic id; identifier "
            + Fhir.CLINIC_ID_SYSTEM + ".")
    @APIResponse(responseCode = "200", description = "The Patient",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(ref = "Patient")))
    @APIResponse(responseCode = "404", description = "No such patient")
    public Response read(@PathParam("clinicId") String id) {
        String clinicId = PatientIds.clinicIdOf(id);
        PatientDetails details = (clinicId == null ? Optional.<PatientDetails>empty() : find(clinicId))
                .orElseThrow(() -> new PatientNotFound(id, "No Patient with id " + id));
        audit.patient(details.clinicId());
        return FhirResource.fhir(Response.ok(), Fhir.toJson(patient(details)));
    }

    @GET
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("fhir.patient.search")
    @Operation(summary = "Find a patient by identifier", description = "identifier=" + Fhir.CLINIC_ID_SYSTEM
            + "|{clinic id} (or the clinic id alone): a searchset Bundle with the patient, or none.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(ref = "Bundle")))
    public Response search(@Parameter(description = "system|value or value", required = true)
                           @QueryParam("identifier") String identifier) {
        if (identifier == null || identifier.isBlank()) {
            throw new InvalidInput(List.of(new Problem.FieldError("identifier",
                    "search patients by identifier=" + Fhir.CLINIC_ID_SYSTEM + "|{clinic id}")));
        }
        String clinicId = clinicIdOf(identifier);
        Optional<PatientDetails> found = clinicId == null ? Optional.empty() : find(clinicId);
        found.ifPresent(details -> audit.patient(details.clinicId()));
        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.getMeta().setLastUpdated(new Date());
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(found.isPresent() ? 1 : 0);
        String base = uri.getBaseUriBuilder().path("fhir").build().toString();
        bundle.addLink().setRelation("self").setUrl(uri.getRequestUri().toString());
        found.ifPresent(details -> bundle.addEntry().setFullUrl(base + "/Patient/" + PatientIds.of(details.clinicId()))
                .setResource(patient(details)).getSearch().setMode(Bundle.SearchEntryMode.MATCH));
        return FhirResource.fhir(Response.ok(), Fhir.toJson(bundle));
    }

    private Optional<PatientDetails> find(String clinicId) {
        return patients.find(clinicId).map(clinic.stride.patient.Patient::details);
    }

    /** The Patient resource: the contained subject of a QuestionnaireResponse, with the clinic id as its id. */
    static Patient patient(PatientDetails details) {
        Patient patient = IntakeResponses.patient(details);
        patient.setId(PatientIds.of(details.clinicId()));
        return patient;
    }

    /** {@code system|value} of the clinic-id system, {@code |value} or a bare value; null for another system. */
    static String clinicIdOf(String token) {
        int bar = token.indexOf('|');
        if (bar < 0) {
            return token.isBlank() ? null : token;
        }
        String system = token.substring(0, bar);
        String value = token.substring(bar + 1);
        return (system.isEmpty() || system.equals(Fhir.CLINIC_ID_SYSTEM)) && !value.isBlank() ? value : null;
    }
}
