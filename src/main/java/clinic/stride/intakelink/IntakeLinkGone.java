package clinic.stride.intakelink;

/** A link already used or expired: answered as 410 by {@link IntakeLinkMappers.Gone}. */
public class IntakeLinkGone extends RuntimeException {

    public IntakeLinkGone() {
        super("This link was already used or has expired; ask the clinic for a new one", null, false, false);
    }
}
