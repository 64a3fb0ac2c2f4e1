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
    public Response resetPassword(@PathParam("username") String username,
                                  @NotNull(message = "send the new password as a JSON body") @Valid PasswordRequest request) {
        users.resetPassword(username, request.password());
        return Response.noContent().build();
    }
}
