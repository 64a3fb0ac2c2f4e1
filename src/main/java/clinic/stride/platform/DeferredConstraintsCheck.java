package clinic.stride.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Registers the check of {@link ChecksDeferredConstraints}. Its priority puts it inside the {@code @Transactional}
 * interceptor (PLATFORM_BEFORE + 200), so the transaction it registers with is the use case's own.
 */
@Interceptor
@ChecksDeferredConstraints
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class DeferredConstraintsCheck {

    @Inject
    DeferredConstraints constraints;

    @AroundInvoke
    public Object checkBeforeCommit(InvocationContext invocation) throws Exception {
        constraints.checkBeforeCommit();
        return invocation.proceed();
    }
}
