package clinic.stride.intake.form;

import static clinic.stride.intake.form.Fields.*;

import clinic.stride.platform.PageLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes the answers back in words for the review page, in the page's language. */
public final class Review {

    /** Option lists: the message-key group for each field whose answers are codes. */
    static final Map<String, String> OPTION_GROUPS = Map.ofEntries(
            Map.entry(SEX, "sex"), Map.entry(REGIONS, "region"), Map.entry(SIDE, "side"), Map.entry(ONSET, "onset"),
            Map.entry(WHEN, "trigger"), Map.entry(RELIEVED_BY, "relief"), Map.entry(CHARACTER, "character"),
            Map.entry(SHOE_TYPE, "shoe"), Map.entry(SPORTS, "sport"), Map.entry(CONDITIONS, "condition"),
            Map.entry(LONGER_SIDE, "longer"));

    private final DraftAnswers answers;
    private final PageLanguage ui;
    /** Message key for an optional warning sign without an answer. */
    private final String blank;

    public Review(DraftAnswers answers, PageLanguage ui) {
        this(answers, ui, "answer.none");
    }

    private Review(DraftAnswers answers, PageLanguage ui, String blank) {
        this.answers = answers;
        this.ui = ui;
        this.blank = blank;
    }

    /**
     * The review of stored answers, for the clinician: an optional warning sign without an answer reads "Not
     * asked" (the API's meaning of an absent answer, and true of intakes made before the question existed).
     */
    public Review ofStoredAnswers() {
        return new Review(answers, ui, "answer.notAsked");
    }

    public List<ReviewSection> sections() {
        return sections(List.of(IntakeStep.values()), IntakeStep::path);
    }

    /** The sections of these pages only, each linking to its page at the address {@code path} gives. */
    public List<ReviewSection> sections(List<IntakeStep> steps, Function<IntakeStep, String> path) {
        List<ReviewSection> sections = new ArrayList<>();
        for (IntakeStep step : steps) {
            if (step == IntakeStep.REVIEW) {
                continue;
            }
            List<ReviewSection.Line> values = new ArrayList<>();
            for (String field : step.valueFields()) {
                line(field).ifPresent(values::add);
            }
            List<ReviewSection.Line> ticked = new ArrayList<>();
            if (step == IntakeStep.WHERE && !answers.regionSides().isEmpty()) {
                // One line: each place with its own side ("Outer hip: right side, Lower back: left side").
                ticked.add(new ReviewSection.Line(ui.text("q." + REGIONS), answers.regionSides().entrySet().stream()
                        .map(e -> ui.text("opt.region." + e.getKey()) + (e.getValue() == null ? ""
                                : ": " + ui.text("opt.side." + e.getValue()).toLowerCase(ui.getLocale())))
                        .collect(Collectors.joining(", "))));
            }
            for (String field : step.listFields()) {
                if (step == IntakeStep.WHERE) {
                    continue;
                }
                if (!answers.list(field).isEmpty()) {
                    ticked.add(new ReviewSection.Line(ui.text("q." + field), answers.list(field).stream()
                            .map(code -> option(field, code)).collect(Collectors.joining(", "))));
                }
            }
            // In the order the page asks: on "where" the places come before the side and the pain score.
            List<ReviewSection.Line> lines = new ArrayList<>(step == IntakeStep.WHERE ? ticked : values);
            lines.addAll(step == IntakeStep.WHERE ? values : ticked);
            sections.add(new ReviewSection(ui.text("step." + step.slug() + ".title"), path.apply(step), lines));
        }
        return sections;
    }

    private java.util.Optional<ReviewSection.Line> line(String field) {
        String v = answers.value(field);
        if (skipped(field)) {
            return java.util.Optional.empty();
        }
        if (v == null && SAFETY_SCREEN.contains(field)) {
            // Optional warning signs: a blank is shown, so the patient sees what they did not answer.
            return java.util.Optional.of(new ReviewSection.Line(ui.text("q." + field), ui.text(blank)));
        }
        if (v == null) {
            return java.util.Optional.empty();
        }
        String question = ui.text("q." + field);
        String answer = switch (field) {
            case BIRTH_DAY -> birthDate();
            case DURATION_AMOUNT -> v + " " + ui.text("unit." + answers.value(DURATION_UNIT) + ".plural");
            case SHOE_AGE_AMOUNT -> v + " " + ui.text("unit." + answers.value(SHOE_AGE_UNIT) + ".plural");
            default -> "yes".equals(v) || "no".equals(v) ? ui.text("answer." + v)
                    : OPTION_GROUPS.containsKey(field) ? option(field, v)
                    : ui.has("suffix." + field) ? v + " " + ui.text("suffix." + field) : v;
        };
        if (field.equals(BIRTH_DAY)) {
            question = ui.text("q." + BIRTH_DATE);
        }
        return java.util.Optional.of(new ReviewSection.Line(question, answer));
    }

    /** Parts shown inside another line, and questions that do not apply to these answers. */
    private boolean skipped(String field) {
        return switch (field) {
            case BIRTH_MONTH, BIRTH_YEAR, DURATION_UNIT, SHOE_AGE_UNIT -> true;
            // Shown with each place on the "where" line.
            case SIDE -> true;
            case RUNNING_KM, DOWNHILL, SPEED_WORK -> !answers.runs();
            case LEG_DIFFERENCE_CM, LONGER_SIDE, LEG_MEASURED -> !answers.knowsLegLength();
            case PREGNANT -> !answers.asksPregnancy();
            default -> false;
        };
    }

    private String birthDate() {
        return String.join(" / ", nonNull(answers.value(BIRTH_DAY)), nonNull(answers.value(BIRTH_MONTH)),
                nonNull(answers.value(BIRTH_YEAR)));
    }

    private static String nonNull(String s) {
        return s == null ? "?" : s;
    }

    private String option(String field, String code) {
        return ui.text("opt." + OPTION_GROUPS.getOrDefault(field, field) + "." + code);
    }
}
