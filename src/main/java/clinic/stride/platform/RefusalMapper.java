package clinic.stride.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.function.Function;

/**
 * Base of the features' exception mappers: a domain refusal in, its RFC 9457 problem out. Each feature says
 * which problem its exception is ({@code IntakeMappers}, {@code PatientMappers}, ...); this class answers with it.
 */
public abstract class RefusalMapper<E extends RuntimeException> implements ExceptionMapper<E> {

    private final Function<E, Problem> problem;

    protected RefusalMapper(Function<E, Problem> problem) {
        this.problem = problem;
    }

    @Override
    public Response toResponse(E refusal) {
        return problem.apply(refusal).toResponse();
    }
}
