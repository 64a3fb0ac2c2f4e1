package clinic.stride.testsupport;

import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;

/**
 * The lock every black-box IT ({@link StrideIT}) holds while it runs: in read mode, so that several such classes run
 * side by side against the one shared Payara and database (each works on patients, links and users of its own);
 * in write mode for a class marked {@link RunsAlone}, which changes or counts what all of them share, so that no
 * other black-box class runs while it does. Methods of one class always run one after another.
 */
public final class SharedPayaraLock implements ResourceLocksProvider {

    public static final String KEY = "clinic.stride.testsupport.SharedPayara";

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        return Set.of(new Lock(KEY, testClass.isAnnotationPresent(RunsAlone.class)
                ? ResourceAccessMode.READ_WRITE
                : ResourceAccessMode.READ));
    }
}
