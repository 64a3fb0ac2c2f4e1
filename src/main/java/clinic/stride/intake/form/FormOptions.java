package clinic.stride.intake.form;

import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The options of each multiple-choice question, as answer codes; the words are in the message bundles under
 * {@code opt.<group>.<code>}. Taken from the question catalogue ({@link IntakeForm}), so a new answer code
 * appears on the form, and a question that takes only some codes (the longer leg) offers only those.
 */
@Named("options")
@ApplicationScoped
public class FormOptions {

    static final Map<String, List<String>> GROUPS = Map.ofEntries(
            Map.entry("sex", codesOf("patient.sex")),
            Map.entry("region", codesOf("pain.regions")),
            Map.entry("side", codesOf("pain.side")),
            Map.entry("longer", codesOf("factors.legLength.longerSide")),
            Map.entry("onset", codesOf("pain.onset")),
            Map.entry("trigger", codesOf("pain.when")),
            Map.entry("relief", codesOf("pain.relievedBy")),
            Map.entry("character", codesOf("pain.character")),
            Map.entry("shoe", codesOf("factors.footwear.type")),
            Map.entry("sport", codesOf("factors.activity.sports")),
            Map.entry("condition", codesOf("factors.conditions")),
            Map.entry("pain", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10")));

    public List<String> of(String group) {
        List<String> codes = GROUPS.get(group);
        if (codes == null) {
            throw new IllegalArgumentException("no option group " + group);
        }
        return codes;
    }

    /** The answer codes the question catalogue offers for this question, in its order. */
    private static List<String> codesOf(String linkId) {
        return IntakeForm.find(linkId).orElseThrow().options().stream().map(Question.Option::code).toList();
    }
}
