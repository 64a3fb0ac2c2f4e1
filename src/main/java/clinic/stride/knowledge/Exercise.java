package clinic.stride.knowledge;

import clinic.stride.vocabulary.Language;
import java.util.List;

/**
 * An exercise a seed document describes or names, written for patients in English and Spanish.
 *
 * @param id            stable kebab-case id; the illustration is named after it
 * @param name          English name
 * @param nameEs        Spanish name
 * @param alsoKnownAs   other names the seeds use for the same exercise
 * @param steps         numbered steps, plain English
 * @param stepsEs       the same steps in Spanish
 * @param dosage        how much and how often
 * @param dosageSource  {@code seed} when the seed gives the numbers, {@code clinic-default} when it does not
 * @param progression   how to make it harder, English
 * @param progressionEs the same in Spanish
 * @param stopIf        when to stop, English
 * @param stopIfEs      the same in Spanish
 * @param serves        ids of the causes it helps with
 * @param avoidFor      ids of causes for which it must not be suggested
 * @param illustration  {@code reports/exercises/<id>.svg}
 * @param reviewNote    what a reviewer should know (e.g. the seed only names the exercise); optional
 * @param citation      the seed passage that describes or names it
 * @param level         1 easiest (lying stretches, walking), 2 moderate (bridges, side-lying strength), 3 hardest
 *                      (single-leg work): the handout prints the easiest first (clinic policy)
 */
public record Exercise(String id, String name, String nameEs, List<String> alsoKnownAs,
                       List<String> steps, List<String> stepsEs, Dosage dosage, String dosageSource,
                       String progression, String progressionEs, String stopIf, String stopIfEs,
                       List<String> serves, List<String> avoidFor, String illustration, String reviewNote,
                       Citation citation, Integer level) {

    public static final String DOSAGE_FROM_SEED = "seed";
    public static final String DOSAGE_CLINIC_DEFAULT = "clinic-default";

    public Exercise {
        alsoKnownAs = alsoKnownAs == null ? List.of() : List.copyOf(alsoKnownAs);
        steps = steps == null ? List.of() : List.copyOf(steps);
        stepsEs = stepsEs == null ? List.of() : List.copyOf(stepsEs);
        serves = serves == null ? List.of() : List.copyOf(serves);
        avoidFor = avoidFor == null ? List.of() : List.copyOf(avoidFor);
    }

    /** Easiest first, as the handout prints them. */
    public static final java.util.Comparator<Exercise> EASIEST_FIRST =
            java.util.Comparator.comparing(e -> e.level() == null ? Integer.MAX_VALUE : e.level());

    public String name(Language language) {
        return language == Language.ES ? nameEs : name;
    }

    public List<String> steps(Language language) {
        return language == Language.ES ? stepsEs : steps;
    }

    public String progression(Language language) {
        return language == Language.ES ? progressionEs : progression;
    }

    public String stopIf(Language language) {
        return language == Language.ES ? stopIfEs : stopIf;
    }
}
