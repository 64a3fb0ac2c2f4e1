package clinic.stride.dashboard;

import clinic.stride.assessment.Assessment;
import clinic.stride.assessment.Assessments;
import clinic.stride.assessment.SuggestedExercise;
import clinic.stride.audit.AuditLog;
import clinic.stride.audit.PageAudit;
import clinic.stride.intake.IntakeNotFound;
import clinic.stride.intake.IntakeService;
import clinic.stride.intake.IntakeView;
import clinic.stride.knowledge.Dosage;
import clinic.stride.knowledge.Exercise;
import clinic.stride.platform.FormErrors;
import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.PageLanguage;
import clinic.stride.platform.Pages;
import clinic.stride.platform.Problem;
import clinic.stride.reports.HandoutPlanRequest;
import clinic.stride.reports.HandoutPlanRequest.ChosenExercise;
import clinic.stride.reports.HandoutPlanRequest.DosageRequest;
import clinic.stride.reports.HandoutPlanView;
import clinic.stride.reports.Reports;
import clinic.stride.vocabulary.Language;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clinician's handout plan for one intake: which of the suggested exercises go on the handout, with what
 * dosage, in which language and print size. Prefilled from the plan in force (the newest stored one, or the
 * assessment's suggestions). Saved through {@link Reports#storePlan}, the same checks and the same table as
 * POST /api/intakes/{id}/handout; the PDF is then the stored plan reprinted ({@link HandoutDownload}).
 */
@Named("handoutForm")
@RequestScoped
public class HandoutForm implements FormErrors {

    /** The dosage parts a row can show, as form field suffixes; "week" is times per week. */
    static final List<String> PARTS = List.of("sets", "reps", "hold", "minutes", "week");
    static final String ON = "on";
    /** More rows than any assessment suggests; a bound for reading the posted form. */
    static final int MAX_ROWS = 40;

    private static final Pattern ROW_FIELD = Pattern.compile("ex-(\\d+)-(.+)");

    @Inject
    Reports reports;

    @Inject
    IntakeService intakes;

    @Inject
    Assessments assessments;

    @Inject
    PageLanguage ui;

    @Inject
    AuditLog audit;

    @Inject
    PageAudit pageAudit;

    @Inject
    jakarta.validation.Validator validator;

    @Inject
    HttpServletRequest request;

    private IntakeView intake;
    private HandoutPlanView plan;
    private List<Row> rows = List.of();
    private final Map<String, String> values = new LinkedHashMap<>();
    private Map<String, String> errors = new LinkedHashMap<>();

    /**
     * One exercise the clinician may put on the handout: the assessment's suggestions and anything in the
     * stored plan, in the plan's order first.
     *
     * @param minutesBased walking and the like: a time and how often, no sets, reps or hold
     */
    public record Row(int index, String id, String name, boolean minutesBased) {

        public String field(String part) {
            return "ex-" + index + "-" + part;
        }
    }

    @PostConstruct
    void load() {
        UUID id;
        try {
            id = UUID.fromString(String.valueOf(request.getParameter("intake")));
            intake = intakes.get(id);
            plan = reports.plan(id);
        } catch (IllegalArgumentException | IntakeNotFound | InvalidInput e) {
            intake = null;
            pageAudit.read(PageAudit.HANDOUT_PLAN_READ, null, null, 404);
            return;
        }
        // The exercises suggested for this patient are clinical content: one audit row, before any of it renders.
        pageAudit.read(PageAudit.HANDOUT_PLAN_READ, intake.patient().clinicId(), id);
        Assessment assessment = assessments.of(id, intake.version());
        Map<String, Dosage> planned = new LinkedHashMap<>();
        if (plan.stored() || !plan.exercisesWithheld()) {
            plan.exercises().forEach(item -> planned.put(item.id(), item.dosage()));
        }
        Map<String, Dosage> suggested = new LinkedHashMap<>();
        for (SuggestedExercise s : assessment.exercises()) {
            suggested.put(s.id(), s.dosage());
        }
        if (plan.exercisesWithheld()) {
            // A warning sign withheld the suggestions; a clinician who has seen the patient may still choose any
            // exercise, unticked to start with: the stored plan overrides (and records who and when).
            assessments.knowledgeBase().exercises().forEach(e -> suggested.putIfAbsent(e.id(), e.dosage()));
        }
        Set<String> ids = new LinkedHashSet<>(planned.keySet());
        ids.addAll(suggested.keySet());
        List<Row> list = new ArrayList<>();
        for (String exerciseId : ids) {
            Exercise exercise;
            try {
                exercise = assessments.knowledgeBase().exercise(exerciseId);
            } catch (java.util.NoSuchElementException e) {
                continue; // a plan made with an older knowledge base; the service would refuse it now anyway
            }
            Row row = new Row(list.size(), exerciseId, exercise.name(ui.language()), exercise.dosage().minutes() != null);
            list.add(row);
            // Without a stored plan every suggestion is ticked, as the handout would print it; withheld ones are not.
            boolean ticked = planned.containsKey(exerciseId);
            Dosage dosage = ticked ? planned.get(exerciseId) : suggested.get(exerciseId);
            if (ticked) {
                values.put(row.field(ON), ON);
            }
            put(row.field("sets"), dosage.sets());
            put(row.field("reps"), dosage.reps());
            put(row.field("hold"), dosage.holdSeconds());
            put(row.field("minutes"), dosage.minutes());
            put(row.field("week"), dosage.timesPerWeek());
        }
        rows = List.copyOf(list);
        values.put("language", plan.language().code());
        if (plan.largePrint()) {
            values.put("largePrint", ON);
        }
    }

    private void put(String field, Integer number) {
        if (number != null) {
            values.put(field, number.toString());
        }
    }

    // ---- action -----------------------------------------------------------------------------------------------

    /** Stores the plan and shows the page again with the download; with any error, nothing is stored. */
    public String save() {
        if (intake == null) {
            return null;
        }
        values.clear();
        Map<String, String[]> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        // The rows as the page showed them, by the exercise id each row carried: another plan stored in the
        // meantime may have changed the order, and a number must never land on the wrong exercise.
        List<Row> shown = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String id = Pages.first(params, "ex-" + i + "-id");
            if (id == null) {
                break;
            }
            int index = i;
            rows.stream().filter(r -> r.id().equals(id)).findFirst()
                    .ifPresent(r -> shown.add(new Row(index, r.id(), r.name(), r.minutesBased())));
        }
        rows = List.copyOf(shown);
        for (Row row : rows) {
            for (String part : PARTS) {
                values.put(row.field(part), Pages.first(params, row.field(part)));
            }
            if (ON.equals(Pages.first(params, row.field(ON)))) {
                values.put(row.field(ON), ON);
            }
        }
        values.put("language", Pages.first(params, "language"));
        if (ON.equals(Pages.first(params, "largePrint"))) {
            values.put("largePrint", ON);
        }

        errors = new LinkedHashMap<>();
        Language language = "es".equals(values.get("language")) ? Language.ES
                : "en".equals(values.get("language")) ? Language.EN : null;
        if (language == null) {
            errors.put("language", ui.text("handout.error.language"));
        }
        List<Row> chosenRows = new ArrayList<>();
        List<ChosenExercise> chosen = new ArrayList<>();
        for (Row row : rows) {
            if (!chosen(row)) {
                continue;
            }
            Integer sets = row.minutesBased() ? null : whole(row.field("sets"));
            Integer reps = row.minutesBased() ? null : whole(row.field("reps"));
            Integer hold = row.minutesBased() ? null : whole(row.field("hold"));
            Integer minutes = row.minutesBased() ? whole(row.field("minutes")) : null;
            Integer week = whole(row.field("week"));
            chosenRows.add(row);
            chosen.add(new ChosenExercise(row.id(), new DosageRequest(sets, reps, hold, minutes, week)));
        }
        HandoutPlanRequest planRequest = new HandoutPlanRequest(language, values.containsKey("largePrint"), chosen);
        // Also with text that is not a number elsewhere, so every wrong box is shown at once; the service
        // validates again (storePlan is @Valid), this is for one plain message next to each field.
        addViolations(validator.validate(planRequest), chosenRows);
        if (errors.isEmpty()) {
            try {
                reports.storePlan(intake.id(), planRequest, clinician());
                audit.record("report.handout-plan.create", intake.patient().clinicId(), intake.id(), 201);
                return Pages.redirect("/dashboard/handout?intake=" + intake.id() + "&saved=1");
            } catch (ConstraintViolationException e) {
                addViolations(e.getConstraintViolations(), chosenRows);
            } catch (InvalidInput e) {
                addProblem(Problem.invalid(e.errors()), chosenRows);
            } catch (IntakeNotFound e) {
                errors.putIfAbsent("form", e.getMessage());
            }
        }
        errors = inPageOrder(errors);
        audit.record("report.handout-plan.create", intake.patient().clinicId(), intake.id(), 400);
        return null;
    }

    /** The errors in the order of the fields on the page, so the summary reads top to bottom. */
    private Map<String, String> inPageOrder(Map<String, String> found) {
        List<String> order = new ArrayList<>(List.of("form"));
        for (Row row : rows) {
            order.add(row.field(ON));
            PARTS.forEach(part -> order.add(row.field(part)));
        }
        order.add("language");
        Map<String, String> sorted = new LinkedHashMap<>();
        order.stream().filter(found::containsKey).forEach(field -> sorted.put(field, found.get(field)));
        found.forEach(sorted::putIfAbsent);
        return sorted;
    }

    /** Text that is not a whole number is an error for its field; an empty box is "not given". */
    private Integer whole(String field) {
        String text = values.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.putIfAbsent(field, ui.text("handout.error.wholeNumber"));
            return null;
        }
    }

    private void addViolations(Set<? extends ConstraintViolation<?>> violations, List<Row> chosenRows) {
        for (ConstraintViolation<?> v : violations) {
            Integer index = null;
            String leaf = null;
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getIndex() != null && index == null) {
                    index = node.getIndex();
                }
                leaf = node.getName();
            }
            if (index == null || index >= chosenRows.size() || leaf == null) {
                errors.putIfAbsent("form", v.getMessage());
                continue;
            }
            String part = switch (leaf) {
                case "sets" -> "sets";
                case "reps" -> "reps";
                case "holdSeconds" -> "hold";
                case "minutes" -> "minutes";
                case "timesPerWeek" -> "week";
                default -> null;
            };
            Row row = chosenRows.get(index);
            if (part == null) {
                errors.putIfAbsent(row.field(ON), v.getMessage());
            } else {
                errors.putIfAbsent(row.field(part), ui.text("handout.error." + part));
            }
        }
    }

    private void addProblem(Problem problem, List<Row> chosenRows) {
        if (problem.errors() == null || problem.errors().isEmpty()) {
            errors.putIfAbsent("form", problem.detail());
            return;
        }
        Pattern at = Pattern.compile("exercises\\[(\\d+)](?:\\.dosage)?(?:\\.(\\w+))?");
        for (Problem.FieldError e : problem.errors()) {
            Matcher m = at.matcher(e.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < chosenRows.size()) {
                Row row = chosenRows.get(Integer.parseInt(m.group(1)));
                // The service's two dosage rules: an amount is needed, and sets need reps.
                if ("reps".equals(m.group(2))) {
                    errors.putIfAbsent(row.field("reps"), ui.text("handout.error.repsForSets"));
                } else if (e.field().endsWith(".dosage")) {
                    errors.putIfAbsent(row.field(row.minutesBased() ? "minutes" : "reps"), ui.text("handout.error.amount"));
                } else {
                    errors.putIfAbsent(row.field(ON), e.message());
                }
            } else {
                errors.putIfAbsent("form", e.message());
            }
        }
    }

    // ---- what the page shows ----------------------------------------------------------------------------------

    public boolean isFound() {
        return intake != null;
    }

    public IntakeView getIntake() {
        return intake;
    }

    public HandoutPlanView getPlan() {
        return plan;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** Just stored: the page offers the handout. */
    public boolean isSaved() {
        return request.getParameter("saved") != null && plan != null && plan.stored() && errors.isEmpty();
    }

    public boolean chosen(Row row) {
        return values.containsKey(row.field(ON));
    }

    public String value(String field) {
        return values.get(field);
    }

    public String checked(String field, String option) {
        return option.equals(values.get(field)) ? "checked" : null;
    }

    @Override
    public Map<String, String> getErrors() {
        return errors;
    }

    /** The field an error in the summary jumps to: the box itself, or the exercise's tick box. */
    public String anchor(String field) {
        return "form".equals(field) ? "plan-form" : field;
    }

    /** The exercise's name for an error summary line ("Clamshells: ..."), or empty. */
    public String rowName(String field) {
        Matcher m = ROW_FIELD.matcher(field);
        if (m.matches() && Integer.parseInt(m.group(1)) < rows.size()) {
            return rows.get(Integer.parseInt(m.group(1))).name() + ": ";
        }
        return "";
    }

    public String describedBy(String field) {
        return invalid(field) ? field + "-error" : null;
    }

    private String clinician() {
        return request.getUserPrincipal() != null ? request.getUserPrincipal().getName() : "clinician";
    }
}
