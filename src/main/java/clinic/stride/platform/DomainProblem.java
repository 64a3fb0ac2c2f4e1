package clinic.stride.platform;

import jakarta.ws.rs.WebApplicationException;

/** A problem the domain reports on purpose (conflict, not found, invalid field), already in RFC 9457 form. */
public class DomainProblem extends WebApplicationException {

    private final transient Problem problem;

    public DomainProblem(Problem problem) {
        super(problem.detail(), problem.status());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
