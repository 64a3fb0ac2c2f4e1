package clinic.stride.intake.form;

import static clinic.stride.intake.form.Fields.*;

import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import clinic.stride.outcomes.Lefs;
import clinic.stride.platform.PageLanguage;
import clinic.stride.vocabulary.Language;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the answers back in words for the review page, in the page's language. Each page's fields come from
 * {@link IntakeStep} (with the plain questions of the catalogue that no page lists); a question without words
 * in the page bundle reads as the catalogue words it.
 */
public final class Review {

    /** Option lists: the message-key group for each field whose answers are codes. */
    static final Map<String, String> OPTION_GROUPS = Map.ofEntries(
            Map.entry(SEX, "sex"), Map.entry(REGIONS, "region"), Map.entry(SIDE, "side"), Map.entry(ONSET, "onset"),
            Map.entry(WHEN, "trigger"), Map.entry(RELIEVED_BY, "relief"), Map.entry(CHARACTER, "character"),
            Map.entry(SHOE_TYPE, "shoe"), Map.entry(SPORTS, "sport"), Map.entry(CONDITIONS, "condition"),
            Map.entry(LONGER_SIDE, "longer"));

    private final DraftAnswers answers;
    private final Language language;
    private final ResourceBundle bundle;
    private final IntakeForm form;
    /** Message key for an optional warning sign without an answer. */
    private final String blank;

    public Review(DraftAnswers answers, PageLanguage ui) {
        this(answers, ui.language(), IntakeForm.standard());
    }

    /** The review in a language of the questions of a catalogue (the standard one, or one with a question added). */
    public Review(DraftAnswers answers, Language language, IntakeForm form) {
        this(answers, language, form, "answer.none");
    }

    private Review(DraftAnswers answers, Language language, IntakeForm form, String blank) {
        this.answers = answers;
        this.language = language;
        this.bundle = PageLanguage.bundle(language);
        this.form = form;
        this.blank = blank;
    }

    /**
     * The review of stored answers, for the clinician: an optional warning sign without an answer reads "Not
     * asked" (the API's meaning of an absent answer, and true of intakes made before the question existed).
     */
    public Review ofStoredAnswers() {
        return new Review(answers, language, form, "answer.notAsked");
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
            if (step == IntakeStep.FUNCTION) {
                // The LEFS is read as its score, not as 20 lines of answers.
                sections.add(new ReviewSection(text("step." + step.slug() + ".title"), path.apply(step), List.of(lefsLine())));
                continue;
            }
            List<ReviewSection.Line> values = new ArrayList<>();
            for (String field : step.valueFields(form)) {
                line(field).ifPresent(values::add);
            }
            List<ReviewSection.Line> ticked = new ArrayList<>();
            if (step == IntakeStep.WHERE && !answers.regionSides().isEmpty()) {
                // One line: each place with its own side ("Outer hip: right side, Lower back: left side").
                ticked.add(new ReviewSection.Line(text("q." + REGIONS), answers.regionSides().entrySet().stream()
                        .map(e -> text("opt.region." + e.getKey()) + (e.getValue() == null ? ""
                                : ": " + text("opt.side." + e.getValue()).toLowerCase(Locale.of(language.code()))))
                        .collect(Collectors.joining(", "))));
            }
            for (String field : step.listFields(form)) {
                if (step == IntakeStep.WHERE) {
                    continue;
                }
                if (!answers.list(field).isEmpty()) {
                    ticked.add(new ReviewSection.Line(question(field), answers.list(field).stream()
                            .map(code -> option(field, code)).collect(Collectors.joining(", "))));
                }
            }
            // In the order the page asks: on "where" the places come before the side and the pain score.
            List<ReviewSection.Line> lines = new ArrayList<>(step == IntakeStep.WHERE ? ticked : values);
            lines.addAll(step == IntakeStep.WHERE ? values : ticked);
            sections.add(new ReviewSection(text("step." + step.slug() + ".title"), path.apply(step), lines));
        }
        return sections;
    }

    /** The LEFS's total when every item is answered, else how many were, else "not answered". */
    private ReviewSection.Line lefsLine() {
        TypedNumbers typed = new TypedNumbers(answers);
        List<Integer> items = new ArrayList<>();
        for (String field : Fields.LEFS_ITEMS) {
            items.add(typed.whole(field));
        }
        Lefs.Score score;
        try {
            score = new Lefs.Answers(items).score();
        } catch (IllegalArgumentException outOfRange) {
            score = new Lefs.Score(null, (int) items.stream().filter(java.util.Objects::nonNull).count());
        }
        String answer = score.complete() ? MessageFormat.format(text("lefsIntake.review.total"), score.totalOrNull())
                : score.answered() > 0 ? MessageFormat.format(text("lefsIntake.review.partial"), score.answered())
                : text("lefsIntake.review.none");
        return new ReviewSection.Line(text("lefsIntake.review.question"), answer);
    }

    private java.util.Optional<ReviewSection.Line> line(String field) {
        String v = answers.value(field);
        if (skipped(field)) {
            return java.util.Optional.empty();
        }
        if (v == null && SAFETY_SCREEN.contains(field)) {
            // Optional warning signs: a blank is shown, so the patient sees what they did not answer.
            return java.util.Optional.of(new ReviewSection.Line(question(field), text(blank)));
        }
        if (v == null) {
            return java.util.Optional.empty();
        }
        String question = question(field);
        String answer = switch (field) {
            case BIRTH_DAY -> birthDate();
            case DURATION_AMOUNT -> v + " " + text("unit." + answers.value(DURATION_UNIT) + ".plural");
            case SHOE_AGE_AMOUNT -> v + " " + text("unit." + answers.value(SHOE_AGE_UNIT) + ".plural");
            default -> "yes".equals(v) || "no".equals(v) ? text("answer." + v)
                    : OPTION_GROUPS.containsKey(field) ? option(field, v)
                    : has("suffix." + field) ? v + " " + text("suffix." + field) : v;
        };
        if (field.equals(BIRTH_DAY)) {
            question = text("q." + BIRTH_DATE);
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

    /** The option's words in the page bundle, else as the catalogue words it. */
    private String option(String field, String code) {
        String key = "opt." + OPTION_GROUPS.getOrDefault(field, field) + "." + code;
        if (has(key)) {
            return text(key);
        }
        return catalogue(field).flatMap(q -> q.option(code)).map(o -> inLanguage(o.display())).orElse(key);
    }

    /** The question's words in the page bundle ({@code q.<field>}), else as the catalogue words it. */
    private String question(String field) {
        return has("q." + field) ? text("q." + field)
                : catalogue(field).map(q -> inLanguage(q.text())).orElse("q." + field);
    }

    private Optional<Question> catalogue(String field) {
        return form.lookup(field);
    }

    private String inLanguage(Question.Text words) {
        return language == Language.ES ? words.es() : words.en();
    }

    private boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A message of the page bundle, or the key itself when missing (as {@link PageLanguage#text}). */
    private String text(String key) {
        return has(key) ? bundle.getString(key) : key;
    }
}
