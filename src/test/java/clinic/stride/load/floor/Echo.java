package clinic.stride.load.floor;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Takes a JSON body like an intake submission and answers 201 with a small JSON body, doing nothing else. */
@Path("echo")
public class Echo {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response echo(String body) {
        return Response.status(201).entity("{\"length\":" + body.length() + "}").build();
    }
}
