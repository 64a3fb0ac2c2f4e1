package clinic.stride.outcomes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Lower Extremity Functional Scale (Binkley et al. 1999, see {@link LefsItem}): 20 activities, each answered
 * 0 (extreme difficulty or unable to perform the activity) to 4 (no difficulty); the score is their sum, 0 to 80,
 * higher is better. Binkley et al. report a minimal clinically important difference of 9 scale points (90 % CI).
 *
 * <p><b>Missing answers.</b> The instrument asks for "an answer for each activity" and its score is "the sum of
 * responses" (the form as published with Binkley et al. 1999). A rule for prorating a form with items left blank
 * (such as "up to 4 missing items") could not be found in a source we could cite, so Stride does not invent one:
 * a form with any item unanswered gets no total ({@link Score#total()} empty) and says how many items were
 * answered, and the patient page and summary show it as incomplete. The follow-up page asks every item.
 */
public final class Lefs {

    /** The instrument and version an answer set is stored with (V22, column instrument_version). */
    public static final String INSTRUMENT_VERSION = "LEFS-1999";
    public static final int ITEMS = LefsItem.values().length;
    public static final int ITEM_MIN = 0;
    public static final int ITEM_MAX = 4;
    public static final int MAX_SCORE = ITEMS * ITEM_MAX;
    /** Minimal clinically important difference, Binkley et al. 1999: 9 scale points. */
    public static final int MCID = 9;

    /** The five answers of every item, 0 to 4, in the form's words. */
    public static final List<Wording> ANSWERS = List.of(
            new Wording("Extreme difficulty or unable to perform activity", "Dificultad extrema o incapaz de hacerlo"),
            new Wording("Quite a bit of difficulty", "Bastante dificultad"),
            new Wording("Moderate difficulty", "Dificultad moderada"),
            new Wording("A little bit of difficulty", "Un poco de dificultad"),
            new Wording("No difficulty", "Ninguna dificultad"));

    /** The form's instruction and the question each activity completes. */
    public static final Wording INSTRUCTION = new Wording(
            "We are interested in knowing whether you are having any difficulty at all with the activities listed below "
                    + "because of your lower limb problem for which you are currently seeking attention. Please provide an "
                    + "answer for each activity.",
            "Queremos saber si tiene alguna dificultad con las actividades de la lista por el problema de la pierna o "
                    + "la cadera por el que busca atención. Responda a cada actividad.");
    public static final Wording STEM = new Wording("Today, do you or would you have any difficulty at all with:",
            "Hoy, ¿tiene o tendría alguna dificultad para:");

    private Lefs() {
    }

    /**
     * One LEFS form's answers: 20 entries in item order, each 0 to 4 or null when left blank.
     *
     * @throws IllegalArgumentException when there are not 20 entries or an answer is outside 0 to 4
     */
    public record Answers(List<Integer> items) {

        public Answers {
            if (items == null || items.size() != ITEMS) {
                throw new IllegalArgumentException("the LEFS has " + ITEMS + " items");
            }
            for (Integer item : items) {
                if (item != null && (item < ITEM_MIN || item > ITEM_MAX)) {
                    throw new IllegalArgumentException("each LEFS answer must be between " + ITEM_MIN + " and " + ITEM_MAX);
                }
            }
            items = Collections.unmodifiableList(new ArrayList<>(items));
        }

        public Integer answer(LefsItem item) {
            return items.get(item.ordinal());
        }

        public Score score() {
            int sum = 0;
            int answered = 0;
            for (Integer item : items) {
                if (item != null) {
                    sum += item;
                    answered++;
                }
            }
            return new Score(answered == ITEMS ? sum : null, answered);
        }
    }

    /** The total (0 to 80) when every item was answered, else none; and how many items were answered. */
    public record Score(Integer totalOrNull, int answered) {

        public java.util.Optional<Integer> total() {
            return java.util.Optional.ofNullable(totalOrNull);
        }

        public boolean complete() {
            return totalOrNull != null;
        }

        public int missing() {
            return ITEMS - answered;
        }
    }

    /**
     * Whether the change from one total to a later one is at least the MCID, and which way: +1 better, -1 worse,
     * 0 within the band of 9 points either side.
     */
    public static int clinicallyImportantChange(int before, int after) {
        int change = after - before;
        return change >= MCID ? 1 : change <= -MCID ? -1 : 0;
    }
}
