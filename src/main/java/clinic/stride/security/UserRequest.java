package clinic.stride.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Body of POST /api/users: a new user's name, first password and roles. */
public record UserRequest(
        @NotBlank(message = "give a user name")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,63}", message = "use at most 64 lower-case letters, digits, dot, dash or underscore")
        String username,
        @NotBlank(message = "give a password")
        @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = "use 12 to 128 characters")
        String password,
        @NotEmpty(message = "give at least one role")
        Set<@Pattern(regexp = "front-desk|clinician|admin", message = "must be front-desk, clinician or admin") String> roles) {
}
