package clinic.stride.intake.questions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One question of the intake form, or a group of them. The {@code linkId} is the answer's JSON path in the
 * intake body ({@code pain.intensity}, {@code factors.activity.sports}), so an error the API reports for a
 * field names the question too.
 *
 * @param linkId     JSON path of the answer
 * @param kind       what kind of answer it takes
 * @param required   the intake is refused without it
 * @param repeats    more than one answer allowed (a list in JSON)
 * @param text       the question in every form language
 * @param optionSet  name of the answer list of a {@link Kind#CHOICE} question (the enum's simple name,
 *                   {@code PainRegion}); questions sharing an enum share the list
 * @param options    the allowed answers of a {@link Kind#CHOICE} question, in the enum's order
 * @param min        smallest allowed number, or null
 * @param max        largest allowed number, or null
 * @param maxLength  longest allowed text, or null
 * @param enableWhen asked only when this holds (null: always asked)
 * @param items      the questions inside a {@link Kind#GROUP}
 * @param codeType   the enum whose constants are the options of a {@link Kind#CHOICE} question, else null
 */
public record Question(
        String linkId,
        Kind kind,
        boolean required,
        boolean repeats,
        Text text,
        String optionSet,
        List<Option> options,
        BigDecimal min,
        BigDecimal max,
        Integer maxLength,
        EnableWhen enableWhen,
        List<Question> items,
        Class<? extends Enum<?>> codeType) {

    public Question {
        options = List.copyOf(options);
        items = List.copyOf(items);
    }

    /** What kind of answer a question takes; each maps to one JSON type and one FHIR item type. */
    public enum Kind {
        GROUP, CHOICE, BOOLEAN, INTEGER, DECIMAL, STRING, TEXT, DATE,
        /** A line of text that is an email address. */
        EMAIL
    }

    /** Text in the languages forms and handouts exist in (see {@link clinic.stride.vocabulary.Language}). */
    public record Text(String en, String es) {
    }

    /** An allowed answer: the code as it travels in JSON, and what the patient reads. */
    public record Option(String code, Text display) {
    }

    /**
     * Branching: the question is asked only when the answer to {@code question} is greater than
     * {@code greaterThan}, or, for a coded answer, when it is not {@code notCode} (the pregnancy question is
     * asked unless the sex is male). Exactly one of the two is set.
     */
    public record EnableWhen(String question, BigDecimal greaterThan, String notCode) {

        public EnableWhen {
            if ((greaterThan == null) == (notCode == null)) {
                throw new IllegalArgumentException("an enableWhen on " + question + " needs a number or a code, not both");
            }
        }

        public EnableWhen(String question, BigDecimal greaterThan) {
            this(question, greaterThan, null);
        }

        /** Asked unless the answer to {@code question} is {@code code}. */
        public static EnableWhen unless(String question, String code) {
            return new EnableWhen(question, null, code);
        }
    }

    /** This group with other questions inside. */
    public Question withItems(List<Question> replaced) {
        return new Question(linkId, kind, required, repeats, text, optionSet, options, min, max, maxLength, enableWhen, replaced, codeType);
    }

    public boolean isGroup() {
        return kind == Kind.GROUP;
    }

    public Optional<Option> option(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    public boolean isLeaf() {
        return kind != Kind.GROUP;
    }

    /** The last part of the JSON path: the field name inside its group. */
    public String fieldName() {
        return linkId.substring(linkId.lastIndexOf('.') + 1);
    }
}
