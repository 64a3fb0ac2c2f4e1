package clinic.stride.testsupport;

/**
 * Failsafe runs the integration tests in two lanes (the {@code configurationParameters} of the Failsafe plugin in
 * pom.xml). The black-box ITs ({@link StrideIT}, {@code SAME_THREAD}) run one after another on one thread against
 * the shared Payara: they share its database, its client-address limits and its audit checkpoint file. Every other
 * IT starts processes of its own (a Payara of its own, pg_dump, node, an uber-jar build) or only reads files, and
 * runs on a second thread beside them, taking {@link #LOCK} so that these run one at a time: on 2 cores the
 * black-box lane leaves most of a core idle while it waits on Payara and Chromium, and the second lane uses it.
 * {@code LanesTest} fails the build for an IT that is in neither lane.
 */
public final class SecondLane {

    /** The {@code @ResourceLock} every IT outside {@link StrideIT} takes. */
    public static final String LOCK = "clinic.stride.testsupport.SecondLane";

    private SecondLane() {
    }
}
