package clinic.stride.intake.form;

import clinic.stride.intake.IdempotencyKeyReused;
import clinic.stride.intake.IntakeMappers;
import clinic.stride.intake.IntakeNotFound;
import clinic.stride.patient.ClinicIdConflict;
import clinic.stride.patient.PatientMappers;
import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Turns what the intake service refuses into one plain sentence per form field, in the page's language.
 * A violation of {@code @Min} on {@code pain.intensity} is looked up as {@code error.pain.intensity.Min}, then
 * {@code error.pain.intensity}; the service's own English message is the last resort.
 */
public final class FieldErrors {

    private final ResourceBundle bundle;
    private final Map<String, String> byField = new LinkedHashMap<>();

    public FieldErrors(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public void addViolations(Set<? extends ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> v : violations) {
            String field = fieldOf(v.getPropertyPath());
            String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            byField.putIfAbsent(field, message(field, constraint, v.getMessage()));
        }
        if (byField.containsKey("pain.regions")) {
            // The page asks the side with each place: with no place ticked, "which side" says nothing more.
            byField.remove("pain.side");
        }
    }

    /** What the intake service refuses (invalid answers, a reused key, a clinic id of another patient), beside its fields. */
    public void addRefusal(RuntimeException refusal) {
        addProblem(switch (refusal) {
            case InvalidInput e -> Problem.invalid(e.errors());
            case IdempotencyKeyReused e -> IntakeMappers.problemOf(e);
            case ClinicIdConflict e -> PatientMappers.problemOf(e);
            case IntakeNotFound e -> Problem.notFound(e.getMessage());
            default -> throw refusal;
        });
    }

    public void addProblem(Problem problem) {
        if (problem.errors() == null || problem.errors().isEmpty()) {
            byField.putIfAbsent("form", problem.detail());
            return;
        }
        for (Problem.FieldError e : problem.errors()) {
            if (problem.status() == 409 && e.field().startsWith("patient.")) {
                byField.putIfAbsent(e.field(), text("error.patient.mismatch", e.message()));
            } else {
                byField.putIfAbsent(e.field(), message(e.field(), null, e.message()));
            }
        }
    }

    /** An error found by the form itself, by message key. */
    public void addKey(String field, String key) {
        byField.putIfAbsent(field, text(key, key));
    }

    public Map<String, String> asMap() {
        return byField;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    private String message(String field, String constraint, String fallback) {
        if (constraint != null && bundle.containsKey("error." + field + "." + constraint)) {
            return bundle.getString("error." + field + "." + constraint);
        }
        return text("error." + field, fallback);
    }

    private String text(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /**
     * The answer path of a violation, without the method and parameter nodes that method validation puts in
     * front ({@code submit.request.pain.intensity} is {@code pain.intensity}).
     */
    static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> { }
                default -> {
                    String name = node.getName();
                    if (name != null && !name.startsWith("<")) {
                        names.add(name);
                    }
                }
            }
        }
        return names.isEmpty() ? "form" : String.join(".", names);
    }
}
