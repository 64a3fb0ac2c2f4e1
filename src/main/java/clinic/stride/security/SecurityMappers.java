package clinic.stride.security;

import clinic.stride.platform.Problem;
import clinic.stride.platform.RefusalMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** User administration's refusals as problem+json (RFC 9457). */
public final class SecurityMappers {

    private SecurityMappers() {
    }

    @Provider
    public static class Refused extends RefusalMapper<AccountChangeRefused> {
        public Refused() {
            super(SecurityMappers::problemOf);
        }
    }

    /** Public for the users page, which shows the detail and audits the status. */
    public static Problem problemOf(AccountChangeRefused e) {
        return switch (e.reason()) {
            case NAME_TAKEN -> new Problem("https://stride.clinic/problems/user-exists", "User name taken", 409,
                    e.getMessage(), List.of(new Problem.FieldError("username", "is already taken")));
            case SECOND_ADMIN_NEEDED -> new Problem("https://stride.clinic/problems/four-eyes", "A second admin must approve",
                    403, e.getMessage(), null);
            case NO_SUCH_USER, NO_SUCH_CHANGE -> Problem.notFound(e.getMessage());
            case OWN_ACCOUNT, ALREADY_DECIDED -> new Problem("about:blank", "Conflict", 409, e.getMessage(), null);
        };
    }
}
