package clinic.stride.intake;

import clinic.stride.audit.AuditSubject;
import clinic.stride.audit.Audited;
import clinic.stride.patient.LikelyDuplicate;
import clinic.stride.platform.ApiExamples;
import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.Problem;
import clinic.stride.platform.QueryParams;
import clinic.stride.vocabulary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The intake API: submit, read, list, amend. Thin: parsing and status codes only. Front desk and clinicians
 * may submit; only clinicians read, list and amend (the front desk's list is {@link WorklistResource},
 * without clinical fields). Every call leaves one audit row.
 *
 * <p>Submitted and corrected intakes are validated field by field by {@link IntakeSubmissions}, whichever way they
 * come in, so the bodies here are not marked {@code @Valid}: Jersey would validate every field a second time.
 */
@ApplicationScoped
@Path("intakes")
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    @Inject
    IntakeService intakes;

    @Inject
    IntakeSubmissions submissions;

    @Inject
    AuditSubject audit;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    /**
     * What POST returns: the new intake's id, whether this was a replay of an earlier request, and warnings that
     * never refuse it: patients who may be the same person, the patient's other intakes for the same visit day.
     */
    public record Created(UUID id, boolean replayed, List<LikelyDuplicate> likelyDuplicates, List<UUID> sameVisitDay) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.CLINICIAN})
    @Audited("intake.create")
    @Operation(summary = "Submit an intake", description = "Registers the patient on their first visit and stores the "
            + "answers as version 1. A repeated Idempotency-Key with the same body returns the first intake. Every "
            + "redFlags answer and factors.pregnant is optional: absent means not asked (shown as \"not asked\"). "
            + "The red-flag screen: bladderBowelLoss, urinaryRetention, saddleNumbness (numbness around the bottom, "
            + "genitals or inner thighs), bothLegs (numbness, tingling or weakness in both legs), "
            + "numbnessTinglingWeakness, numbnessOrWeaknessWorsening (new or getting worse), swellingRedness, fever, "
            + "recentFallOrInjury, cannotBearWeight, cancerHistory, unexplainedWeightLoss, immunosuppressed (long-term "
            + "steroids, chemotherapy, transplant or HIV medicines), severeOrWorsening, notImprovingWithRest, "
            + "interferesWithDailyActivities. factors.pregnant: pregnant now or gave birth in the last 6 months, asked "
            + "when sex is not male (true with sex male is a 400). The answer warns, never refuses: likelyDuplicates "
            + "lists registered patients who may be the same person (same birth date and a similar name, or the same "
            + "phone or email; decided at /front-desk/duplicates or POST /api/patients/{clinicId}/duplicates), "
            + "sameVisitDay the patient's other intakes for the same visit date.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IntakeRequest.class),
            examples = @ExampleObject(name = "intake", summary = "The README's example intake", value = ApiExamples.INTAKE)))
    @APIResponse(responseCode = "201", description = "Created; Location is /api/intakes/{id}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class), example = ApiExamples.CREATED))
    @APIResponse(responseCode = "400", description = "Invalid fields, one error per field, a bad Idempotency-Key among them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.PROBLEM))
    @APIResponse(responseCode = "409", description = "The clinic id belongs to a patient with other details")
    @APIResponse(responseCode = "413", description = "Body over 256 KiB")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response submit(@NotNull(message = "send the intake as a JSON body") IntakeRequest request,
                           @Parameter(description = "1 to 200 characters; a retry with the same key never creates a second intake")
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        // A bad key is refused by the submission with the answers' refusals, or added to this method's 400 by
        // IdempotencyKeys.InSameAnswer when the body is refused first.
        // Null when the body has no patient: the submission refuses it with every other bad field.
        audit.patient(request.patient() == null ? null : request.patient().clinicId());
        IntakeSubmissions.Submission submission = submissions.submit(request, idempotencyKey, user(), "api");
        audit.intake(submission.intakeId());
        audit.disclosed(submission.likelyDuplicates().stream().map(LikelyDuplicate::clinicId).toList());
        return Response.created(uri.getBaseUriBuilder().path("intakes").path(submission.intakeId().toString()).build())
                .header("Idempotent-Replayed", submission.replayed() ? "true" : null)
                .entity(new Created(submission.intakeId(), submission.replayed(), submission.likelyDuplicates(),
                        submission.sameVisitDay()))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("intake.read")
    @Operation(summary = "Read an intake", description = "The version in force, derived values (BMI, age at visit) and the list of versions.")
    @APIResponse(responseCode = "200", description = "The intake")
    @APIResponse(responseCode = "404", description = "No such intake")
    public IntakeView get(@PathParam("id") String id) {
        return intakes.get(parseId(id));
    }

    @GET
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("intake.list")
    @Operation(summary = "List intakes", description = "Newest first, keyset pagination: pass 'next' as 'after' for the following page.")
    @APIResponse(responseCode = "200", description = "One page of intakes")
    @APIResponse(responseCode = "400", description = "A filter that is not a date, a number or a cursor")
    public IntakePage list(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("clinicId") String clinicId, @QueryParam("limit") String limit,
                           @QueryParam("after") String after) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate fromDate = QueryParams.date("from", from, errors);
        LocalDate toDate = QueryParams.date("to", to, errors);
        int size = IntakeFilter.DEFAULT_LIMIT;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit);
                if (size < 1 || size > IntakeFilter.MAX_LIMIT) {
                    errors.add(new Problem.FieldError("limit", "must be between 1 and " + IntakeFilter.MAX_LIMIT));
                }
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError("limit", "must be a whole number"));
            }
        }
        IntakePage.Cursor cursor = null;
        if (after != null) {
            try {
                cursor = IntakePage.Cursor.decode(after);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.add(new Problem.FieldError("after", "is not a cursor from an earlier page"));
            }
        }
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new Problem.FieldError("to", "must not be before 'from'"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        audit.patient(QueryParams.blankToNull(clinicId));
        IntakePage page = intakes.list(new IntakeFilter(fromDate, toDate, QueryParams.blankToNull(clinicId), size, cursor));
        audit.disclosed(page.items().stream().map(IntakeSummary::clinicId).toList());
        return page;
    }

    @POST
    @Path("{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("intake.amend")
    @Operation(summary = "Amend an intake", description = "Stores corrected answers as a new version; earlier versions stay readable.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AmendmentRequest.class),
            examples = @ExampleObject(name = "amendment", value = ApiExamples.AMENDMENT)))
    @APIResponse(responseCode = "201", description = "The amended intake; Location is the new version",
            content = @Content(schema = @Schema(implementation = IntakeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.PROBLEM))
    @APIResponse(responseCode = "404", description = "No such intake")
    public Response amend(@PathParam("id") String id,
                          @NotNull(message = "send the corrected intake as a JSON body") AmendmentRequest request) {
        IntakeView amended = submissions.amend(parseId(id), request, user());
        return Response.created(uri.getBaseUriBuilder().path("intakes").path(id)
                        .path("versions").path(String.valueOf(amended.version())).build())
                .entity(amended).build();
    }

    @GET
    @Path("{id}/versions/{version}")
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("intake.version.read")
    @Operation(summary = "Read one version of an intake's answers", description = "Exactly as stored.")
    @APIResponse(responseCode = "200", description = "The answers of that version")
    @APIResponse(responseCode = "404", description = "No such intake or version")
    public IntakeAnswers version(@PathParam("id") String id, @PathParam("version") int version) {
        return intakes.answers(parseId(id), version);
    }

    private String user() {
        return security != null && security.getUserPrincipal() != null ? security.getUserPrincipal().getName() : "anonymous";
    }

    /** An intake id from a path; a text that is no UUID is answered 404 like an id that does not exist. */
    public static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            // Not one of ours: as unknown as a well-formed id that does not exist.
            throw new IntakeNotFound(id);
        }
    }
}
