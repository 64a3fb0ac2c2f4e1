package clinic.stride.platform;

import jakarta.ws.rs.WebApplicationException;

/**
 * An RFC 9457 problem a REST resource answers with on purpose (a FHIR read of a version that does not exist).
 * Domain code throws its feature's exceptions instead (IntakeNotFound, ClinicIdConflict, InvalidInput...), each
 * mapped at the edge; ArchitectureTest keeps this class at the edge.
 */
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
