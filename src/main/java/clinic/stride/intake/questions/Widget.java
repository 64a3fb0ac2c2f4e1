package clinic.stride.intake.questions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The questions the web form does not ask as they are stored, each with the widget that asks them: the form's
 * draft, its review and the summary PDF word these by hand. Every other question of {@link IntakeForm} is a
 * plain value (a choice, a number, a yes or no, a line of text) that they read and write by walking the
 * catalogue, so adding one needs no code of theirs.
 */
public enum Widget {
    /** Day, month and year in three boxes. */
    BIRTH_DATE("patient.birthDate"),
    /** The body map: the places that hurt, each with its side (older intakes: one side for every place). */
    BODY_MAP("pain.regions", "pain.side", "pain.leftRegions", "pain.rightRegions"),
    /** A number and a unit as the patient gives them; the rules read the weeks. */
    DURATION("pain.durationWeeks", "pain.durationAmount", "pain.durationUnit"),
    /** A number and a unit (months or years); stored in months. */
    SHOE_AGE("factors.footwear.ageMonths"),
    /** Behind "Do you know your leg length difference?", in centimetres; stored in millimetres. */
    LEG_LENGTH("factors.legLength.differenceMm", "factors.legLength.longerSide", "factors.legLength.measured"),
    /** Behind "Do you run?": the running distance, and the downhill and speed-work questions asked of runners. */
    RUNNING("factors.activity.runningKmPerWeek", "factors.activity.downhill", "factors.activity.speedWork"),
    /** Not asked: the page sets the visit date and the language the form is read in. */
    SET_BY_THE_PAGE("visitDate", "language");

    private final List<String> linkIds;

    Widget(String... linkIds) {
        this.linkIds = List.of(linkIds);
    }

    /** The catalogue's questions this widget asks. */
    public List<String> linkIds() {
        return linkIds;
    }

    /** The widget asking this question, or empty when the question is a plain value. */
    public static Optional<Widget> asking(String linkId) {
        return Arrays.stream(values()).filter(w -> w.linkIds.contains(linkId)).findFirst();
    }

    /**
     * A question a form can ask and read back by its kind alone: a choice, a number, a yes or no or text that no
     * widget asks. A date needs a widget (the birth date's three boxes): there is no one way people type one.
     */
    public static boolean isPlain(Question question) {
        return question.isLeaf() && question.kind() != Question.Kind.DATE && asking(question.linkId()).isEmpty();
    }
}
