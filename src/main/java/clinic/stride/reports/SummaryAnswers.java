package clinic.stride.reports;

import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import clinic.stride.outcomes.LefsItem;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which questions of the catalogue the summary words by hand, and a row for each that it does not. The rows
 * of {@link SummaryPdf} say several answers in one clinician's phrase ("walks 12 km a week, recent increase"):
 * each names the answer paths it words here. Any other question of the catalogue (one added since) is listed
 * as itself, with its English text and the answer, in the part of the summary its answer path belongs to: pain
 * answers beside the pain map, warning signs on the red-flag screen, the rest under the reported factors.
 */
final class SummaryAnswers {

    /**
     * Answer paths worded by hand, one by one: a question added inside a group (a new activity question) is not
     * in its group's phrase, so it gets a row of its own.
     */
    static final List<String> WORDED = Stream.concat(Stream.of(
                    // the masthead (phone and email are left out on purpose)
                    "patient.clinicId", "patient.givenName", "patient.familyName", "patient.birthDate", "patient.sex",
                    "patient.phone", "patient.email", "visitDate", "language",
                    // beside the pain map: Intensity, Where, Started, Worse, Eased by, Feels like
                    "pain.intensity", "pain.regions", "pain.side", "pain.leftRegions", "pain.rightRegions", "pain.onset",
                    "pain.durationWeeks", "pain.durationAmount", "pain.durationUnit", "pain.when", "pain.relievedBy",
                    "pain.character",
                    // reported factors: BMI, Footwear, Posture, Leg length, Gait, Activity, Past injuries, Conditions
                    "factors.heightCm", "factors.weightKg",
                    "factors.footwear.type", "factors.footwear.ageMonths", "factors.footwear.wornOut", "factors.footwear.orthotics",
                    "factors.posture.sittingHoursPerDay", "factors.posture.slouched", "factors.posture.archedBack",
                    "factors.legLength.differenceMm", "factors.legLength.longerSide", "factors.legLength.measured",
                    "factors.gait.kneeValgus", "factors.gait.overPronation", "factors.gait.supination", "factors.gait.limp",
                    "factors.activity.walkingKmPerWeek", "factors.activity.runningKmPerWeek", "factors.activity.recentIncrease",
                    "factors.activity.unevenTerrain", "factors.activity.downhill", "factors.activity.speedWork",
                    "factors.activity.strengthTraining", "factors.activity.warmsUp", "factors.activity.sports",
                    "factors.pastInjuries.hipFracture", "factors.pastInjuries.dislocation", "factors.pastInjuries.other",
                    "factors.conditions"),
            // the red-flag screen, question by question; the LEFS as its score, on the function trend
            Stream.concat(Stream.concat(RedFlagScreen.QUESTIONS.stream(), Stream.of(RedFlagScreen.PREGNANT)).map(RedFlagScreen.Question::path),
                    Arrays.stream(LefsItem.values()).map(item -> IntakeForm.LEFS + "." + item.fieldName())))
            .toList();

    /** Where in the summary a question's row goes. */
    enum Part {
        PAIN, RED_FLAG_SCREEN, FACTORS;

        static Part of(String linkId) {
            return linkId.startsWith("pain.") ? PAIN : linkId.startsWith("redFlags.") ? RED_FLAG_SCREEN : FACTORS;
        }
    }

    private SummaryAnswers() {
    }

    static boolean worded(String linkId) {
        return WORDED.contains(linkId);
    }

    /** A label and the answer in words for each question of this part that no row words, in catalogue order. */
    static List<String[]> rows(IntakeForm form, JsonNode answers, Part part) {
        List<String[]> rows = new ArrayList<>();
        for (Question q : form.all().values()) {
            if (q.isLeaf() && !worded(q.linkId()) && Part.of(q.linkId()) == part) {
                JsonNode answer = answers.at("/" + q.linkId().replace('.', '/'));
                rows.add(SummaryWording.row(q.text().en(), words(q, answer, part)));
            }
        }
        return rows;
    }

    /** An answer in words: yes or no, a number, the options chosen, the text given. */
    static String words(Question q, JsonNode answer, Part part) {
        if (answer.isMissingNode() || answer.isNull()) {
            return part == Part.RED_FLAG_SCREEN ? RedFlagScreen.Answer.NOT_ASKED.words() : "not answered";
        }
        if (answer.isBoolean()) {
            return RedFlagScreen.Answer.of(answer.booleanValue()).words();
        }
        if (answer.isNumber()) {
            return SummaryWording.number(answer.doubleValue());
        }
        if (answer.isArray()) {
            List<String> chosen = new ArrayList<>();
            answer.forEach(code -> chosen.add(option(code.asText())));
            return SummaryWording.orNone(String.join(", ", chosen));
        }
        return q.kind() == Question.Kind.CHOICE ? option(answer.asText()) : answer.asText().strip();
    }

    /** An answer code in the summary's way: {@code during_walking} is "during walking". */
    private static String option(String code) {
        return code.replace('_', ' ');
    }
}
