package clinic.stride.fhir;

import clinic.stride.audit.AuditSubject;
import clinic.stride.audit.Audited;
import clinic.stride.intake.IntakeRequest;
import clinic.stride.intake.IntakeService;
import clinic.stride.intake.IntakeSubmissions;
import clinic.stride.intake.IntakeView;
import clinic.stride.platform.ApiExamples;
import clinic.stride.platform.DomainProblem;
import clinic.stride.platform.IdempotencyKeys;
import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.Problem;
import clinic.stride.vocabulary.Roles;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * FHIR R4 endpoints under /api/fhir. Bodies are written and read with HAPI's parser as plain text, so the
 * API's Jackson provider never sees a FHIR resource; errors are OperationOutcomes ({@link FhirExchange}), one
 * issue per bad item, named by its link id.
 */
@ApplicationScoped
@Path("fhir")
public class FhirResource {

    static final String CONTENT_TYPE = Fhir.MEDIA_TYPE + ";charset=UTF-8";

    /** The questionnaire never changes while Stride runs: encode it once. */
    private static final class Cached {
        static final String QUESTIONNAIRE = Fhir.toJson(IntakeQuestionnaire.build());
        static final String FOLLOW_UP_QUESTIONNAIRE = Fhir.toJson(FollowUpQuestionnaire.build());
    }

    @Inject
    IntakeService intakes;

    @Inject
    IntakeSubmissions submissions;

    @Inject
    AuditSubject audit;

    @Inject
    clinic.stride.followup.FollowUps followUps;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @Path("Questionnaire/stride-intake")
    @Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    // Open to anyone: the form holds no patient data, and form tools must fetch it to fill it in (the web
    // intake form is reachable without signing in through intake links too).
    @PermitAll
    @Audited("fhir.questionnaire.read")
    @Operation(summary = "The intake form as a FHIR R4 Questionnaire", description = "Canonical URL "
            + Fhir.QUESTIONNAIRE_URL + ". Link ids are the intake's JSON paths; answer options carry Spanish translations.")
    @APIResponse(responseCode = "200", description = "The Questionnaire",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(ref = "Questionnaire")))
    public Response questionnaire() {
        return fhir(Response.ok(), Cached.QUESTIONNAIRE);
    }

    @GET
    @Path("Questionnaire/" + FollowUpQuestionnaire.ID)
    @Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    // Open to anyone, as the intake's: the form holds no patient data.
    @PermitAll
    @Audited("fhir.questionnaire.read")
    @Operation(operationId = "followUpQuestionnaire", summary = "The follow-up questionnaire as a FHIR R4 Questionnaire",
            description = "Canonical URL " + FollowUpQuestionnaire.URL + ": pain, LEFS, global rating of change, warning signs.")
    @APIResponse(responseCode = "200", description = "The Questionnaire",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(ref = "Questionnaire")))
    public Response followUpQuestionnaire() {
        return fhir(Response.ok(), Cached.FOLLOW_UP_QUESTIONNAIRE);
    }

    @GET
    @Path("QuestionnaireResponse/" + FollowUpResponses.ID_PREFIX + "{followUpId}")
    @Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("fhir.follow-up-response.read")
    @Operation(operationId = "followUpResponse", summary = "A follow-up as a FHIR R4 QuestionnaireResponse",
            description = "Id followup-{follow-up id}; subject Patient/{clinic id}.")
    @APIResponse(responseCode = "200", description = "The QuestionnaireResponse",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(ref = "QuestionnaireResponse")))
    @APIResponse(responseCode = "404", description = "No such follow-up")
    public Response followUpResponse(@PathParam("followUpId") String followUpId) {
        clinic.stride.followup.FollowUpView view = followUps.find(parseId(followUpId, "QuestionnaireResponse")).orElseThrow(() -> new DomainProblem(
                Problem.of(Response.Status.NOT_FOUND, "No QuestionnaireResponse with id " + FollowUpResponses.ID_PREFIX + followUpId)));
        audit.patient(view.clinicId()).intake(view.intakeId());
        return fhir(Response.ok(), Fhir.toJson(FollowUpResponses.toResponse(view)));
    }

    @GET
    @Path("QuestionnaireResponse/" + FollowUpResponses.ID_PREFIX + "{followUpId}/_history/{version}")
    @Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("fhir.questionnaire-response.vread")
    @Operation(operationId = "followUpResponseVersion", summary = "A follow-up's one version as a QuestionnaireResponse",
            description = "A follow-up is stored once and never changed: version 1 is the follow-up, any other is 404.")
    @APIResponse(responseCode = "200", description = "The QuestionnaireResponse",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(ref = "QuestionnaireResponse")))
    @APIResponse(responseCode = "404", description = "No such follow-up or version")
    public Response followUpVersion(@PathParam("followUpId") String followUpId, @PathParam("version") String version) {
        Response current = followUpResponse(followUpId);
        if (!version.equals("1")) {
            throw new DomainProblem(Problem.of(Response.Status.NOT_FOUND, "QuestionnaireResponse "
                    + FollowUpResponses.ID_PREFIX + followUpId + " has no version " + version));
        }
        return current;
    }

    @GET
    @Path("QuestionnaireResponse/{id}")
    @Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("fhir.questionnaire-response.read")
    @Operation(summary = "An intake as a FHIR R4 QuestionnaireResponse", description = "The version in force, status "
            + "completed, about a contained Patient (subject #patient) identified by the clinic id.")
    @APIResponse(responseCode = "200", description = "The QuestionnaireResponse; ETag is the intake version",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(ref = "QuestionnaireResponse")))
    @APIResponse(responseCode = "404", description = "No such intake")
    public Response response(@PathParam("id") String id) {
        IntakeView intake = intakes.get(parseId(id, "QuestionnaireResponse"));
        audit.patient(intake.patient().clinicId());
        return fhir(Response.ok().tag(new EntityTag(String.valueOf(intake.version()), true)), Fhir.toJson(toResponse(intake)));
    }

    @POST
    @Path("QuestionnaireResponse")
    @Consumes({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.FRONT_DESK, Roles.CLINICIAN})
    @Audited("fhir.questionnaire-response.create")
    @Operation(summary = "Create an intake or a follow-up from a FHIR R4 QuestionnaireResponse", description = "A response to the "
            + "Stride Questionnaire filled by another tool (such as LHC-Forms); the same validation as POST /api/intakes, "
            + "with the item's link id as the field of each error. A response to " + FollowUpQuestionnaire.URL + " about "
            + "subject Patient/{clinic id} becomes a follow-up of the patient's latest visit (id followup-{id}), checked "
            + "and screened for warning signs as answers given through a follow-up link.")
    @RequestBody(required = true, content = {
            @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(ref = "QuestionnaireResponse"),
                    examples = @ExampleObject(name = "response", value = ApiExamples.QUESTIONNAIRE_RESPONSE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "QuestionnaireResponse"), examples = @ExampleObject(name = "response", value = ApiExamples.QUESTIONNAIRE_RESPONSE))})
    @APIResponse(responseCode = "201", description = "Created; Location is the new intake's QuestionnaireResponse. "
            + "The body is an OperationOutcome, or the stored QuestionnaireResponse when a clinician sends "
            + "'Prefer: return=representation' (the front desk sees no clinical detail).",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(ref = "Resource")))
    @APIResponse(responseCode = "400", description = "Not a QuestionnaireResponse, an unknown item, a wrong answer type, "
            + "a missing required item or a value out of range", content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.PROBLEM))
    @APIResponse(responseCode = "409", description = "The clinic id belongs to a patient with other details")
    @APIResponse(responseCode = "404", description = "A follow-up about a patient Stride does not know")
    public Response create(byte[] body, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @HeaderParam("Prefer") String prefer, @Context ContainerRequestContext context)
            throws JsonProcessingException {
        // A bad key is refused by the submission with the answers' refusals, or added to this method's 400 by
        // IdempotencyKeys.InSameAnswer when the body is refused first; so is a key sent with a follow-up.
        IntakeRequest request;
        List<Problem.FieldError> otherVersion = List.of();
        try {
            QuestionnaireResponse parsed = ResponseParser.parse(body);
            if (FollowUpImport.isFollowUp(parsed)) {
                // Idempotency keys are claimed for intakes (idempotency_key.intake_id); refusing is safer than a key
                // that silently does nothing.
                Problem.FieldError keyRefused = idempotencyKey == null ? null
                        : IdempotencyKeys.refuse(context, "is taken for intakes only; send a follow-up without it");
                return createFollowUp(FollowUpImport.read(parsed), keyRefused, prefer);
            }
            otherVersion = otherQuestionnaireVersion(parsed);
            request = IntakeResponses.toRequest(parsed);
        } catch (UnreadableResponse e) {
            List<Problem.FieldError> errors = new java.util.ArrayList<>(otherVersion);
            errors.addAll(e.errors());
            throw new InvalidInput(errors.stream().sorted(java.util.Comparator.comparing(Problem.FieldError::field)).toList());
        }
        if (!otherVersion.isEmpty()) {
            throw new InvalidInput(otherVersion);
        }
        audit.patient(request.patient().clinicId());
        IntakeSubmissions.Submission submission = submissions.submit(request, idempotencyKey, user(), "fhir");
        audit.intake(submission.intakeId());
        Response.ResponseBuilder created = Response.created(uri.getBaseUriBuilder().path("fhir/QuestionnaireResponse")
                        .path(submission.intakeId().toString()).build())
                .header("Idempotent-Replayed", submission.replayed() ? "true" : null);
        if (prefer != null && prefer.contains("return=representation") && security.isUserInRole(Roles.CLINICIAN)) {
            IntakeView intake = intakes.get(submission.intakeId());
            return fhir(created.tag(new EntityTag(String.valueOf(intake.version()), true)), Fhir.toJson(toResponse(intake)));
        }
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL)
                .setDiagnostics((submission.replayed() ? "Intake already created for this Idempotency-Key: " : "Intake created: ")
                        + submission.intakeId());
        return fhir(created, Fhir.toJson(outcome));
    }

    /**
     * A response to the follow-up questionnaire: stored through the same use case as answers given through a link
     * ({@link clinic.stride.followup.FollowUps#submitForPatient}), as a follow-up of the patient's latest visit.
     */
    private Response createFollowUp(FollowUpImport.Answers answers, Problem.FieldError keyRefused, String prefer) {
        if (keyRefused != null) {
            // The answers' own refusals first (the key is added to their 400), else the key's alone.
            followUps.check(answers.request());
            throw new InvalidInput(List.of(keyRefused));
        }
        audit.patient(answers.clinicId());
        clinic.stride.followup.FollowUpView stored = followUps.submitForPatient(answers.clinicId(), answers.request(),
                answers.language(), user());
        audit.intake(stored.intakeId());
        Response.ResponseBuilder created = Response.created(uri.getBaseUriBuilder().path("fhir/QuestionnaireResponse")
                .path(FollowUpResponses.ID_PREFIX + stored.id()).build());
        if (prefer != null && prefer.contains("return=representation") && security.isUserInRole(Roles.CLINICIAN)) {
            return fhir(created, Fhir.toJson(FollowUpResponses.toResponse(stored)));
        }
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL)
                .setDiagnostics("Follow-up created: " + FollowUpResponses.ID_PREFIX + stored.id());
        return fhir(created, Fhir.toJson(outcome));
    }

    /**
     * A response to another version of the form answered other questions (or the same ones with other options):
     * mapping it by link id could store answers the patient never gave. The version after '|' must be one whose
     * questions ours asks unchanged ({@link Fhir#ANSWERED_VERSIONS}).
     */
    static List<Problem.FieldError> otherQuestionnaireVersion(QuestionnaireResponse response) {
        String canonical = response.getQuestionnaire();
        int bar = canonical == null ? -1 : canonical.indexOf('|');
        if (bar >= 0 && !Fhir.ANSWERED_VERSIONS.contains(canonical.substring(bar + 1))) {
            return List.of(new Problem.FieldError("questionnaire", "answers version " + canonical.substring(bar + 1)
                    + " of the Stride Questionnaire; Stride takes responses to version " + Fhir.QUESTIONNAIRE_VERSION
                    + " (" + Fhir.questionnaireCanonical() + ") or 1.0.0, whose questions it still asks"));
        }
        return List.of();
    }

    @GET
    @Path("QuestionnaireResponse")
    @Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("fhir.questionnaire-response.search")
    @Operation(summary = "Search a patient's intakes and follow-ups as QuestionnaireResponses", description = "subject=Patient/{clinic id} "
            + "(or patient=, or patient.identifier=" + Fhir.CLINIC_ID_SYSTEM + "|{clinic id}), authored= with eq/ge/gt/le/lt "
            + "(may repeat), questionnaire= (the intake's or the follow-up's canonical; commas for either), _count= (1-100, "
            + "default 20) and _offset=: a searchset Bundle, newest first, "
            + "with next/previous links.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(ref = "Bundle")))
    @APIResponse(responseCode = "400", description = "No patient given, an unsupported parameter, or a malformed value")
    @APIResponse(responseCode = "404", description = "No such patient")
    @Parameter(name = "subject", in = ParameterIn.QUERY, description = "Patient/{clinic id}")
    @Parameter(name = "patient", in = ParameterIn.QUERY, description = "Patient/{clinic id}")
    @Parameter(name = "patient.identifier", in = ParameterIn.QUERY, description = Fhir.CLINIC_ID_SYSTEM + "|{clinic id}")
    @Parameter(name = "authored", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "eq, ge, gt, le or lt followed by a date or date-time; may repeat")
    @Parameter(name = "questionnaire", in = ParameterIn.QUERY, description = Fhir.QUESTIONNAIRE_URL + " or "
            + FollowUpQuestionnaire.URL + ", with or without |version; several separated by commas")
    @Parameter(name = "_count", in = ParameterIn.QUERY, description = "page size, 1 to 100 (default 20)")
    @Parameter(name = "_offset", in = ParameterIn.QUERY, description = "position of the page's first match (from the next/previous links)")
    public Response search() {
        var query = uri.getQueryParameters();
        String clinicId = ResponseSearch.clinicIdOf(query);
        audit.patient(clinicId);
        URI base = uri.getBaseUriBuilder().path("fhir").build();
        var bundle = ResponseSearch.search(() -> responsesOf(clinicId), query, base, (count, offset) -> page(query, base, count, offset));
        return fhir(Response.ok(), Fhir.toJson(bundle));
    }

    /** The patient's intakes (versions in force) and the follow-ups of each of them. */
    private List<QuestionnaireResponse> responsesOf(String clinicId) {
        List<QuestionnaireResponse> responses = new ArrayList<>();
        for (var summary : intakes.history(clinicId).intakes()) {
            responses.add(toResponse(intakes.get(summary.id())));
            followUps.ofIntake(summary.id()).forEach(f -> responses.add(FollowUpResponses.toResponse(f)));
        }
        return responses;
    }

    /** A page of a search: the same parameters with another {@code _count} and {@code _offset}, encoded as JAX-RS does. */
    private static String page(MultivaluedMap<String, String> query, URI fhirBase, int count, int offset) {
        UriBuilder page = UriBuilder.fromUri(fhirBase).path("QuestionnaireResponse");
        List<Object> values = new ArrayList<>();
        query.forEach((name, list) -> {
            if (!name.equals("_offset") && !name.equals("_count")) {
                list.forEach(value -> {
                    page.queryParam(name, "{v" + values.size() + "}");
                    values.add(value);
                });
            }
        });
        page.queryParam("_count", count).queryParam("_offset", offset);
        return page.build(values.toArray()).toString();
    }

    @GET
    @Path("QuestionnaireResponse/{id}/_history/{version}")
    @Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("fhir.questionnaire-response.vread")
    @Operation(summary = "One version of an intake as a QuestionnaireResponse", description = "Version n of the intake "
            + "(1 as submitted, then one per amendment), authored when that version was stored.")
    @APIResponse(responseCode = "200", description = "That version",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(ref = "QuestionnaireResponse")))
    @APIResponse(responseCode = "404", description = "No such intake or version")
    public Response version(@PathParam("id") String id, @PathParam("version") String version) {
        IntakeView intake = intakes.get(parseId(id, "QuestionnaireResponse"));
        audit.patient(intake.patient().clinicId());
        int wanted;
        try {
            wanted = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new DomainProblem(Problem.of(Response.Status.NOT_FOUND, "QuestionnaireResponse " + id + " has no version " + version));
        }
        var info = intake.versions().stream().filter(v -> v.version() == wanted).findFirst()
                .orElseThrow(() -> new DomainProblem(Problem.of(Response.Status.NOT_FOUND,
                        "QuestionnaireResponse " + id + " has no version " + version)));
        var answers = intakes.answers(intake.id(), wanted);
        QuestionnaireResponse response = IntakeResponses.toResponse(intake.id(), wanted, info.createdAt(), intake.patient(), answers);
        return fhir(Response.ok().tag(new EntityTag(String.valueOf(wanted), true)), Fhir.toJson(response));
    }

    static QuestionnaireResponse toResponse(IntakeView intake) {
        var authored = intake.versions().stream().filter(v -> v.version() == intake.version()).findFirst()
                .map(IntakeView.VersionInfo::createdAt).orElse(intake.submittedAt());
        return IntakeResponses.toResponse(intake.id(), intake.version(), authored, intake.patient(),
                new clinic.stride.intake.IntakeAnswers(intake.visitDate(), intake.language(), intake.pain(),
                        intake.factors(), intake.redFlags(), intake.lefs()));
    }

    /** {@code builder}'s status and headers with {@code json}, written by HAPI, as the body: every /api/fhir answer. */
    static Response fhir(Response.ResponseBuilder builder, String json) {
        return builder.type(CONTENT_TYPE).entity(json).build();
    }

    /** The intake (or follow-up) a FHIR id names; a 404 "No {resourceType} with id ..." when it is no UUID. */
    static UUID parseId(String id, String resourceType) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new DomainProblem(Problem.of(Response.Status.NOT_FOUND, "No " + resourceType + " with id " + id));
        }
    }

    private String user() {
        return security != null && security.getUserPrincipal() != null ? security.getUserPrincipal().getName() : "anonymous";
    }
}
