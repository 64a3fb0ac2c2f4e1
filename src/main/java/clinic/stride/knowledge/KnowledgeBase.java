package clinic.stride.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The reviewed knowledge: seed sources, causes, rules, exercises, red flags and advice, loaded from the
 * YAML files under {@code knowledge/} and checked as a whole (see docs/knowledge.md). Immutable; load it
 * once and share it.
 */
public final class KnowledgeBase {

    /** Class-path folder of the knowledge files. */
    public static final String CLASS_PATH_ROOT = "knowledge";

    private final String release;
    private final String contentHash;
    private final List<Source> sources;
    private final List<Cause> causes;
    private final List<Rule> rules;
    private final List<Exercise> exercises;
    private final List<RedFlag> redFlags;
    private final List<Advice> advice;
    private final Map<String, String> sourceTexts;
    private final Map<String, Cause> causesById = new LinkedHashMap<>();
    private final Map<String, Exercise> exercisesById = new LinkedHashMap<>();
    private final Map<String, RedFlag> redFlagsById = new LinkedHashMap<>();

    KnowledgeBase(String release, String contentHash, List<Source> sources, List<Cause> causes, List<Rule> rules,
                  List<Exercise> exercises, List<RedFlag> redFlags, List<Advice> advice,
                  Map<String, String> sourceTexts) {
        this.release = release;
        this.contentHash = contentHash;
        // Lists may hold empty YAML entries (null) until the validator has rejected them.
        this.sources = Collections.unmodifiableList(new ArrayList<>(sources));
        this.causes = Collections.unmodifiableList(new ArrayList<>(causes));
        this.rules = Collections.unmodifiableList(new ArrayList<>(rules));
        this.exercises = Collections.unmodifiableList(new ArrayList<>(exercises));
        this.redFlags = Collections.unmodifiableList(new ArrayList<>(redFlags));
        this.advice = Collections.unmodifiableList(new ArrayList<>(advice));
        this.sourceTexts = Map.copyOf(sourceTexts);
        causes.stream().filter(Objects::nonNull).forEach(c -> causesById.putIfAbsent(c.id(), c));
        exercises.stream().filter(Objects::nonNull).forEach(e -> exercisesById.putIfAbsent(e.id(), e));
        redFlags.stream().filter(Objects::nonNull).forEach(r -> redFlagsById.putIfAbsent(r.id(), r));
    }

    /** Loads and checks the knowledge shipped with the application. */
    public static KnowledgeBase load() {
        return KnowledgeLoader.load(KnowledgeFiles.classPath(CLASS_PATH_ROOT));
    }

    /** Loads and checks the knowledge files in a folder laid out like {@code src/main/resources/knowledge}. */
    public static KnowledgeBase load(Path directory) {
        return KnowledgeLoader.load(KnowledgeFiles.directory(directory));
    }

    /**
     * The version stamped on every assessment: the reviewers' release label and the first 12 hex digits of
     * the SHA-256 of all knowledge files, e.g. {@code 1.0+3fa2b9c01d2e}. Any change to any file (a weight,
     * a comment, a seed) changes it.
     */
    public String version() {
        return release + "+" + contentHash.substring(0, 12);
    }

    public String release() {
        return release;
    }

    /** Full SHA-256 (hex) of the knowledge files, in the order docs/knowledge.md gives. */
    public String contentHash() {
        return contentHash;
    }

    public List<Source> sources() {
        return sources;
    }

    public List<Cause> causes() {
        return causes;
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Exercise> exercises() {
        return exercises;
    }

    public List<RedFlag> redFlags() {
        return redFlags;
    }

    public List<Advice> advice() {
        return advice;
    }

    public Cause cause(String id) {
        return find(causesById, id, "cause");
    }

    public Exercise exercise(String id) {
        return find(exercisesById, id, "exercise");
    }

    public RedFlag redFlag(String id) {
        return find(redFlagsById, id, "red flag");
    }

    public List<Rule> rulesFor(String causeId) {
        return rules.stream().filter(r -> causeId.equals(r.cause())).toList();
    }

    /** The text of a seed document as shipped under {@code knowledge/sources/}. */
    public String sourceText(String file) {
        return find(sourceTexts, file, "source");
    }

    private static <T> T find(Map<String, T> byId, String id, String what) {
        T found = byId.get(id);
        if (found == null) {
            throw new NoSuchElementException("no " + what + " '" + id + "' in the knowledge base");
        }
        return found;
    }
}
