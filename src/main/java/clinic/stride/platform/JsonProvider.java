package clinic.stride.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Jackson for every JSON body, configured by {@link Json}. Payara's Jersey also auto-registers its own
 * Jackson feature; the priority makes this provider win, and the context resolver makes sure that even
 * Jersey's provider would use the same mapper.
 */
@Provider
@Priority(Priorities.USER - 100)
@Consumes({MediaType.APPLICATION_JSON, "application/fhir+json"})
// Listed one by one: Jersey does not match "application/*+json" against "application/problem+json".
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE, "application/fhir+json"})
public class JsonProvider extends JacksonJsonProvider implements ContextResolver<ObjectMapper> {

    public JsonProvider() {
        super(Json.mapper());
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return Json.mapper();
    }
}
