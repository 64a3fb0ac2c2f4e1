package clinic.stride.security;

import clinic.stride.audit.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import clinic.stride.platform.ApiExamples;
import clinic.stride.platform.Problem;

/** Admins create users and reset passwords; a reset also lifts a lockout. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    /** A user as the API shows it: never the password hash. */
    public record UserView(String username, List<String> roles, boolean enabled) {
    }

    @Inject
    UserAccounts users;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Audited("user.create")
    @Operation(summary = "Create a user", description = "An admin creates a user with one or more roles: front-desk, clinician, admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UserRequest.class), examples = @ExampleObject(name = "user", value = ApiExamples.USER)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.PROBLEM))
    @APIResponse(responseCode = "409", description = "The user name is taken")
    public Response create(@NotNull(message = "send the user as a JSON body") @Valid UserRequest request) {
        UserAccount user = users.create(request.username(), request.password(), request.roles());
        return Response.created(uri.getBaseUriBuilder().path("users").path(user.username()).build())
                .entity(new UserView(user.username(), user.roles().stream().sorted().toList(), user.enabled()))
                .build();
    }

    @POST
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Audited("user.password-reset")
    @Operation(summary = "Reset a user's password")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PasswordRequest.class), examples = @ExampleObject(name = "password", value = ApiExamples.PASSWORD)))
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such user")
    public Response resetPassword(@PathParam("username") String username,
                                  @NotNull(message = "send the new password as a JSON body") @Valid PasswordRequest request) {
        users.resetPassword(username, request.password());
        return Response.noContent().build();
    }
}
