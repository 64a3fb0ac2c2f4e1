package clinic.stride.intake.form;

import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import clinic.stride.intake.questions.Widget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The pages of the intake form, in order, each with the form fields it places by hand and the answer paths whose
 * errors belong on it (the paths are those of the intake body in the README, as Bean Validation reports them).
 * A plain question of the catalogue ({@link Widget#isPlain}) that no page lists is a field of the page its
 * answer path belongs to, after the page's own: the generic renderer ({@code <s:questions>}, {@link StepQuestions})
 * asks it, the draft keeps it and the review shows it.
 */
public enum IntakeStep {
    YOU("you",
            List.of(Fields.CLINIC_ID, Fields.GIVEN_NAME, Fields.FAMILY_NAME, Fields.BIRTH_DAY, Fields.BIRTH_MONTH,
                    Fields.BIRTH_YEAR, Fields.SEX, Fields.PHONE, Fields.EMAIL),
            List.of(),
            List.of("patient.")),
    WHERE("where",
            List.of(Fields.SIDE, Fields.INTENSITY),
            List.of(Fields.REGIONS, Fields.REGIONS_LEFT, Fields.REGIONS_RIGHT),
            List.of("pain.regions", "pain.side", "pain.leftRegions", "pain.rightRegions", "pain.intensity")),
    WHEN("when",
            List.of(Fields.ONSET, Fields.DURATION_AMOUNT, Fields.DURATION_UNIT),
            List.of(Fields.WHEN, Fields.RELIEVED_BY, Fields.CHARACTER),
            List.of("pain.onset", "pain.durationWeeks", "pain.durationAmount", "pain.durationUnit", "pain.when", "pain.relievedBy", "pain.character")),
    ACTIVITY("activity",
            List.of(Fields.SHOE_TYPE, Fields.SHOE_AGE_AMOUNT, Fields.SHOE_AGE_UNIT, Fields.SHOES_WORN_OUT, Fields.ORTHOTICS,
                    Fields.WALKING_KM, Fields.RUNS, Fields.RUNNING_KM, Fields.RECENT_INCREASE, Fields.UNEVEN_TERRAIN,
                    Fields.DOWNHILL, Fields.SPEED_WORK, Fields.STRENGTH_TRAINING, Fields.WARMS_UP),
            List.of(Fields.SPORTS),
            List.of("factors.footwear", "factors.activity")),
    BODY("body",
            List.of(Fields.HEIGHT, Fields.WEIGHT, Fields.SITTING_HOURS, Fields.SLOUCHED, Fields.ARCHED_BACK,
                    Fields.KNEE_VALGUS, Fields.OVER_PRONATION, Fields.SUPINATION, Fields.LIMP,
                    Fields.LEG_LENGTH_KNOWN, Fields.LEG_DIFFERENCE_CM, Fields.LONGER_SIDE, Fields.LEG_MEASURED),
            List.of(),
            List.of("factors.heightCm", "factors.weightKg", "factors.posture", "factors.gait", "factors.legLength")),
    /** Placed by the generic renderer: every question of the page is plain and comes in the catalogue's order. */
    HISTORY("history",
            List.of(),
            List.of(),
            List.of("factors.pastInjuries", "factors.conditions")),
    /** The optional LEFS, one row per activity; skipping it is answering none. */
    FUNCTION("function",
            Fields.LEFS_ITEMS,
            List.of(),
            List.of("lefs")),
    WARNING("warning",
            Fields.WARNING_PAGE,
            List.of(),
            List.of("redFlags", Fields.PREGNANT)),
    REVIEW("review", List.of(), List.of(), List.of());

    private final String slug;
    private final List<String> values;
    private final List<String> lists;
    private final List<String> errorPaths;

    IntakeStep(String slug, List<String> values, List<String> lists, List<String> errorPaths) {
        this.slug = slug;
        this.values = values;
        this.lists = lists;
        this.errorPaths = errorPaths;
    }

    public String slug() {
        return slug;
    }

    /** The page's address below the context root. */
    public String path() {
        return "/intake/" + slug;
    }

    /** Fields with one value (text, number, one choice). */
    public List<String> valueFields() {
        return valueFields(IntakeForm.standard());
    }

    /** Fields with any number of values ("tick all that apply"). */
    public List<String> listFields() {
        return listFields(IntakeForm.standard());
    }

    /** The page's fields with one value when it asks the questions of this catalogue. */
    public List<String> valueFields(IntakeForm form) {
        return withUnlisted(values, form, false);
    }

    /** The page's "tick all that apply" fields when it asks the questions of this catalogue. */
    public List<String> listFields(IntakeForm form) {
        return withUnlisted(lists, form, true);
    }

    /**
     * The plain questions of the catalogue that belong on this page but no page places by hand, in the catalogue's
     * order: the ones the generic renderer asks.
     */
    public List<Question> unlisted(IntakeForm form) {
        return form.all().values().stream()
                .filter(Widget::isPlain)
                .filter(q -> showing(q.linkId()) == this)
                .filter(q -> Arrays.stream(values()).noneMatch(step -> step.values.contains(q.linkId()) || step.lists.contains(q.linkId())))
                .toList();
    }

    private List<String> withUnlisted(List<String> listed, IntakeForm form, boolean repeats) {
        List<Question> unlisted = unlisted(form);
        if (unlisted.isEmpty()) {
            return listed;
        }
        List<String> fields = new ArrayList<>(listed);
        unlisted.stream().filter(q -> q.repeats() == repeats).forEach(q -> fields.add(q.linkId()));
        return fields;
    }

    public int number() {
        return ordinal() + 1;
    }

    public static int count() {
        return values().length;
    }

    public IntakeStep next() {
        return this == REVIEW ? REVIEW : values()[ordinal() + 1];
    }

    public IntakeStep previous() {
        return this == YOU ? YOU : values()[ordinal() - 1];
    }

    public static Optional<IntakeStep> bySlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    /**
     * Where an answer path comes on its page, for listing errors in page order: the page, then the first of its
     * error paths and form fields the answer belongs to (both are listed in the order the page shows them).
     */
    public static int pageOrder(String path) {
        IntakeStep step = showing(path);
        int rank = 0;
        for (String field : step.valueFields()) {
            if (path.equals(field) || field.startsWith(path + ".")) {
                return step.ordinal() * 1000 + 100 + rank;
            }
            rank++;
        }
        rank = 0;
        for (String prefix : step.errorPaths) {
            if (path.equals(prefix) || path.startsWith(prefix.endsWith(".") ? prefix : prefix + ".")) {
                return step.ordinal() * 1000 + rank;
            }
            rank++;
        }
        return step.ordinal() * 1000 + 999;
    }

    /** The page on which an error about this answer path is shown; the review page for anything else. */
    public static IntakeStep showing(String path) {
        for (IntakeStep step : values()) {
            for (String prefix : step.errorPaths) {
                if (path.equals(prefix) || path.startsWith(prefix.endsWith(".") ? prefix : prefix + ".")
                        || path.startsWith(prefix + "[")) {
                    return step;
                }
            }
        }
        return REVIEW;
    }
}
