package clinic.stride.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Set;

/** Body of POST /api/users/{username}/roles: every role the user should have from now on (empty: none). */
public record RolesRequest(
        @NotNull(message = "give the user's roles, [] for none")
        Set<@Pattern(regexp = "front-desk|clinician|admin", message = "must be front-desk, clinician or admin") String> roles) {
}
