package clinic.stride.followup;

/** A follow-up link already used, revoked or expired: 410. */
public class FollowUpLinkGone extends RuntimeException {

    public FollowUpLinkGone() {
        super("This link was already used, was withdrawn or has expired; ask the clinic for a new one", null, false, false);
    }
}
