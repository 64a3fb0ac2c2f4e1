package clinic.stride.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeBaseTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();

    @Test
    void shouldStampReleaseAndContentHashWhenLoaded() {
        assertTrue(KNOWLEDGE.version().matches("1\\.0\\+[0-9a-f]{12}"), KNOWLEDGE.version());
        assertTrue(KNOWLEDGE.contentHash().startsWith(KNOWLEDGE.version().substring(4)));
        assertEquals(64, KNOWLEDGE.contentHash().length());
    }

    @Test
    void shouldFindEveryQuoteVerbatimInItsSeed() {
        List<Citation> citations = new ArrayList<>();
        KNOWLEDGE.causes().forEach(c -> citations.add(c.citation()));
        KNOWLEDGE.rules().forEach(r -> citations.add(r.citation()));
        KNOWLEDGE.exercises().forEach(e -> citations.add(e.citation()));
        KNOWLEDGE.redFlags().forEach(f -> citations.add(f.citation()));
        KNOWLEDGE.advice().forEach(a -> citations.add(a.citation()));
        assertTrue(citations.size() > 150, "expected a citation on every entry, found " + citations.size());
        citations.removeIf(Citation::isSafetyPolicy);
        for (Citation citation : citations) {
            // Independent of the loader: only white space (Unicode's, which includes the no-break spaces
            // in the seeds) may differ between the quote and the seed.
            String seed = KNOWLEDGE.sourceText(citation.source()).replaceAll("(?U)\\s+", " ");
            String quote = citation.quote().replaceAll("(?U)\\s+", " ").strip();
            assertTrue(seed.contains(quote), () -> "not verbatim in " + citation.source() + ": " + quote);
        }
    }

    /** Every cause the seeds name, as the issue lists them, and the id it has in causes.yaml. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            muscle fatigue                                   | muscle-fatigue
            overuse injury (bursitis, tendinitis, stress fracture) | overuse-injury
            poor walking technique                           | poor-walking-technique
            weak hip/gluteal muscles, Trendelenburg gait     | weak-hip-muscles
            weak core                                        | weak-core
            tight hip flexors                                | tight-hip-flexors
            tight hamstrings                                 | tight-hamstrings
            hip osteoarthritis                               | hip-osteoarthritis
            age-related cartilage wear (merged into hip OA)  | hip-osteoarthritis
            non-specific low back pain                       | non-specific-low-back-pain
            hip dysplasia / structural issues                | hip-dysplasia
            leg length discrepancy                           | leg-length-discrepancy
            previous injury (fracture, dislocation)          | previous-hip-injury
            inflammation (synovitis)                         | hip-synovitis
            labral tear                                      | labral-tear
            femoroacetabular impingement                     | femoroacetabular-impingement
            trochanteric bursitis                            | trochanteric-bursitis
            hip flexor strain                                | hip-flexor-strain
            IT band syndrome                                 | it-band-syndrome
            iliopsoas tendinitis                             | iliopsoas-tendinitis
            fracture / osteoporosis                          | hip-fracture
            pelvic or gynecological issues                   | pelvic-gynecological
            incorrect or worn-out footwear                   | incorrect-footwear
            excess body weight                               | excess-body-weight
            medical conditions (fibromyalgia, lupus, gout)   | systemic-conditions
            spinal stenosis                                  | spinal-stenosis
            facet joint arthritis                            | facet-joint-arthritis
            disc herniation or bulge                         | disc-herniation
            spondylolisthesis                                | spondylolisthesis
            sacroiliac joint dysfunction                     | sacroiliac-joint-dysfunction
            sciatica / piriformis syndrome                   | sciatica-piriformis
            meralgia paresthetica                            | meralgia-paresthetica
            gait abnormalities (over-pronation, supination, limp) | gait-abnormalities
            knee valgus and foot mechanics (kinetic chain)   | knee-valgus-kinetic-chain
            poor posture                                     | poor-posture
            back muscle strain and imbalance                 | back-muscle-strain
            degenerative spinal conditions                   | degenerative-spinal-conditions
            sedentary lifestyle                              | sedentary-lifestyle
            """)
    void shouldHaveCitedCauseWithRulesWhenSeedsNameIt(String named, String id) {
        Cause cause = KNOWLEDGE.cause(id);
        assertFalse(cause.name().isBlank());
        assertFalse(cause.nameEs().isBlank());
        assertNotNull(cause.citation());
        assertFalse(KNOWLEDGE.rulesFor(id).isEmpty(), named + " has no rule");
    }

    /** Every exercise the seeds describe or name. Lateral leg raises (000) are the side leg lifts of 001. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            clamshells                  | clamshells
            side leg lifts              | side-leg-lifts
            lateral leg raises          | side-leg-lifts
            one-legged glute bridge     | one-legged-glute-bridge
            piriformis stretch          | piriformis-stretch
            hip flexor stretches        | hip-flexor-stretch
            hip bridges                 | hip-bridges
            back pocket stretch         | back-pocket-stretch
            press-ups                   | press-ups
            core strengthening          | core-strengthening
            hamstring stretch           | hamstring-stretch
            lower-back stretch          | lower-back-stretch
            gentle walking              | gentle-walking
            """)
    void shouldHaveCitedExerciseWithDosageWhenSeedsDescribeIt(String named, String id) {
        Exercise exercise = KNOWLEDGE.exercise(id);
        assertNotNull(exercise.citation());
        assertTrue(exercise.dosage().isComplete(), named);
        assertEquals("reports/exercises/" + id + ".svg", exercise.illustration());
        assertEquals(exercise.steps().size(), exercise.stepsEs().size());
        if (named.equals("lateral leg raises")) {
            assertTrue(exercise.alsoKnownAs().contains(named), "one exercise, two names in the seeds");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            loss of bladder or bowel control      | RF-BLADDER-BOWEL     | EMERGENCY
            new numbness, tingling or weakness    | RF-NUMBNESS-NEW      | URGENT
            long-standing numbness                | RF-NUMBNESS-STABLE   | SOON
            pain after a fall or injury           | RF-AFTER-FALL        | URGENT
            severe or worsening pain              | RF-SEVERE-WORSENING  | URGENT
            swelling or redness                   | RF-SWELLING-REDNESS  | SOON
            not better after a few days of rest   | RF-NOT-IMPROVING     | SOON
            interferes with daily activities      | RF-DAILY-ACTIVITIES  | SOON
            """)
    void shouldHaveCitedRedFlagWhenSeedsWarnOfIt(String named, String id, Urgency urgency) {
        RedFlag flag = KNOWLEDGE.redFlag(id);
        assertEquals(urgency, flag.urgency(), named);
        assertNotNull(flag.citation());
    }

    @Test
    void shouldMatchDosagesToSeedWhenSeedGivesNumbers() {
        // 001_0ea9f1eaba6183ce.txt: clamshells ten times, side leg lifts held to five and repeated 15 times,
        // the one-legged bridge held four seconds ten times, the piriformis stretch held 10 seconds.
        assertEquals(10, KNOWLEDGE.exercise("clamshells").dosage().reps());
        assertEquals(15, KNOWLEDGE.exercise("side-leg-lifts").dosage().reps());
        assertEquals(5, KNOWLEDGE.exercise("side-leg-lifts").dosage().holdSeconds());
        assertEquals(4, KNOWLEDGE.exercise("one-legged-glute-bridge").dosage().holdSeconds());
        assertEquals(10, KNOWLEDGE.exercise("piriformis-stretch").dosage().holdSeconds());
        assertTrue(KNOWLEDGE.exercise("clamshells").progression().contains("30"));
        KNOWLEDGE.exercises().stream().filter(e -> e.dosageSource().equals(Exercise.DOSAGE_CLINIC_DEFAULT))
                .forEach(e -> assertFalse(List.of("clamshells", "side-leg-lifts", "one-legged-glute-bridge",
                        "piriformis-stretch").contains(e.id()), e.id()));
    }

    /**
     * No seed mentions fever, so the fever flags rest on the clinic's safety policy (a cited guideline), never on a
     * seed passage that does not say so.
     */
    @Test
    void shouldCiteSafetyPolicyForFeverWhenNoSeedMentionsIt() {
        KNOWLEDGE.sources().forEach(s ->
                assertFalse(KNOWLEDGE.sourceText(s.file()).toLowerCase().contains("fever"), s.file()));
        List<RedFlag> fever = KNOWLEDGE.redFlags().stream().filter(f -> f.when().contains("fever")
                && !f.when().contains("not redFlags.fever")).toList();
        assertEquals(List.of("RF-SEPTIC-JOINT", "RF-FEVER-IMMUNOSUPPRESSED", "RF-CHILD-FEVER-OR-CANNOT-BEAR-WEIGHT",
                "RF-FEVER"),
                fever.stream().map(RedFlag::id).toList());
        fever.forEach(f -> {
            assertTrue(f.citation().isSafetyPolicy(), f.id());
            assertEquals(Citation.CLINIC_SAFETY_POLICY, f.citation().kind());
        });
    }

    @Test
    void shouldKeepVersionWhenFilesAreUnchanged(@TempDir Path copy) throws IOException {
        KnowledgeFixtures.copyShippedKnowledge(copy);
        assertEquals(KNOWLEDGE.version(), KnowledgeBase.load(copy).version());
    }

    @Test
    void shouldChangeVersionWhenAWeightChanges(@TempDir Path copy) throws IOException {
        KnowledgeFixtures.copyShippedKnowledge(copy);
        KnowledgeFixtures.replace(copy, "rules.yaml", "    weight: 3\n    answer: shoes are worn out",
                "    weight: 3.5\n    answer: shoes are worn out");
        KnowledgeBase changed = KnowledgeBase.load(copy);
        assertNotEquals(KNOWLEDGE.version(), changed.version());
        assertTrue(changed.version().startsWith("1.0+"));
    }

    @Test
    void shouldChangeVersionWhenASeedChanges(@TempDir Path copy) throws IOException {
        KnowledgeFixtures.copyShippedKnowledge(copy);
        Path seed = copy.resolve("sources/004_e900e3250d1bb86a.txt");
        Files.writeString(seed, Files.readString(seed) + "\n");
        assertNotEquals(KNOWLEDGE.contentHash(), KnowledgeBase.load(copy).contentHash());
    }
}
