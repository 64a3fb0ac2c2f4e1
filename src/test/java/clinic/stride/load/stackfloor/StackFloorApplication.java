package clinic.stride.load.stackfloor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The stack floor of the load test ({@link SubmissionFloor}): a third small WAR, stack-floor.war, deployed into the
 * same Payara Micro as Stride and the framework floor (src/test/load/load-test.sh), given Stride's libraries with
 * them. Apart from the framework floor so that boot-floor.sh's floor stays one endpoint. Never part of the Stride WAR.
 */
@ApplicationPath("/")
public class StackFloorApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(SubmissionFloor.class);
    }
}
