package clinic.stride.reports;

import clinic.stride.knowledge.Dosage;
import clinic.stride.knowledge.Exercise;
import clinic.stride.vocabulary.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One exercise on a patient's handout, with the dosage the clinician chose or, without a plan, the knowledge base's.
 *
 * @param id     the knowledge base's exercise id (also names its drawing)
 * @param dosage how much and how often
 */
public record PlannedExercise(String id, Dosage dosage) {

    public PlannedExercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dosage, "dosage");
    }

    /** A dosage line of the handout, e.g. "How often" / "3 times a week". */
    record DosageLine(String label, String value) {
    }

    /** The exercise as the knowledge base suggests it. */
    public static PlannedExercise asSuggested(Exercise exercise) {
        return new PlannedExercise(exercise.id(), exercise.dosage());
    }

    /**
     * The exercise's steps in the patient's language, with the numbers brought in line with this dosage: the
     * knowledge base's steps say "Do this 10 times" for its own default, and a handout must not say 10 in the steps
     * and 15 in the dosage box. Only numbers of 2 or more that equal a default are changed, and only when the
     * defaults differ from each other, so a number cannot be mistaken for another.
     */
    List<String> steps(Exercise exercise, Language language) {
        Dosage usual = exercise.dosage();
        List<int[]> swaps = new ArrayList<>();
        addSwap(swaps, usual.reps(), dosage.reps());
        addSwap(swaps, usual.holdSeconds(), dosage.holdSeconds());
        addSwap(swaps, usual.minutes(), dosage.minutes());
        boolean ambiguous = swaps.stream().map(s -> s[0]).distinct().count() < swaps.size()
                || (usual.reps() != null && usual.reps().equals(usual.holdSeconds()));
        List<String> steps = exercise.steps(language);
        if (swaps.isEmpty() || ambiguous) {
            return steps;
        }
        return steps.stream().map(step -> swapNumbers(step, swaps)).toList();
    }

    private static void addSwap(List<int[]> swaps, Integer usual, Integer chosen) {
        if (usual != null && chosen != null && usual >= 2 && !usual.equals(chosen)) {
            swaps.add(new int[] {usual, chosen});
        }
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d+(?![\\d.,]\\d)");

    private static String swapNumbers(String step, List<int[]> swaps) {
        Matcher m = NUMBER.matcher(step);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int found = Integer.parseInt(m.group());
            String replacement = m.group();
            for (int[] swap : swaps) {
                if (swap[0] == found) {
                    replacement = String.valueOf(swap[1]);
                }
            }
            m.appendReplacement(out, replacement);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** How much and how often, as short labelled phrases in the patient's language. */
    List<DosageLine> dosageLines(HandoutCopy copy) {
        List<DosageLine> lines = new ArrayList<>();
        if (dosage.reps() != null) {
            int sets = dosage.sets() == null ? 1 : dosage.sets();
            String amount = sets > 1 ? copy.text("sets", sets, dosage.reps())
                    : dosage.reps() == 1 ? copy.text("reps.one") : copy.text("reps.many", dosage.reps());
            if (dosage.perSide()) {
                amount += " " + copy.text("side");
            }
            lines.add(new DosageLine(copy.text("dosage.amount"), amount));
        }
        if (dosage.holdSeconds() != null) {
            lines.add(new DosageLine(copy.text("dosage.hold"), dosage.holdSeconds() == 1
                    ? copy.text("seconds.one") : copy.text("seconds.many", dosage.holdSeconds())));
        }
        if (dosage.minutes() != null) {
            lines.add(new DosageLine(copy.text("dosage.time"), dosage.minutes() == 1
                    ? copy.text("minutes.one") : copy.text("minutes.many", dosage.minutes())));
        }
        if (dosage.timesPerWeek() != null) {
            int times = dosage.timesPerWeek();
            String key = "week." + times;
            lines.add(new DosageLine(copy.text("dosage.often"),
                    copy.has(key) ? copy.text(key) : copy.text("week.many", times)));
        }
        return lines;
    }
}
