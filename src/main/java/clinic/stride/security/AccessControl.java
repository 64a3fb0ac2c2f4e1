package clinic.stride.security;

import clinic.stride.platform.Problem;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Role checks for the REST API from {@code @RolesAllowed} and {@code @PermitAll} on resource methods (or
 * their class), answering 401 with a Basic challenge when no one signed in and 403 when the role is wrong,
 * both as problem+json. Unlike Jersey's RolesAllowedDynamicFeature it denies by default: a method with
 * neither annotation is refused to everyone, so a new endpoint is closed until someone decides who may
 * call it. Runs before the body is read, so a refused caller's body is never parsed.
 */
@Provider
public class AccessControl implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && !method.isAnnotationPresent(jakarta.annotation.security.DenyAll.class)) {
            if (type.isAnnotationPresent(PermitAll.class)) {
                return;
            }
            roles = type.getAnnotation(RolesAllowed.class);
        }
        context.register(new RoleCheck(roles == null ? List.of() : List.of(roles.value())), Priorities.AUTHORIZATION);
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {

        private final List<String> allowed;

        RoleCheck(List<String> allowed) {
            this.allowed = allowed;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security.getUserPrincipal() == null && !allowed.isEmpty()) {
                request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                        .header("WWW-Authenticate", StrideAuthentication.challenge())
                        .type(Problem.MEDIA_TYPE)
                        .entity(Problem.of(Response.Status.UNAUTHORIZED, "Sign in with a Stride user name and password (HTTP Basic)"))
                        .build());
                return;
            }
            if (allowed.stream().noneMatch(security::isUserInRole)) {
                request.abortWith(Response.status(Response.Status.FORBIDDEN)
                        .type(Problem.MEDIA_TYPE)
                        .entity(Problem.of(Response.Status.FORBIDDEN, "Your role may not do this"))
                        .build());
            }
        }
    }
}
