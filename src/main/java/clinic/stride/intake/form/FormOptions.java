package clinic.stride.intake.form;

import clinic.stride.intake.Condition;
import clinic.stride.intake.FootwearType;
import clinic.stride.intake.Onset;
import clinic.stride.intake.PainCharacter;
import clinic.stride.intake.PainRegion;
import clinic.stride.intake.PainTrigger;
import clinic.stride.intake.Relief;
import clinic.stride.intake.Side;
import clinic.stride.intake.Sport;
import clinic.stride.patient.Sex;
import clinic.stride.vocabulary.Coded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The options of each multiple-choice question, as answer codes; the words are in the message bundles under
 * {@code opt.<group>.<code>}. Taken from the intake's own enums, so a new answer code appears on the form.
 */
@Named("options")
@ApplicationScoped
public class FormOptions {

    static final Map<String, List<String>> GROUPS = Map.ofEntries(
            Map.entry("sex", List.of("female", "male", "other", "unknown")),
            Map.entry("region", codes(PainRegion.values())),
            Map.entry("side", codes(Side.values())),
            Map.entry("longer", List.of("left", "right")),
            Map.entry("onset", codes(Onset.values())),
            Map.entry("trigger", codes(PainTrigger.values())),
            Map.entry("relief", codes(Relief.values())),
            Map.entry("character", codes(PainCharacter.values())),
            Map.entry("shoe", codes(FootwearType.values())),
            Map.entry("sport", codes(Sport.values())),
            Map.entry("condition", codes(Condition.values())),
            Map.entry("pain", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10")));

    static {
        // Every sex code the patient record knows must be on the form.
        if (!GROUPS.get("sex").containsAll(codes(Sex.values()))) {
            throw new IllegalStateException("sex options out of date");
        }
    }

    public List<String> of(String group) {
        List<String> codes = GROUPS.get(group);
        if (codes == null) {
            throw new IllegalArgumentException("no option group " + group);
        }
        return codes;
    }

    private static List<String> codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).toList();
    }
}
