package clinic.stride.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A black-box IT that no other black-box IT may run beside ({@link SharedPayaraLock}): it changes what every page
 * or request sees (clinic settings, a shared demo user, a client address's limits), or its assertions count or list
 * what every test writes (whole-table totals, the newest audit rows).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RunsAlone {

    /** Why it cannot share the Payara with others, for the next reader. */
    String value();
}
