package clinic.stride.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST method whose every call, allowed or refused, writes exactly one audit row with this action
 * name ({@code intake.read}, {@code intake-link.create}). The patient and intake come from the path
 * parameters {@code clinicId} and {@code id}, or from what the method put in {@link AuditSubject}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    String value();
}
