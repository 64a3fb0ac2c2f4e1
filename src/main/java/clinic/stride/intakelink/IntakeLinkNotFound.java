package clinic.stride.intakelink;

/** No intake link with this token: answered as 404 by {@link IntakeLinkMappers.NotFound}. */
public class IntakeLinkNotFound extends RuntimeException {

    public IntakeLinkNotFound() {
        super("No such intake link", null, false, false);
    }
}
