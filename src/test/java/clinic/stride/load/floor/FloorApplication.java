package clinic.stride.load.floor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The framework floor of the load test: a trivial JAX-RS endpoint deployed as a second, tiny WAR into the
 * same Payara Micro as Stride (src/test/load/load-test.sh). Never part of the Stride WAR.
 */
@ApplicationPath("/")
public class FloorApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Echo.class);
    }
}
