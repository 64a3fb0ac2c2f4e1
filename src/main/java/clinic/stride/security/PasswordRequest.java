package clinic.stride.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST /api/users/{username}/password: the new password an admin sets. */
public record PasswordRequest(
        @NotBlank(message = "give a password")
        @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = "use 12 to 128 characters")
        String password) {
}
