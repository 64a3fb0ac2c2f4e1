package clinic.stride.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the knowledge as a whole before anyone can use it: ids, references between files, citations
 * (each quote must be in its seed), conditions (each must compile, use only the answer vocabulary, and
 * give true or false), and the safety net: the emergency answers always raise an emergency.
 */
final class KnowledgeValidator {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern RULE_CODE = Pattern.compile("R-[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final Pattern RED_FLAG_ID = Pattern.compile("RF-[A-Z0-9]+(-[A-Z0-9]+)*");
    /** A quote shorter than this could be found almost anywhere and proves nothing. */
    private static final int MIN_QUOTE_WORDS = 4;
    /** Fixed seed: the same files always give the same verdict. */
    private static final long SAMPLE_SEED = 20_250_106L;
    private static final int RANDOM_SAMPLES = 400;

    private final KnowledgeBase knowledge;
    private final Map<String, String> normalizedSources = new LinkedHashMap<>();
    private final List<KnowledgeException.Problem> problems = new ArrayList<>();
    private final List<IntakeView> samples = new ArrayList<>();
    private final IntakeView empty;

    KnowledgeValidator(KnowledgeBase knowledge, Map<String, String> sourceTexts) {
        this.knowledge = knowledge;
        sourceTexts.forEach((file, text) -> normalizedSources.put(file, normalize(text)));
        empty = AnswerSheet.empty().toView();
        samples.add(AnswerSheet.full().toView());
        samples.add(empty);
        Random random = new Random(SAMPLE_SEED);
        double[] densities = {0.1, 0.25, 0.5, 0.75, 0.9};
        for (int i = 0; i < RANDOM_SAMPLES; i++) {
            samples.add(AnswerSheet.random(random, densities[i % densities.length]).toView());
        }
    }

    /**
     * Quotes are compared after collapsing runs of white space (line breaks in YAML, double spaces in the
     * seeds). Nothing else is normalized: typographic apostrophes and dashes must be copied as they are.
     */
    static String normalize(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    List<KnowledgeException.Problem> problems() {
        checkSources();
        checkCauses();
        checkRules();
        checkExercises();
        Map<String, Criterion> redFlagCriteria = checkRedFlags();
        checkAdvice();
        EmergencySafetyNet.check(knowledge, redFlagCriteria, new Random(SAMPLE_SEED + 1), RANDOM_SAMPLES / 4)
                .forEach(miss -> problem(KnowledgeLoader.RED_FLAGS, "-", miss));
        return problems;
    }

    private void checkSources() {
        Set<String> seen = new HashSet<>();
        if (knowledge.release().isBlank()) {
            problem(KnowledgeLoader.SOURCES, "release", "give the release label, e.g. release: \"1.0\"");
        }
        if (knowledge.sources().isEmpty()) {
            problem(KnowledgeLoader.SOURCES, "-", "no sources");
        }
        int index = 0;
        for (Source source : knowledge.sources()) {
            index++;
            String entry = source == null || blank(source.file()) ? "entry " + index : source.file();
            if (source == null || blank(source.file())) {
                problem(KnowledgeLoader.SOURCES, entry, "missing file");
                continue;
            }
            unique(KnowledgeLoader.SOURCES, entry, source.file(), seen);
            required(KnowledgeLoader.SOURCES, entry, "title", source.title());
        }
    }

    private void checkCauses() {
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (Cause cause : knowledge.causes()) {
            String file = KnowledgeLoader.CAUSES;
            String entry = entry(++index, cause == null ? null : cause.id());
            if (cause == null || !id(file, entry, cause.id(), ID, seen)) {
                continue;
            }
            required(file, entry, "name", cause.name());
            required(file, entry, "nameEs", cause.nameEs());
            required(file, entry, "description", cause.description());
            citation(file, entry, cause.citation());
            if (knowledge.rules().stream().noneMatch(r -> r != null && cause.id().equals(r.cause()))) {
                problem(file, entry, "no rule in " + KnowledgeLoader.RULES + " supports this cause");
            }
        }
    }

    private void checkRules() {
        Set<String> seen = new HashSet<>();
        Set<String> causeIds = causeIds();
        int index = 0;
        for (Rule rule : knowledge.rules()) {
            String file = KnowledgeLoader.RULES;
            String entry = entry(++index, rule == null ? null : rule.code());
            if (rule == null || !id(file, entry, rule.code(), RULE_CODE, seen)) {
                continue;
            }
            if (blank(rule.cause())) {
                problem(file, entry, "missing cause");
            } else if (!causeIds.contains(rule.cause())) {
                problem(file, entry, "unknown cause '" + rule.cause() + "' (not in " + KnowledgeLoader.CAUSES + ")");
            }
            if (!(rule.weight() > 0 && rule.weight() <= 10)) {
                problem(file, entry, "weight must be above 0 and at most 10, not " + rule.weight());
            }
            required(file, entry, "answer", rule.answer());
            required(file, entry, "reason", rule.reason());
            citation(file, entry, rule.citation());
            Criterion criterion = criterion(file, entry, rule.when());
            // A risk factor alone (a BMI, a sport, a shoe) fires on too many patients to point to one cause: every
            // rule also needs where or how it hurts.
            if (!blank(rule.when()) && !rule.when().contains("pain.")) {
                problem(file, entry, "needs a region, symptom or trigger of the pain (a pain.… answer) to be specific; "
                        + "a risk factor alone fires on too many patients");
            }
            // A rule that fires on an intake with nothing answered would claim a cause without evidence.
            if (criterion != null && criterion.test(empty)) {
                problem(file, entry, "matches an intake with nothing answered; a rule needs some answer to rest on");
            }
        }
    }

    private void checkExercises() {
        Set<String> seen = new HashSet<>();
        Set<String> causeIds = causeIds();
        int index = 0;
        for (Exercise exercise : knowledge.exercises()) {
            String file = KnowledgeLoader.EXERCISES;
            String entry = entry(++index, exercise == null ? null : exercise.id());
            if (exercise == null || !id(file, entry, exercise.id(), ID, seen)) {
                continue;
            }
            required(file, entry, "name", exercise.name());
            required(file, entry, "nameEs", exercise.nameEs());
            if (exercise.steps().isEmpty() || exercise.steps().stream().anyMatch(KnowledgeValidator::blank)) {
                problem(file, entry, "steps must be a list of non-empty steps");
            }
            if (exercise.stepsEs().size() != exercise.steps().size()
                    || exercise.stepsEs().stream().anyMatch(KnowledgeValidator::blank)) {
                problem(file, entry, "stepsEs must have one Spanish step for each English step ("
                        + exercise.steps().size() + ")");
            }
            if (exercise.dosage() == null) {
                problem(file, entry, "missing dosage");
            } else if (!exercise.dosage().isComplete()) {
                problem(file, entry, "dosage needs reps, holdSeconds or minutes, and timesPerWeek");
            }
            if (!Exercise.DOSAGE_FROM_SEED.equals(exercise.dosageSource())
                    && !Exercise.DOSAGE_CLINIC_DEFAULT.equals(exercise.dosageSource())) {
                problem(file, entry, "dosageSource must be '" + Exercise.DOSAGE_FROM_SEED + "' or '"
                        + Exercise.DOSAGE_CLINIC_DEFAULT + "'");
            }
            if (exercise.level() == null || exercise.level() < 1 || exercise.level() > 3) {
                problem(file, entry, "level must be 1 (easiest), 2 or 3 (hardest): the handout prints the easiest first");
            }
            required(file, entry, "progression", exercise.progression());
            required(file, entry, "progressionEs", exercise.progressionEs());
            required(file, entry, "stopIf", exercise.stopIf());
            required(file, entry, "stopIfEs", exercise.stopIfEs());
            if (exercise.serves().isEmpty()) {
                problem(file, entry, "serves must name at least one cause");
            }
            for (String cause : exercise.serves()) {
                if (!causeIds.contains(cause)) {
                    problem(file, entry, "serves unknown cause '" + cause + "'");
                }
            }
            for (String cause : exercise.avoidFor()) {
                if (!causeIds.contains(cause)) {
                    problem(file, entry, "avoidFor names unknown cause '" + cause + "'");
                } else if (exercise.serves().contains(cause)) {
                    problem(file, entry, "both serves and avoids '" + cause + "'");
                }
            }
            String illustration = "reports/exercises/" + exercise.id() + ".svg";
            if (!illustration.equals(exercise.illustration())) {
                problem(file, entry, "illustration must be " + illustration);
            }
            citation(file, entry, exercise.citation());
        }
    }

    private Map<String, Criterion> checkRedFlags() {
        Set<String> seen = new HashSet<>();
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        int index = 0;
        for (RedFlag flag : knowledge.redFlags()) {
            String file = KnowledgeLoader.RED_FLAGS;
            String entry = entry(++index, flag == null ? null : flag.id());
            if (flag == null || !id(file, entry, flag.id(), RED_FLAG_ID, seen)) {
                continue;
            }
            if (flag.urgency() == null) {
                problem(file, entry, "missing urgency (emergency, urgent or soon)");
            }
            required(file, entry, "clinicianMessage", flag.clinicianMessage());
            required(file, entry, "patientMessage", flag.patientMessage());
            required(file, entry, "patientMessageEs", flag.patientMessageEs());
            redFlagCitation(file, entry, flag.citation());
            if (flag.clinicPolicy() != null && flag.clinicPolicy().isBlank()) {
                problem(file, entry, "clinicPolicy is blank: say what the clinic chose and why, or leave it out");
            }
            Criterion criterion = criterion(file, entry, flag.when());
            if (criterion != null && criterion.test(empty)) {
                problem(file, entry, "matches an intake with nothing answered");
            }
            if (criterion != null && flag.urgency() != null) {
                criteria.put(flag.id(), criterion);
            }
        }
        return criteria;
    }

    private void checkAdvice() {
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (Advice advice : knowledge.advice()) {
            String file = KnowledgeLoader.ADVICE;
            String entry = entry(++index, advice == null ? null : advice.id());
            if (advice == null || !id(file, entry, advice.id(), ID, seen)) {
                continue;
            }
            required(file, entry, "title", advice.title());
            required(file, entry, "titleEs", advice.titleEs());
            required(file, entry, "text", advice.text());
            required(file, entry, "textEs", advice.textEs());
            citation(file, entry, advice.citation());
            if (!advice.appliesToEveryone()) {
                criterion(file, entry, advice.when());
            }
        }
    }

    /** Compiles the condition and tries it on every sample; null (and a problem) when it fails. */
    private Criterion criterion(String file, String entry, String when) {
        Criterion criterion;
        try {
            criterion = Criterion.compile(when);
        } catch (InvalidCriterionException e) {
            problem(file, entry, "when: " + e.getMessage());
            return null;
        }
        for (IntakeView sample : samples) {
            try {
                criterion.test(sample);
            } catch (InvalidCriterionException e) {
                problem(file, entry, "when '" + when + "': " + e.getMessage());
                return null;
            }
        }
        return criterion;
    }

    /**
     * A red flag cites a seed passage, or the guideline a clinic safety policy adopts: never both, and the
     * guideline reference complete, so a reviewer can find the exact recommendation the flag rests on.
     */
    private void redFlagCitation(String file, String entry, Citation citation) {
        if (citation == null || !citation.isSafetyPolicy()) {
            citation(file, entry, citation);
            return;
        }
        if (!blank(citation.source()) || !blank(citation.quote())) {
            problem(file, entry, "citation gives both a seed (source/quote) and a safety policy; cite one");
        }
        SafetyPolicy policy = citation.policy();
        required(file, entry, "policy title", policy.title());
        required(file, entry, "policy body (who issued the guideline)", policy.body());
        if (policy.year() == null || policy.year() < 1950 || policy.year() > 2100) {
            problem(file, entry, "missing policy year (the guideline's year of publication)");
        }
        required(file, entry, "policy section", policy.section());
        if (blank(policy.address()) || !policy.address().startsWith("https://")) {
            problem(file, entry, "missing policy address (https:// where the guideline is published)");
        }
        if (!blank(policy.quote())) {
            if (blank(policy.quotedFrom()) || !policy.quotedFrom().startsWith("https://")) {
                problem(file, entry, "policy quote without quotedFrom: say where the words were read, or leave the "
                        + "quote out");
            }
            if (normalize(policy.quote()).split(" ").length < MIN_QUOTE_WORDS) {
                problem(file, entry, "quote is too short to identify a passage: \"" + policy.quote() + "\"");
            }
        } else if (!blank(policy.quotedFrom())) {
            problem(file, entry, "policy quotedFrom without a quote");
        }
    }

    /** A seed citation: causes, rules, exercises and advice rest only on the seeds. */
    private void citation(String file, String entry, Citation citation) {
        if (citation == null) {
            problem(file, entry, "missing citation");
            return;
        }
        if (citation.isSafetyPolicy()) {
            problem(file, entry, "only red flags may cite a safety policy; cite a seed passage");
            return;
        }
        if (blank(citation.source())) {
            problem(file, entry, "citation has no source");
            return;
        }
        String source = normalizedSources.get(citation.source());
        if (source == null) {
            problem(file, entry, "citation names unknown source '" + citation.source() + "' (not in "
                    + KnowledgeLoader.SOURCES + ")");
            return;
        }
        if (blank(citation.quote())) {
            problem(file, entry, "citation has no quote");
            return;
        }
        String quote = normalize(citation.quote());
        if (quote.split(" ").length < MIN_QUOTE_WORDS) {
            problem(file, entry, "quote is too short to identify a passage: \"" + quote + "\"");
        } else if (!source.contains(quote)) {
            problem(file, entry, "quote is not in " + citation.source() + " word for word: \"" + quote + "\"");
        }
    }

    private boolean id(String file, String entry, String id, Pattern pattern, Set<String> seen) {
        if (blank(id)) {
            problem(file, entry, "missing id");
            return false;
        }
        if (!pattern.matcher(id).matches()) {
            problem(file, entry, "id '" + id + "' must look like " + pattern.pattern());
        }
        return unique(file, entry, id, seen);
    }

    private boolean unique(String file, String entry, String id, Set<String> seen) {
        if (!seen.add(id)) {
            problem(file, entry, "duplicate id '" + id + "'");
            return false;
        }
        return true;
    }

    private void required(String file, String entry, String field, String value) {
        if (blank(value)) {
            problem(file, entry, "missing " + field);
        }
    }

    private Set<String> causeIds() {
        Set<String> ids = new HashSet<>();
        knowledge.causes().forEach(c -> {
            if (c != null && c.id() != null) {
                ids.add(c.id());
            }
        });
        return ids;
    }

    private static String entry(int index, String id) {
        return blank(id) ? "entry " + index : id;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private void problem(String file, String entry, String message) {
        problems.add(new KnowledgeException.Problem(file, entry, message));
    }
}
