package clinic.stride.platform;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a write use case (a class or a method that also carries {@code @Transactional}): the transaction it runs in
 * checks its deferred constraints just before it commits, so data the database refuses answers 422, not 503
 * ({@link DeferredConstraints}). Nested use cases share one check, made once at the outermost commit.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ChecksDeferredConstraints {
}
