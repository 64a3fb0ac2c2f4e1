package clinic.stride.security;

/** A user-administration request the rules refuse; {@link SecurityMappers.Refused} answers each reason with its status. */
public class AccountChangeRefused extends RuntimeException {

    /** Why, in the order an admin meets them. */
    public enum Reason {
        NAME_TAKEN, NO_SUCH_USER, OWN_ACCOUNT, NO_SUCH_CHANGE, ALREADY_DECIDED, SECOND_ADMIN_NEEDED
    }

    private final Reason reason;

    public AccountChangeRefused(Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
