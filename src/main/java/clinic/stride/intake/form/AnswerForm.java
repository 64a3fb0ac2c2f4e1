package clinic.stride.intake.form;

import static clinic.stride.intake.form.Fields.*;

import clinic.stride.platform.FormErrors;
import clinic.stride.platform.PageLanguage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the answer fields on a page need from their bean: the answers as typed, the error for each field, and
 * the ids that tie them together. Shared by the patient's intake form and the clinician's amendment form, so
 * both show the same questions the same way.
 */
public abstract class AnswerForm implements FormErrors {

    @Inject
    protected PageLanguage ui;

    protected DraftAnswers answers = new DraftAnswers();
    protected Map<String, String> errors = Map.of();

    public DraftAnswers getAnswers() {
        return answers;
    }

    public String value(String field) {
        return answers.value(field);
    }

    /** "checked" for a ticked option or chosen answer, null otherwise (Facelets then leaves the attribute out). */
    public String checked(String field, String option) {
        boolean on = answers.has(field, option) || option.equals(answers.value(field));
        return on ? "checked" : null;
    }

    public String selected(String field, String option) {
        return option.equals(answers.value(field)) ? "selected" : null;
    }

    /** Takes this step's fields as posted into the answers (a field left out of the post becomes unanswered). */
    protected void readPosted(IntakeStep step) {
        Map<String, String[]> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        for (String field : step.valueFields()) {
            String[] v = params.get(field);
            answers.put(field, v == null || v.length == 0 ? null : v[0]);
        }
        for (String field : step.listFields()) {
            String[] v = params.get(field);
            answers.putAll(field, v == null ? List.of() : Arrays.asList(v));
        }
    }

    @Override
    public Map<String, String> getErrors() {
        return errors;
    }

    /** One line of the error summary: the field it jumps to, and the message naming its question. */
    public record SummaryLine(String field, String text) {
    }

    /**
     * The errors in the order their questions come on the page, each naming its question ("How bad is the pain, on
     * most days? Choose a number from 0 to 10."), so the summary reads on its own.
     */
    public List<SummaryLine> getErrorSummary() {
        return errors.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt((Map.Entry<String, String> e) -> IntakeStep.pageOrder(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new SummaryLine(e.getKey(), question(e.getKey()).map(q -> q + " – ").orElse("") + e.getValue()))
                .toList();
    }

    private java.util.Optional<String> question(String field) {
        String shown = switch (field) {
            case DURATION -> DURATION_AMOUNT;
            case SHOE_AGE -> SHOE_AGE_AMOUNT;
            case LEG_DIFFERENCE -> LEG_DIFFERENCE_CM;
            default -> field;
        };
        for (String key : List.of("q." + field, "q." + shown)) {
            if (ui.has(key)) {
                return java.util.Optional.of(ui.text(key));
            }
        }
        return java.util.Optional.empty();
    }

    /** The id of the field an error summary link jumps to. */
    public String anchor(String field) {
        return switch (field) {
            case BIRTH_DATE -> id(BIRTH_DAY);
            case DURATION -> id(DURATION_AMOUNT);
            case SHOE_AGE -> id(SHOE_AGE_AMOUNT);
            case LEG_DIFFERENCE -> id(LEG_DIFFERENCE_CM);
            default -> id(field);
        };
    }

    /** A field name as an HTML id: dots become dashes. */
    public String id(String field) {
        return field.replace('.', '-');
    }

    /** The ids that describe a field: its hint when it has one, and its error when it has one. */
    public String describedBy(String field, String errorField) {
        return describedBy(field, errorField, ui.has("hint." + field));
    }

    /** As {@link #describedBy(String, String)}, for a field whose hint is given rather than a bundle key. */
    public String describedBy(String field, String errorField, boolean hinted) {
        List<String> ids = new java.util.ArrayList<>();
        if (hinted) {
            ids.add(id(field) + "-hint");
        }
        if (invalid(errorField)) {
            ids.add(id(errorField) + "-error");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    public boolean isRunner() {
        return answers.runs();
    }

    public boolean isLegLengthKnown() {
        return answers.knowsLegLength();
    }

    /** The pregnancy question applies: the sex given is not male. */
    public boolean isPregnancyAsked() {
        return answers.asksPregnancy();
    }

    /** An answer on the warning-signs page means get medical help now; the page says so at the top. */
    public boolean isEmergencyAnswered() {
        return answers.hasEmergencyAnswer();
    }

    /** Body-map shapes to shade: every chosen region on its own side or sides, front and back. */
    public Set<String> getShadedShapes() {
        Set<String> ids = new TreeSet<>();
        answers.regionSides().forEach((region, side) -> {
            List<String> sides = side == null ? List.of() : "both".equals(side) ? List.of("left", "right") : List.of(side);
            for (String s : sides) {
                ids.add("front-" + region.replace('_', '-') + "-" + s);
                ids.add("back-" + region.replace('_', '-') + "-" + s);
            }
        });
        return ids;
    }

    /** Whether a region is ticked on a side ({@code left} or {@code right}) on the "where" page. */
    public boolean hurtsOn(String region, String side) {
        String given = answers.regionSides().get(region);
        return given != null && (given.equals(side) || given.equals("both"));
    }

    /** The "checked" attribute of a region's side box. */
    public String checkedSide(String region, String side) {
        return hurtsOn(region, side) ? "checked" : null;
    }

    /** The review page: each page's answers in words. */
    public List<ReviewSection> getReview() {
        return new Review(answers, ui).sections();
    }
}
