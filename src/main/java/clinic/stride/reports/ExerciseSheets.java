package clinic.stride.reports;

import clinic.stride.knowledge.Exercise;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.vocabulary.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

/**
 * A stored plan's exercises as the home programme page shows them: the same steps, dosage phrases, stop rule and
 * drawing as the printed handout ({@link HandoutPdf}), in the patient's language, for a web page instead of a PDF.
 */
public final class ExerciseSheets {

    /** One exercise of the plan, ready for a page; {@code drawingSvg} is inline SVG markup, empty without a drawing. */
    public record Sheet(String id, String name, List<String> steps, List<Line> dosage, String stopIf,
                        String painGuide, String drawingSvg) {
    }

    /** A labelled dosage phrase, e.g. "How often" / "3 times a week". */
    public record Line(String label, String value) {
    }

    private static final Pattern PROLOG = Pattern.compile("(?s)<\\?xml.*?\\?>|<!--.*?-->");
    /** Ids inside the drawings repeat from one drawing to the next; a page holding several must not repeat an id. */
    private static final Pattern IDS_AND_SIZE = Pattern.compile("\\s(id|width|height)=\"[^\"]*\"");

    private ExerciseSheets() {
    }

    public static List<Sheet> of(HandoutPlan plan, Language language, KnowledgeBase knowledge) {
        HandoutCopy copy = HandoutCopy.in(language);
        List<Sheet> sheets = new ArrayList<>();
        for (PlannedExercise planned : plan.exercises()) {
            Exercise exercise;
            try {
                exercise = knowledge.exercise(planned.id());
            } catch (NoSuchElementException e) {
                continue; // a plan made with an older knowledge base; its exercise has no steps to show any more
            }
            String name = exercise.name(language);
            sheets.add(new Sheet(planned.id(), name, planned.steps(exercise, language),
                    planned.dosageLines(copy).stream().map(l -> new Line(l.label(), l.value())).toList(),
                    exercise.stopIf(language), copy.text("pain.1"), drawing(planned.id(), name)));
        }
        return List.copyOf(sheets);
    }

    /** Sessions a week the plan asks for: its most frequent exercise's times a week (at least 1). */
    public static int sessionsPerWeek(HandoutPlan plan) {
        return plan.exercises().stream()
                .map(e -> e.dosage().timesPerWeek())
                .filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(1);
    }

    /** The exercise's drawing as inline SVG with an accessible name, or "" when Stride has none. */
    static String drawing(String exerciseId, String name) {
        try (InputStream in = ExerciseSheets.class.getResourceAsStream(ExerciseIllustration.resourceOf(exerciseId))) {
            if (in == null || !exerciseId.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                return "";
            }
            String svg = PROLOG.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("").strip();
            svg = IDS_AND_SIZE.matcher(svg).replaceAll("");
            String label = name.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
            return svg.replaceFirst("<svg", "<svg class=\"exercise-drawing\" role=\"img\" aria-label=\"" + label + "\" focusable=\"false\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
