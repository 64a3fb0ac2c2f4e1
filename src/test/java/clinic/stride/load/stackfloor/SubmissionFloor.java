package clinic.stride.load.stackfloor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.UUID;

/**
 * The stack's floor for one submission: what Payara, JAX-RS, Jackson, JTA, Payara's pool and the PostgreSQL driver
 * cost when they do nothing but what a submission cannot avoid. Takes the very intake Stride takes, parses it,
 * writes the rows {@code intake-rows.pgbench} writes (pgbench's database floor) with the same statements over JDBC in
 * one transaction and the audit row in a second, and answers 201. No validation, rules, Hibernate or security.
 */
@Path("intake")
public class SubmissionFloor {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    FloorRows rows;

    @Inject
    OrmRows ormRows;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(String body, @jakarta.ws.rs.HeaderParam("Idempotency-Key") String key) throws IOException {
        return store(body, key, false);
    }

    /** The same, with the intake's rows written through Hibernate ORM ({@link OrmRows}): the stack's floor with its ORM. */
    @POST
    @Path("orm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response submitThroughOrm(String body, @jakarta.ws.rs.HeaderParam("Idempotency-Key") String key) throws IOException {
        return store(body, key, true);
    }

    private Response store(String body, String key, boolean orm) throws IOException {
        JsonNode intake = JSON.readTree(body);
        // Stride stores the answers (the intake without the patient) and an assessment result as jsonb; the whole
        // request stands in for the result, about as long, serialised once more as Stride serialises its result.
        ObjectNode answers = ((ObjectNode) intake).deepCopy();
        answers.remove("patient");
        String k = key == null ? UUID.randomUUID().toString() : key;
        String answersJson = JSON.writeValueAsString(answers);
        String resultJson = JSON.writeValueAsString(intake);
        UUID id = orm ? ormRows.store(k, answersJson, resultJson) : rows.store(k, answersJson, resultJson);
        rows.audit(id);
        return Response.status(201).entity("{\"id\":\"" + id + "\"}").build();
    }
}
