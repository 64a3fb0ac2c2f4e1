package clinic.stride.homeprogramme;

/** A home programme link that is unknown, revoked or past its last day: the patient's page answers 410 for all three. */
public class HomeLinkGone extends RuntimeException {

    public HomeLinkGone() {
        super("This home programme link no longer works", null, false, false);
    }
}
