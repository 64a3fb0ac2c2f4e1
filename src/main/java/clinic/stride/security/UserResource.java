package clinic.stride.security;

import clinic.stride.audit.AuditSubject;
import clinic.stride.audit.Audited;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Admins manage users: create, reset passwords, change roles, disable and enable. Granting the clinician or
 * admin role and resetting a clinician's or admin's password answer 202 with the change waiting for a second
 * admin, who approves it through {@code POST /api/users/changes/{id}/approve} ({@link UserAccounts}).
 */
@ApplicationScoped
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    /** A user as the API shows it: never the password hash; {@code pending} is a change awaiting approval. */
    public record UserView(String username, List<String> roles, boolean enabled, UserChange pending) {

        static UserView of(UserAccounts.Outcome outcome) {
            return new UserView(outcome.username(), outcome.roles(), outcome.enabled(), outcome.pending().orElse(null));
        }
    }

    @Inject
    UserAccounts users;

    @Inject
    AuditSubject audit;

    @Context
    UriInfo uri;

    @Context
    SecurityContext caller;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Audited("user.list")
    @Operation(summary = "List users", description = "Every user with roles and whether enabled; never a password hash.")
    @APIResponse(responseCode = "200", description = "The users", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Audited("user.create")
    @Operation(summary = "Create a user", description = "An admin creates a user with one or more roles: front-desk, "
            + "clinician, admin. The clinician and admin roles are granted only once a second admin approves (202).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UserRequest.class), examples = @ExampleObject(name = "user", value = ApiExamples.USER)))
    @APIResponse(responseCode = "201", description = "Created with all its roles", content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "202", description = "Created; the clinician or admin role waits for a second admin", content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.PROBLEM))
    @APIResponse(responseCode = "409", description = "The user name is taken")
    public Response create(@NotNull(message = "send the user as a JSON body") @Valid UserRequest request) {
        audit.subject("user:" + request.username());
        UserAccounts.Outcome user = users.create(request.username(), request.password(), request.roles(), me());
        user.pending().ifPresent(change -> audit.subject("user:" + user.username() + " change-request:" + change.id()));
        return (user.pending().isPresent() ? Response.accepted()
                : Response.created(uri.getBaseUriBuilder().path("users").path(user.username()).build()))
                .entity(UserView.of(user)).build();
    }

    @POST
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Audited("user.password-reset")
    @Operation(summary = "Reset a user's password", description = "Ends the user's sessions. For a clinician or an "
            + "admin the new password takes effect once a second admin approves (202).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PasswordRequest.class), examples = @ExampleObject(name = "password", value = ApiExamples.PASSWORD)))
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "202", description = "Waiting for a second admin", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "404", description = "No such user")
    public Response resetPassword(@PathParam("username") String username,
                                  @NotNull(message = "send the new password as a JSON body") @Valid PasswordRequest request) {
        audit.subject("user:" + username);
        UserAccounts.Outcome user = users.resetPassword(username, request.password(), me());
        user.pending().ifPresent(change -> audit.subject("user:" + user.username() + " change-request:" + change.id()));
        return user.pending().isPresent() ? Response.accepted(UserView.of(user)).build() : Response.noContent().build();
    }

    @POST
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Audited("user.roles-change")
    @Operation(summary = "Set a user's roles", description = "Ends the user's sessions. Roles taken away go at once; "
            + "the clinician and admin roles added wait for a second admin (202).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RolesRequest.class),
            examples = @ExampleObject(name = "roles", value = "{\"roles\": [\"front-desk\", \"clinician\"]}")))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "202", description = "Partly waiting for a second admin", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    public Response changeRoles(@PathParam("username") String username,
                                @NotNull(message = "send the roles as a JSON body") @Valid RolesRequest request) {
        audit.subject("user:" + username);
        UserAccounts.Outcome user = users.changeRoles(username, request.roles(), me());
        user.pending().ifPresent(change -> audit.subject("user:" + user.username() + " change-request:" + change.id()));
        return (user.pending().isPresent() ? Response.accepted() : Response.ok()).entity(UserView.of(user)).build();
    }

    @POST
    @Path("{username}/disable")
    @RolesAllowed(Roles.ADMIN)
    @Audited("user.disable")
    @Operation(summary = "Disable a user", description = "The user can no longer sign in; their sessions end at once.")
    @APIResponse(responseCode = "200", description = "Disabled", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public UserView disable(@PathParam("username") String username) {
        audit.subject("user:" + username);
        return UserView.of(users.disable(username, me()));
    }

    @POST
    @Path("{username}/enable")
    @RolesAllowed(Roles.ADMIN)
    @Audited("user.enable")
    @Operation(summary = "Enable a user again")
    @APIResponse(responseCode = "200", description = "Enabled", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public UserView enable(@PathParam("username") String username) {
        audit.subject("user:" + username);
        return UserView.of(users.enable(username));
    }

    @GET
    @Path("changes")
    @RolesAllowed(Roles.ADMIN)
    @Audited("user.change.list")
    @Operation(summary = "Changes waiting for a second admin")
    @APIResponse(responseCode = "200", description = "The changes waiting", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public List<UserChange> pending() {
        return users.pending();
    }

    @POST
    @Path("changes/{change}/approve")
    @RolesAllowed(Roles.ADMIN)
    @Audited("user.change.approve")
    @Operation(summary = "Approve a change as the second admin", description = "403 for the admin who asked and the user concerned.")
    @APIResponse(responseCode = "200", description = "Approved and in effect", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public UserChange approve(@PathParam("change") long id) {
        audit.subject("change-request:" + id);
        return users.approve(id, me());
    }

    @POST
    @Path("changes/{change}/reject")
    @RolesAllowed(Roles.ADMIN)
    @Audited("user.change.reject")
    @Operation(summary = "Turn a change down")
    @APIResponse(responseCode = "200", description = "Rejected; nothing changed", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public UserChange reject(@PathParam("change") long id) {
        audit.subject("change-request:" + id);
        return users.reject(id, me());
    }

    private String me() {
        return caller.getUserPrincipal().getName();
    }
}
