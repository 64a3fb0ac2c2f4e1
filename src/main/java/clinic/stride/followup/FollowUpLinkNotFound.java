package clinic.stride.followup;

/** No follow-up link with this token (or this id under this intake): 404. */
public class FollowUpLinkNotFound extends RuntimeException {

    public FollowUpLinkNotFound() {
        super("No such follow-up link", null, false, false);
    }
}
