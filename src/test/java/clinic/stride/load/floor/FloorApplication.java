package clinic.stride.load.floor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The floors of the load test, deployed as a second, tiny WAR into the same Payara Micro as Stride
 * (src/test/load/load-test.sh): a trivial JAX-RS endpoint ({@link Echo}, the framework's floor) and a submission
 * that writes only pgbench's rows ({@link SubmissionFloor}, the stack's floor). Never part of the Stride WAR.
 */
@ApplicationPath("/")
public class FloorApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Echo.class, SubmissionFloor.class);
    }
}
