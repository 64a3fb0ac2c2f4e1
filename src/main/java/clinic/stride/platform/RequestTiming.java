package clinic.stride.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Begins a {@link RequestEvent} before every other request filter of the API and commits it after every other
 * response filter, so the event covers the request from its resource method's matching to its answer's headers.
 */
@Provider
@Priority(Integer.MIN_VALUE)
public class RequestTiming implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String EVENT = RequestTiming.class.getName();

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        RequestEvent event = RequestEvent.start();
        if (event != null) {
            request.setProperty(EVENT, event);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(EVENT) instanceof RequestEvent event) {
            request.removeProperty(EVENT);
            event.finish(resourceMethod(), request.getMethod(), response.getStatus());
        }
    }

    private String resourceMethod() {
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
            return "unmatched";
        }
        return resourceInfo.getResourceClass().getSimpleName() + "." + resourceInfo.getResourceMethod().getName();
    }
}
