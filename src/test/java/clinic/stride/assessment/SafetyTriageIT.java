package clinic.stride.assessment;

import static clinic.stride.testsupport.SampleIntakes.array;
import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.knowledge.Exercise;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.knowledge.RedFlag;
import clinic.stride.knowledge.Urgency;
import clinic.stride.reports.PdfReading;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 done-when: one intake per emergency and urgent red flag, posted over HTTP as the form or an EHR would,
 * then the stored assessment, the clinician summary PDF and the patient handout PDF read back. Every urgent or
 * emergency flag must reach all three: raised in the assessment with exercises withheld, shown on the summary, and
 * on a handout that prints no exercise but says get help now (emergency) or be seen today (urgent).
 */
class SafetyTriageIT extends StrideIT {

    /** The knowledge the server runs, read here for the words each flag must print. */
    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();



    Api api() {
        return TestUsers.clinician(new Api(base));
    }

    /**
     * One intake per emergency and urgent flag: the sample intake (Maria Ortega, 65 on the visit date, trochanteric
     * bursitis, no warning sign above "soon") changed just enough to raise it.
     */
    private static Map<String, Consumer<ObjectNode>> presentations() {
        Map<String, Consumer<ObjectNode>> cases = new LinkedHashMap<>();
        cases.put("RF-BLADDER-BOWEL", b -> at(b, "redFlags").put("bladderBowelLoss", true));
        cases.put("RF-URINARY-RETENTION", b -> at(b, "redFlags").put("urinaryRetention", true));
        cases.put("RF-SADDLE-NUMBNESS", b -> at(b, "redFlags").put("saddleNumbness", true));
        cases.put("RF-BOTH-LEGS", b -> at(b, "redFlags").put("bothLegs", true));
        cases.put("RF-SEPTIC-JOINT", b -> at(b, "redFlags").put("swellingRedness", true).put("fever", true));
        cases.put("RF-FEVER-IMMUNOSUPPRESSED", b -> at(b, "redFlags").put("fever", true).put("immunosuppressed", true));
        cases.put("RF-CHILD-FEVER-OR-CANNOT-BEAR-WEIGHT", b -> {
            at(b, "patient").put("birthDate", "2016-03-14").put("givenName", "Lucía");
            at(b, "factors").remove("conditions");
            at(b, "redFlags").put("fever", true);
        });
        cases.put("RF-FALL-CANNOT-BEAR-WEIGHT", b -> at(b, "redFlags").put("recentFallOrInjury", true)
                .put("cannotBearWeight", true));
        cases.put("RF-HIP-FRACTURE-SUSPECTED", b -> at(b, "redFlags").put("recentFallOrInjury", true)
                .put("severeOrWorsening", true));
        cases.put("RF-FEVER", b -> at(b, "redFlags").put("fever", true));
        cases.put("RF-CANCER-INFECTION-RISK", b -> at(b, "redFlags").put("cancerHistory", true));
        cases.put("RF-NIGHT-REST-PAIN", b -> at(b, "pain").set("when", array("night", "lying_on_side")));
        cases.put("RF-NUMBNESS-NEW", b -> at(b, "redFlags").put("numbnessTinglingWeakness", true)
                .put("numbnessOrWeaknessWorsening", true));
        cases.put("RF-FALL-FRAGILITY", b -> at(b, "redFlags").put("recentFallOrInjury", true));
        cases.put("RF-AFTER-FALL", b -> {
            at(b, "patient").put("birthDate", "1990-06-01");
            at(b, "redFlags").put("recentFallOrInjury", true);
        });
        cases.put("RF-CANNOT-BEAR-WEIGHT", b -> at(b, "redFlags").put("cannotBearWeight", true));
        cases.put("RF-UNDER-16", b -> {
            at(b, "patient").put("birthDate", "2014-05-02").put("givenName", "Mateo");
            at(b, "factors").remove("conditions");
        });
        cases.put("RF-SEVERE-WORSENING", b -> at(b, "redFlags").put("severeOrWorsening", true));
        return cases;
    }

    @Test
    void shouldCoverEveryEmergencyAndUrgentFlagWhenPresentationsAreListed() {
        Set<String> listed = new TreeSet<>(presentations().keySet());
        Set<String> knowledge = new TreeSet<>();
        KNOWLEDGE.redFlags().stream().filter(f -> f.urgency() != Urgency.SOON).forEach(f -> knowledge.add(f.id()));
        assertEquals(knowledge, listed, "one presentation per emergency and urgent red flag");
    }

    @Test
    void shouldRaiseTheFlagWithholdExercisesAndPrintItOnBothPdfsWhenEachPresentationIsPosted() {
        List<String> failures = new ArrayList<>();
        presentations().forEach((flagId, change) -> {
            RedFlag flag = KNOWLEDGE.redFlag(flagId);
            String id = api().postJson("api/intakes", json(complete(uniqueClinicId(), change))).json().get("id").asText();

            JsonNode assessment = api().get("api/intakes/" + id + "/assessment").json();
            List<String> raised = new ArrayList<>();
            assessment.get("redFlags").forEach(f -> raised.add(f.get("id").asText()));
            check(failures, flagId, raised.contains(flagId), "not raised: " + raised);
            check(failures, flagId, assessment.get("exercisesWithheld").asBoolean(), "exercises not withheld");
            check(failures, flagId, assessment.get("exercises").isEmpty(), "exercises suggested");

            String summary = PdfReading.flat(PdfReading.text(api().get("api/intakes/" + id + "/summary.pdf").bytes()));
            check(failures, flagId, summary.contains(flag.clinicianMessage()), "summary lacks the clinician message");
            check(failures, flagId, summary.contains("Home exercises are withheld"), "summary does not say withheld");
            // The whole red-flag screen on page 1, negatives and unasked questions included (the sample intake
            // answers the eight older questions, so the newer ones read "not asked" unless a case sets them).
            int screen = summary.indexOf("Red-flag screen");
            int page2 = summary.indexOf("Page 2 of");
            check(failures, flagId, screen >= 0 && (page2 < 0 || screen < page2), "no red-flag screen on page 1");
            for (String question : List.of("Loss of bladder or bowel control", "Saddle numbness or tingling",
                    "Numbness or weakness in both legs", "Fever or feeling hot and unwell", "History of cancer",
                    "Cannot bear weight or walk")) {
                check(failures, flagId, summary.indexOf(question, Math.max(screen, 0)) > 0, "screen lacks " + question);
            }
            check(failures, flagId, summary.contains("YES"), "the yes answer is not on the screen");
            check(failures, flagId, summary.contains("not asked"), "unasked questions are not shown as such");

            String handout = PdfReading.flat(PdfReading.text(api().get("api/intakes/" + id + "/handout.pdf").bytes()));
            check(failures, flagId, handout.contains(flag.patientMessage()), "handout lacks the patient message");
            String box = flag.urgency() == Urgency.EMERGENCY || raised.stream()
                    .anyMatch(r -> KNOWLEDGE.redFlag(r).urgency() == Urgency.EMERGENCY)
                    ? "Get medical help now" : "See a clinician today";
            check(failures, flagId, handout.contains(box), "handout does not say '" + box + "'");
            for (Exercise exercise : KNOWLEDGE.exercises()) {
                check(failures, flagId, !handout.contains(exercise.name()), "handout prints " + exercise.name());
            }
            check(failures, flagId, !handout.contains("How often"), "handout prints a dosage");
        });
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void shouldLeaveOutAntiInflammatoryAndWeightAdviceWhenThePatientIsPregnant() {
        String id = api().postJson("api/intakes", json(complete(uniqueClinicId(), b -> {
            at(b, "patient").put("birthDate", "1994-02-10");
            at(b, "factors").put("pregnant", true);
        }))).json().get("id").asText();

        JsonNode assessment = api().get("api/intakes/" + id + "/assessment").json();
        List<String> advice = new ArrayList<>();
        assessment.get("advice").forEach(a -> advice.add(a.get("id").asText()));
        assertTrue(advice.contains("rest"), advice::toString);
        assertTrue(!advice.contains("pain-relievers") && !advice.contains("healthy-weight"), advice::toString);
        String handout = PdfReading.flat(PdfReading.text(api().get("api/intakes/" + id + "/handout.pdf").bytes()));
        assertTrue(handout.contains("Clamshells"), "no warning sign: exercises print: " + handout);
        assertTrue(!handout.contains("ibuprofen") && !handout.contains("Losing some weight"), handout);
    }

    private static void check(List<String> failures, String flag, boolean ok, String problem) {
        if (!ok) {
            failures.add(flag + ": " + problem);
        }
    }
}
