package clinic.stride;

import clinic.stride.assessment.AssessmentResource;
import clinic.stride.audit.AuditResource;
import clinic.stride.audit.AuditTrail;
import clinic.stride.duplicates.DuplicateMappers;
import clinic.stride.duplicates.DuplicateResource;
import clinic.stride.export.ExportResource;
import clinic.stride.fhir.FhirConsents;
import clinic.stride.fhir.FhirExchange;
import clinic.stride.followup.FollowUpLinkResource;
import clinic.stride.followup.FollowUpLinksResource;
import clinic.stride.followup.FollowUpMappers;
import clinic.stride.followup.IntakeFollowUpResource;
import clinic.stride.fhir.FhirMetadata;
import clinic.stride.fhir.FhirPatients;
import clinic.stride.fhir.FhirResource;
import clinic.stride.intake.IntakeMappers;
import clinic.stride.intake.IntakeResource;
import clinic.stride.intake.PatientIntakesResource;
import clinic.stride.intake.WorklistResource;
import clinic.stride.intakelink.IntakeLinkMappers;
import clinic.stride.intakelink.IntakeLinkResource;
import clinic.stride.intakelink.PatientIntakeLinkResource;
import clinic.stride.patient.PatientMappers;
import clinic.stride.patient.PatientResource;
import clinic.stride.platform.BodyLimit;
import clinic.stride.platform.IdempotencyKeys;
import clinic.stride.platform.JsonProvider;
import clinic.stride.platform.ProblemMappers;
import clinic.stride.platform.RequestTiming;
import clinic.stride.reports.ReportResources;
import clinic.stride.security.AccessControl;
import clinic.stride.security.SecurityMappers;
import clinic.stride.security.UserResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API under /api. Resources and providers are listed here rather than scanned, so that no
 * provider from a library jar (Jackson ships its own exception mappers) decides what an error looks like.
 * Resources are {@code @ApplicationScoped}: one instance each instead of one built and injected per request; their
 * {@code @Context} fields are Jersey's proxies to the current request, and they keep no other state.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Stride API", version = "1",
        description = "Intakes of patients whose hips or lower back hurt when they walk or run: JSON API, FHIR R4 "
                + "Questionnaire/QuestionnaireResponse and a de-identified CSV export. Errors are RFC 9457 problem+json."))
public class StrideApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                IntakeResource.class,
                WorklistResource.class,
                PatientResource.class,
                PatientIntakesResource.class,
                DuplicateResource.class,
                AssessmentResource.class,
                ReportResources.Summary.class,
                ReportResources.HandoutDocument.class,
                ReportResources.HandoutPlanning.class,
                ReportResources.PlanInForce.class,
                PatientIntakeLinkResource.class,
                IntakeLinkResource.class,
                IntakeFollowUpResource.class,
                FollowUpLinksResource.class,
                FollowUpLinkResource.class,
                UserResource.class,
                AuditResource.class,
                AccessControl.class,
                AuditTrail.class,
                FhirResource.class,
                FhirMetadata.class,
                FhirPatients.class,
                FhirConsents.class,
                FhirExchange.class,
                ExportResource.class,
                JsonProvider.class,
                RequestTiming.class,
                BodyLimit.class,
                IdempotencyKeys.Binding.class,
                IntakeMappers.NotFound.class,
                IntakeMappers.KeyReused.class,
                PatientMappers.NotFound.class,
                PatientMappers.Conflict.class,
                DuplicateMappers.AlreadyDecided.class,
                IntakeLinkMappers.NotFound.class,
                FollowUpMappers.NotFound.class,
                FollowUpMappers.Gone.class,
                IntakeLinkMappers.Gone.class,
                IntakeLinkMappers.WrongPatient.class,
                SecurityMappers.Refused.class,
                ProblemMappers.Invalid.class,
                ProblemMappers.InvalidFields.class,
                ProblemMappers.MalformedJson.class,
                ProblemMappers.UnreadableJson.class,
                ProblemMappers.UnreadableStream.class,
                ProblemMappers.UndecodableBody.class,
                ProblemMappers.Http.class,
                ProblemMappers.TransactionFailed.class,
                ProblemMappers.Unexpected.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        // Jackson is the JSON provider: keep Payara's MOXy and JSON-B providers out of the way.
        // "jersey.config.jsonFeature" names the one JSON feature Jersey may auto-register; naming none of
        // its own (Jackson, MOXy, JSON-B) leaves JSON to JsonProvider alone.
        // No generated WADL at /api/application.wadl: the API is described once, by /openapi.
        return Map.of("jersey.config.jsonFeature", "StrideJsonProvider",
                "jersey.config.disableJsonBinding", true,
                "jersey.config.server.disableMoxyJson", true,
                "jersey.config.beanValidation.enableOutputValidationErrorEntity.server", false,
                "jersey.config.server.wadl.disableWadl", true);
    }
}
