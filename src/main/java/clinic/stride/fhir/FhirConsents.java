package clinic.stride.fhir;

import clinic.stride.audit.AuditSubject;
import clinic.stride.audit.Audited;
import clinic.stride.consent.ConsentRecord;
import clinic.stride.consent.Consents;
import clinic.stride.intake.IntakeService;
import clinic.stride.intake.IntakeSummary;
import clinic.stride.intake.IntakeView;
import clinic.stride.intake.PatientHistory;
import clinic.stride.platform.DomainProblem;
import clinic.stride.platform.Problem;
import clinic.stride.vocabulary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.hl7.fhir.r4.model.Bundle;

/**
 * {@code /api/fhir/Consent}: the consent given to an intake as a FHIR R4 Consent ({@link ConsentResources}), its id
 * the intake's, read alone or searched by patient. An intake stored without consent has no Consent: its read is a
 * 404, a search leaves it out. Clinicians only, like the intakes; every read and search leaves an audit row.
 */
@ApplicationScoped
@Path("fhir/Consent")
@Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class FhirConsents {

    static final Set<String> PARAMETERS = Set.of("patient", "patient.identifier", "_format");

    @Inject
    IntakeService intakes;

    @Inject
    Consents consents;

    @Inject
    AuditSubject audit;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("fhir.consent.read")
    @Operation(summary = "An intake's consent as a FHIR R4 Consent", description = "The id is the intake's id. Status "
            + "active, scope patient-privacy, the notice version and language in policy.uri ("
            + ConsentResources.NOTICE_BASE + "{version}/{language}), the typed name as the performer's display, "
            + "source the intake's QuestionnaireResponse, the device path as a meta tag (" + ConsentResources.DEVICE_PATH_SYSTEM
            + "). 404 when the intake was stored without consent.")
    @APIResponse(responseCode = "200", description = "The Consent",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(ref = "Consent")))
    @APIResponse(responseCode = "404", description = "No such intake, or no consent recorded for it")
    public Response read(@PathParam("id") String id) {
        IntakeView intake = intakes.get(FhirResource.parseId(id, "Consent"));
        audit.patient(intake.patient().clinicId()).intake(intake.id());
        ConsentRecord consent = consents.of(intake.id()).orElseThrow(() -> new DomainProblem(
                Problem.of(Response.Status.NOT_FOUND, "Intake " + id + " was stored without consent: no Consent recorded")));
        return FhirResource.fhir(Response.ok(), Fhir.toJson(ConsentResources.toConsent(intake.id(), intake.patient().clinicId(), consent)));
    }

    @GET
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("fhir.consent.search")
    @Operation(summary = "Search a patient's consents", description = "patient=Patient/{clinic id} (or the clinic id "
            + "alone, or patient.identifier=" + Fhir.CLINIC_ID_SYSTEM + "|{clinic id}): a searchset Bundle of the "
            + "Consents given to the patient's intakes, newest visit first; intakes stored without consent have none.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(ref = "Bundle")))
    @APIResponse(responseCode = "400", description = "No patient given, or an unsupported parameter")
    @APIResponse(responseCode = "404", description = "No such patient")
    @Parameter(name = "patient", in = ParameterIn.QUERY, description = "Patient/{clinic id}")
    @Parameter(name = "patient.identifier", in = ParameterIn.QUERY, description = Fhir.CLINIC_ID_SYSTEM + "|{clinic id}")
    public Response search() {
        String clinicId = ResponseSearch.clinicIdOf(uri.getQueryParameters(), PARAMETERS, "patient, patient.identifier");
        audit.patient(clinicId);
        PatientHistory history = intakes.history(clinicId);
        String base = uri.getBaseUriBuilder().path("fhir").build().toString();
        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.getMeta().setLastUpdated(new Date());
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.addLink().setRelation("self").setUrl(uri.getRequestUri().toString());
        for (IntakeSummary intake : history.intakes()) {
            consents.of(intake.id()).ifPresent(consent -> bundle.addEntry().setFullUrl(base + "/Consent/" + intake.id())
                    .setResource(ConsentResources.toConsent(intake.id(), history.patient().clinicId(), consent))
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH));
        }
        bundle.setTotal(bundle.getEntry().size());
        return FhirResource.fhir(Response.ok(), Fhir.toJson(bundle));
    }
}
