package clinic.stride.fhir;

import clinic.stride.platform.Problem;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Errors on /api/fhir as FHIR R4 OperationOutcomes, the form a FHIR client reads: the same content as the rest
 * of the API's problem+json, with one issue per bad field (its link id or element first, then the message).
 */
public final class Outcomes {

    private Outcomes() {
    }

    public static OperationOutcome of(Problem problem) {
        OperationOutcome outcome = new OperationOutcome();
        IssueType type = typeOf(problem.status());
        if (problem.errors() == null || problem.errors().isEmpty()) {
            outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type)
                    .setDiagnostics(problem.detail());
        } else {
            for (Problem.FieldError error : problem.errors()) {
                var issue = outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type)
                        .setDiagnostics(error.field() + ": " + error.message());
            }
        }
        outcome.setText(Fhir.narrative(problem.title() + ": " + problem.detail()));
        return outcome;
    }

    public static String json(Problem problem) {
        return Fhir.toJson(of(problem));
    }

    static IssueType typeOf(int status) {
        return switch (status) {
            case 400 -> IssueType.INVALID;
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            case 409 -> IssueType.CONFLICT;
            case 410 -> IssueType.DELETED;
            case 413 -> IssueType.TOOCOSTLY;
            case 422 -> IssueType.BUSINESSRULE;
            case 429, 503 -> IssueType.TRANSIENT;
            default -> status >= 500 ? IssueType.EXCEPTION : IssueType.PROCESSING;
        };
    }
}
