package clinic.stride.knowledge;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader refuses broken knowledge with a message that names the file and the entry. Each test breaks a
 * copy of the shipped files in one way.
 */
class BrokenKnowledgeTest {

    @TempDir
    Path knowledge;

    @BeforeEach
    void copyShippedKnowledge() throws IOException {
        KnowledgeFixtures.copyShippedKnowledge(knowledge);
    }

    /** The condition of R-FOOTWEAR-WORN as shipped; tests swap it for a broken one. */
    private static final String FOOTWEAR_WORN = "when: factors.footwear.wornOut and pain.when.containsAny('during_walking', 'after_walking', 'during_running', 'after_running', 'standing')\n";

    private void assertRefused(String file, String entry, String problem) {
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeBase.load(knowledge));
        String expected = file + " [" + entry + "]: ";
        assertTrue(e.getMessage().contains(expected), () -> "no '" + expected + "' in: " + e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals(file) && p.entry().equals(entry)
                && p.message().contains(problem)), () -> "no '" + problem + "' for " + entry + " in: " + e.getMessage());
    }

    @Test
    void shouldRefuseRuleWhenItNamesUnknownCause() throws IOException {
        KnowledgeFixtures.replace(knowledge, "rules.yaml", "  - code: R-FOOTWEAR-WORN\n    cause: incorrect-footwear",
                "  - code: R-FOOTWEAR-WORN\n    cause: bad-shoes");
        assertRefused("rules.yaml", "R-FOOTWEAR-WORN", "unknown cause 'bad-shoes'");
    }

    @Test
    void shouldRefuseExerciseWhenItServesUnknownCause() throws IOException {
        KnowledgeFixtures.replace(knowledge, "exercises.yaml", "serves: [tight-hamstrings, back-muscle-strain, poor-posture]",
                "serves: [tight-hamstring, back-muscle-strain, poor-posture]");
        assertRefused("exercises.yaml", "hamstring-stretch", "serves unknown cause 'tight-hamstring'");
    }

    @Test
    void shouldRefuseConditionWhenItDoesNotParse() throws IOException {
        KnowledgeFixtures.replace(knowledge, "rules.yaml", FOOTWEAR_WORN,
                "when: factors.footwear.wornOut and (\n");
        assertRefused("rules.yaml", "R-FOOTWEAR-WORN", "does not parse");
    }

    @Test
    void shouldRefuseConditionWhenItNamesUnknownVariable() throws IOException {
        KnowledgeFixtures.replace(knowledge, "rules.yaml", FOOTWEAR_WORN,
                "when: shoes.wornOut and pain.regions.contains('foot')\n");
        assertRefused("rules.yaml", "R-FOOTWEAR-WORN", "unknown variable 'shoes'");
    }

    @Test
    void shouldRefuseConditionWhenItNamesUnknownAnswer() throws IOException {
        KnowledgeFixtures.replace(knowledge, "rules.yaml", FOOTWEAR_WORN,
                "when: factors.footwear.wornout and pain.regions.contains('foot')\n");
        assertRefused("rules.yaml", "R-FOOTWEAR-WORN", "has no answer 'wornout'");
    }

    @Test
    void shouldRefuseConditionWhenItMisspellsACode() throws IOException {
        KnowledgeFixtures.replace(knowledge, "rules.yaml",
                "when: pain.regions.contains('outer_hip') and pain.when.contains('lying_on_side')",
                "when: pain.regions.contains('outer_hip') and pain.when.contains('lying_on_sid')");
        assertRefused("rules.yaml", "R-BURSITIS-LYING-ON-SIDE", "'lying_on_sid' is not an answer code of pain.when");
    }

    @Test
    void shouldRefuseConditionWhenMisspeltCodeHidesBehindShortCircuit() throws IOException {
        // (a or b) and (c or typo): neither the all-yes nor the all-no intake reaches the typo; mixed samples do.
        KnowledgeFixtures.replace(knowledge, "rules.yaml", FOOTWEAR_WORN,
                "when: (factors.footwear.wornOut or factors.gait.limp) and (factors.posture.slouched "
                        + "or pain.regions.contains('hipp'))\n");
        assertRefused("rules.yaml", "R-FOOTWEAR-WORN", "'hipp' is not an answer code of pain.regions");
    }

    @Test
    void shouldRefuseConditionWhenItComparesCodeWithEquals() throws IOException {
        KnowledgeFixtures.replace(knowledge, "rules.yaml", FOOTWEAR_WORN,
                "when: factors.footwear.type == 'sandal' and pain.regions.contains('foot')\n");
        assertRefused("rules.yaml", "R-FOOTWEAR-WORN", ".is('code')");
    }

    @Test
    void shouldRefuseConditionWhenItIsNotTrueOrFalse() throws IOException {
        KnowledgeFixtures.replace(knowledge, "rules.yaml", FOOTWEAR_WORN,
                "when: pain.intensity\n");
        assertRefused("rules.yaml", "R-FOOTWEAR-WORN", "instead of true or false");
    }

    @Test
    void shouldRefuseRuleWhenItMatchesIntakeWithNothingAnswered() throws IOException {
        KnowledgeFixtures.replace(knowledge, "rules.yaml", FOOTWEAR_WORN,
                "when: not factors.footwear.orthotics and not pain.regions.contains('knee')\n");
        assertRefused("rules.yaml", "R-FOOTWEAR-WORN", "nothing answered");
    }

    @Test
    void shouldRefuseQuoteWhenItIsNotInTheCitedSeed() throws IOException {
        KnowledgeFixtures.replace(knowledge, "causes.yaml",
                "quote: 'Walking long distances or on uneven terrain can cause muscle fatigue, leading to hip soreness.'",
                "quote: 'Walking long distances or on uneven ground can cause muscle fatigue, leading to hip soreness.'");
        assertRefused("causes.yaml", "muscle-fatigue", "not in 000_3ebeba4466c1ddca.txt word for word");
    }

    @Test
    void shouldRefuseQuoteWhenItCitesTheWrongSeed() throws IOException {
        KnowledgeFixtures.replace(knowledge, "red-flags.yaml",
                "      source: 002_f57ca937c0174fd1.txt\n      quote: 'Pain following a fall or injury.'",
                "      source: 001_0ea9f1eaba6183ce.txt\n      quote: 'Pain following a fall or injury.'");
        assertRefused("red-flags.yaml", "RF-AFTER-FALL", "not in 001_0ea9f1eaba6183ce.txt");
    }

    @Test
    void shouldRefuseCitationWhenSourceIsUnknown() throws IOException {
        KnowledgeFixtures.replace(knowledge, "advice.yaml",
                "      source: 002_f57ca937c0174fd1.txt\n      quote: 'Rest: Reduce activities that aggravate the pain.'",
                "      source: 005_unknown.txt\n      quote: 'Rest: Reduce activities that aggravate the pain.'");
        assertRefused("advice.yaml", "rest", "unknown source '005_unknown.txt'");
    }

    @Test
    void shouldRefuseSourceWhenSeedFileIsMissing() throws IOException {
        Files.delete(knowledge.resolve("sources/004_e900e3250d1bb86a.txt"));
        assertRefused("sources.yaml", "004_e900e3250d1bb86a.txt", "no seed file");
    }

    @Test
    void shouldRefuseCauseWhenNoRuleSupportsIt() throws IOException {
        KnowledgeFixtures.append(knowledge, "causes.yaml", "\n"
                + "  - id: hip-gremlins\n"
                + "    name: Hip gremlins\n"
                + "    nameEs: Duendes de cadera\n"
                + "    description: A cause no rule supports.\n"
                + "    citation:\n"
                + "      source: 000_3ebeba4466c1ddca.txt\n"
                + "      quote: 'Walking long distances or on uneven terrain can cause muscle fatigue'\n");
        assertRefused("causes.yaml", "hip-gremlins", "no rule in rules.yaml supports this cause");
    }

    @Test
    void shouldRefuseExerciseWhenDosageIsMissing() throws IOException {
        KnowledgeFixtures.replace(knowledge, "exercises.yaml",
                "    dosage: {minutes: 10, timesPerWeek: 5, perSide: false}\n", "");
        assertRefused("exercises.yaml", "gentle-walking", "missing dosage");
    }

    @Test
    void shouldRefuseExerciseWhenDosageSaysNotHowMuch() throws IOException {
        KnowledgeFixtures.replace(knowledge, "exercises.yaml",
                "dosage: {minutes: 10, timesPerWeek: 5, perSide: false}", "dosage: {timesPerWeek: 5, perSide: false}");
        assertRefused("exercises.yaml", "gentle-walking", "dosage needs reps, holdSeconds or minutes");
    }

    @Test
    void shouldRefuseCauseWhenIdIsDuplicated() throws IOException {
        KnowledgeFixtures.replace(knowledge, "causes.yaml", "  - id: weak-core\n", "  - id: weak-hip-muscles\n");
        assertRefused("causes.yaml", "weak-hip-muscles", "duplicate id 'weak-hip-muscles'");
    }

    @Test
    void shouldRefuseRuleWhenCodeIsDuplicated() throws IOException {
        KnowledgeFixtures.replace(knowledge, "rules.yaml", "  - code: R-FOOTWEAR-OLD\n", "  - code: R-FOOTWEAR-WORN\n");
        assertRefused("rules.yaml", "R-FOOTWEAR-WORN", "duplicate id 'R-FOOTWEAR-WORN'");
    }

    @Test
    void shouldRefuseEntryWhenAFieldIsMisspelt() throws IOException {
        KnowledgeFixtures.replace(knowledge, "causes.yaml", "    nameEs: Fatiga muscular\n", "    nameES: Fatiga muscular\n");
        assertRefused("causes.yaml", "entry 1, field nameES", "Unrecognized field \"nameES\"");
    }

    @Test
    void shouldRefuseRedFlagsWhenBladderBowelLossIsNoLongerAnEmergency() throws IOException {
        KnowledgeFixtures.replace(knowledge, "red-flags.yaml",
                "  - id: RF-BLADDER-BOWEL\n    urgency: emergency\n", "  - id: RF-BLADDER-BOWEL\n    urgency: urgent\n");
        assertRefused("red-flags.yaml", "-", "no emergency red flag fires for loss of bladder or bowel control");
    }

    @Test
    void shouldRefuseRedFlagsWhenSwellingWithFeverIsNoLongerAnEmergency() throws IOException {
        KnowledgeFixtures.replace(knowledge, "red-flags.yaml",
                "  - id: RF-SEPTIC-JOINT\n    urgency: emergency\n", "  - id: RF-SEPTIC-JOINT\n    urgency: urgent\n");
        assertRefused("red-flags.yaml", "-", "no emergency red flag fires for swelling or redness with fever");
    }

    @Test
    void shouldRefuseRedFlagsWhenNumbnessInBothLegsIsNoLongerAnEmergency() throws IOException {
        KnowledgeFixtures.replace(knowledge, "red-flags.yaml",
                "  - id: RF-BOTH-LEGS\n    urgency: emergency\n", "  - id: RF-BOTH-LEGS\n    urgency: soon\n");
        assertRefused("red-flags.yaml", "-", "no emergency red flag fires for numbness or weakness in both legs");
    }

    @Test
    void shouldRefuseKnowledgeWhenAFileIsMissing() throws IOException {
        Files.delete(knowledge.resolve("advice.yaml"));
        assertRefused("advice.yaml", "-", "file is missing");
    }

    @Test
    void shouldReportEveryProblemWhenThereAreSeveral() throws IOException {
        KnowledgeFixtures.replace(knowledge, "rules.yaml", "    cause: incorrect-footwear\n    " + FOOTWEAR_WORN,
                "    cause: bad-shoes\n    " + FOOTWEAR_WORN);
        KnowledgeFixtures.replace(knowledge, "exercises.yaml",
                "dosage: {minutes: 10, timesPerWeek: 5, perSide: false}", "dosage: {timesPerWeek: 5, perSide: false}");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeBase.load(knowledge));
        assertTrue(e.problems().size() >= 2, e::getMessage);
        assertTrue(e.getMessage().contains("rules.yaml [R-FOOTWEAR-WORN]"), e::getMessage);
        assertTrue(e.getMessage().contains("exercises.yaml [gentle-walking]"), e::getMessage);
    }

    @Test
    void shouldRefuseSafetyRedFlagWhenItsGuidelineHasNoAddress() throws IOException {
        KnowledgeFixtures.replace(knowledge, "red-flags.yaml",
                "        address: https://doi.org/10.1093/rheumatology/kel163a\n", "");
        assertRefused("red-flags.yaml", "RF-SEPTIC-JOINT", "missing policy address");
    }

    @Test
    void shouldRefuseSafetyRedFlagWhenItsGuidelineHasNoYear() throws IOException {
        KnowledgeFixtures.replace(knowledge, "red-flags.yaml", "        year: 2006\n", "");
        assertRefused("red-flags.yaml", "RF-SEPTIC-JOINT", "missing policy year");
    }

    @Test
    void shouldRefuseSafetyRedFlagWhenItsGuidelineHasNoSectionOrBody() throws IOException {
        KnowledgeFixtures.replace(knowledge, "red-flags.yaml",
                "        section: Symptoms and signs suggestive of septic arthritis\n", "");
        KnowledgeFixtures.replace(knowledge, "red-flags.yaml",
                "        body: British Society for Rheumatology, with BHPR, BOA, RCGP and BSAC\n", "");
        assertRefused("red-flags.yaml", "RF-SEPTIC-JOINT", "missing policy section");
        assertRefused("red-flags.yaml", "RF-SEPTIC-JOINT", "missing policy body");
    }

    @Test
    void shouldRefuseSafetyRedFlagWhenItHasNoReferenceAtAll() throws IOException {
        KnowledgeFixtures.replace(knowledge, "red-flags.yaml",
                "    citation:\n      policy:\n        title: BSR & BHPR, BOA, RCGP and BSAC guidelines for management of the hot swollen joint in adults\n"
                        + "        body: British Society for Rheumatology, with BHPR, BOA, RCGP and BSAC\n"
                        + "        year: 2006\n"
                        + "        section: Symptoms and signs suggestive of septic arthritis\n"
                        + "        address: https://doi.org/10.1093/rheumatology/kel163a\n", "");
        assertRefused("red-flags.yaml", "RF-SEPTIC-JOINT", "missing citation");
    }

    @Test
    void shouldRefuseGuidelineQuoteWhenItDoesNotSayWhereItWasRead() throws IOException {
        KnowledgeFixtures.replace(knowledge, "red-flags.yaml",
                "        quotedFrom: https://www.nice.org.uk/guidance/cg124/chapter/Context\n    clinicPolicy: Age 65",
                "    clinicPolicy: Age 65");
        assertRefused("red-flags.yaml", "RF-FALL-FRAGILITY", "policy quote without quotedFrom");
    }

    @Test
    void shouldRefuseSafetyPolicyWhenACauseRuleCitesIt() throws IOException {
        KnowledgeFixtures.replace(knowledge, "rules.yaml",
                "    citation:\n      source: 000_3ebeba4466c1ddca.txt\n      quote: 'Wearing inappropriate or worn-out footwear "
                        + "while walking can lead to poor shock absorption, putting excessive strain on the hips and causing "
                        + "discomfort.'\n  - code: R-FOOTWEAR-UNSUPPORTIVE-TYPE",
                "    citation:\n      policy:\n        title: A guideline\n        body: Somebody\n        year: 2020\n"
                        + "        section: '1.1'\n        address: https://example.org/guideline\n"
                        + "  - code: R-FOOTWEAR-UNSUPPORTIVE-TYPE");
        assertRefused("rules.yaml", "R-FOOTWEAR-WORN", "only red flags may cite a safety policy");
    }

    @Test
    void shouldRefuseRuleWhenItRestsOnARiskFactorAlone() throws IOException {
        KnowledgeFixtures.replace(knowledge, "rules.yaml", FOOTWEAR_WORN, "when: factors.footwear.wornOut\n");
        assertRefused("rules.yaml", "R-FOOTWEAR-WORN", "needs a region, symptom or trigger");
    }
}
