package clinic.stride.security;

import java.time.Instant;
import java.util.List;

/**
 * A change to a user waiting for a second admin (four-eyes): a grant of the clinician or admin role, or a new
 * password for a clinician or an admin. Never holds the password, only who asked, when, and what for.
 */
public record UserChange(long id, String kind, String username, List<String> roles, String requestedBy,
                         Instant requestedAt) {

    public static final String GRANT_ROLES = "grant-roles";
    public static final String PASSWORD_RESET = "password-reset";
}
