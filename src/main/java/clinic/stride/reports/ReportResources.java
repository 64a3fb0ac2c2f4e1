package clinic.stride.reports;

import clinic.stride.audit.Audited;
import clinic.stride.intake.IntakeResource;
import clinic.stride.platform.ApiExamples;
import clinic.stride.platform.Problem;
import clinic.stride.vocabulary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The report endpoints under {@code /api/intakes/{id}/}: summary.pdf, handout.pdf, handout (POST a plan) and
 * handout-plan. Thin: parsing and status codes only.
 *
 * <p>One root resource per path, each ending in a literal segment: a root resource at {@code intakes/{id}} would
 * match {@code /intakes/42} before the intake resource could (JAX-RS 3.1, 3.7.2 takes the root path with the most
 * literal characters first and never looks at the others).
 */
public final class ReportResources {

    public static final String PDF = "application/pdf";

    private ReportResources() {
    }

    /** {@code GET /api/intakes/{id}/summary.pdf}: the clinician summary of the version in force. */
    @ApplicationScoped
    @Path("intakes/{id}/summary.pdf")
    public static class Summary {

        @Inject
        Reports reports;

        @GET
        @Produces(PDF)
        @RolesAllowed(Roles.CLINICIAN)
        @Audited("report.summary")
        @Operation(summary = "Clinician summary (PDF)", description = "The intake's version in force with its assessment: "
                + "red flags, possible causes with reasons and cited passages.")
        @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF))
        @APIResponse(responseCode = "404", description = "No such intake")
        public Response get(@PathParam("id") String id) {
            return pdf(reports.summary(IntakeResource.parseId(id)));
        }
    }

    /** {@code GET /api/intakes/{id}/handout.pdf?lang=en|es&large=true|false}: the handout of the plan in force. */
    @ApplicationScoped
    @Path("intakes/{id}/handout.pdf")
    public static class HandoutDocument {

        @Inject
        Reports reports;

        @GET
        @Produces(PDF)
        @RolesAllowed(Roles.CLINICIAN)
        @Audited("report.handout")
        @Operation(summary = "Home-exercise handout (PDF)", description = "The handout of the plan in force (stored, or "
                + "suggested from the assessment), in the patient's language unless lang is given.")
        @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF))
        @APIResponse(responseCode = "400", description = "lang not en/es, or large not true/false")
        @APIResponse(responseCode = "404", description = "No such intake")
        public Response get(@PathParam("id") String id, @QueryParam("lang") String lang,
                            @QueryParam("large") String large) {
            HandoutOptions options = HandoutOptions.parse(lang, large);
            return pdf(reports.handout(IntakeResource.parseId(id), options.language(), options.largePrint()));
        }
    }

    /** {@code POST /api/intakes/{id}/handout}: stores the clinician's plan and returns its handout. */
    @ApplicationScoped
    @Path("intakes/{id}/handout")
    public static class HandoutPlanning {

        @Inject
        Reports reports;

        @Context
        SecurityContext security;

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(PDF)
        @RolesAllowed(Roles.CLINICIAN)
        @Audited("report.handout-plan.create")
        @Operation(summary = "Store a handout plan and print it", description = "The exercises the clinician chose, in "
                + "print order, with their dosage; returns the handout PDF.")
        @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = HandoutPlanRequest.class),
                examples = @ExampleObject(name = "plan", value = ApiExamples.HANDOUT_PLAN)))
        @APIResponse(responseCode = "200", description = "The handout PDF", content = @Content(mediaType = PDF))
        @APIResponse(responseCode = "400", description = "Invalid plan (unknown exercise, dosage out of range)",
                content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.PROBLEM))
        @APIResponse(responseCode = "404", description = "No such intake")
        public Response print(@PathParam("id") String id,
                              @NotNull(message = "send the handout plan as a JSON body") @Valid HandoutPlanRequest plan) {
            String user = security != null && security.getUserPrincipal() != null
                    ? security.getUserPrincipal().getName() : "anonymous";
            return pdf(reports.printPlan(IntakeResource.parseId(id), plan, user));
        }
    }

    /** {@code GET /api/intakes/{id}/handout-plan}: the plan in force, stored or suggested. */
    @ApplicationScoped
    @Path("intakes/{id}/handout-plan")
    public static class PlanInForce {

        @Inject
        Reports reports;

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        @RolesAllowed(Roles.CLINICIAN)
        @Audited("report.handout-plan.read")
        @Operation(summary = "The handout plan in force", description = "The stored plan, or the one suggested from the assessment.")
        @APIResponse(responseCode = "200", description = "The plan")
        @APIResponse(responseCode = "404", description = "No such intake")
        public HandoutPlanView get(@PathParam("id") String id) {
            return reports.plan(IntakeResource.parseId(id));
        }
    }

    private static Response pdf(Reports.Printed printed) {
        CacheControl private_ = new CacheControl();
        // Patient data: no shared cache keeps a copy.
        private_.setNoStore(true);
        private_.setPrivate(true);
        return Response.ok(printed.pdf(), PDF)
                .header("Content-Disposition", "inline; filename=\"" + printed.fileName() + "\"")
                .cacheControl(private_)
                .build();
    }
}
