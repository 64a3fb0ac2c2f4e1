package clinic.stride.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads the knowledge files, has them checked, and hashes them into the version. */
final class KnowledgeLoader {

    static final String SOURCES = "sources.yaml";
    static final String CAUSES = "causes.yaml";
    static final String RULES = "rules.yaml";
    static final String EXERCISES = "exercises.yaml";
    static final String RED_FLAGS = "red-flags.yaml";
    static final String ADVICE = "advice.yaml";
    /** The order the files are hashed in; the seed texts follow, by file name. */
    static final List<String> FILES = List.of(SOURCES, CAUSES, RULES, EXERCISES, RED_FLAGS, ADVICE);
    static final String SOURCE_FOLDER = "sources/";

    record SourcesFile(String release, List<Source> sources) {
    }

    record CausesFile(List<Cause> causes) {
    }

    record RulesFile(List<Rule> rules) {
    }

    record ExercisesFile(List<Exercise> exercises) {
    }

    record RedFlagsFile(List<RedFlag> redFlags) {
    }

    record AdviceFile(List<Advice> advice) {
    }

    /** Strict: an unknown or misspelt field is an error, not something silently ignored. */
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private KnowledgeLoader() {
    }

    static KnowledgeBase load(KnowledgeFiles files) {
        List<KnowledgeException.Problem> problems = new ArrayList<>();
        Map<String, byte[]> raw = new LinkedHashMap<>();
        for (String name : FILES) {
            Optional<byte[]> bytes = files.read(name);
            if (bytes.isEmpty()) {
                problems.add(new KnowledgeException.Problem(name, "-", "file is missing"));
            } else {
                raw.put(name, bytes.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException(files.location(), problems);
        }
        SourcesFile sources = parse(SOURCES, raw, SourcesFile.class, problems);
        CausesFile causes = parse(CAUSES, raw, CausesFile.class, problems);
        RulesFile rules = parse(RULES, raw, RulesFile.class, problems);
        ExercisesFile exercises = parse(EXERCISES, raw, ExercisesFile.class, problems);
        RedFlagsFile redFlags = parse(RED_FLAGS, raw, RedFlagsFile.class, problems);
        AdviceFile advice = parse(ADVICE, raw, AdviceFile.class, problems);
        if (!problems.isEmpty()) {
            throw new KnowledgeException(files.location(), problems);
        }

        Map<String, String> sourceTexts = new TreeMap<>();
        Map<String, byte[]> sourceBytes = new TreeMap<>();
        for (Source source : list(sources.sources())) {
            if (source == null || source.file() == null || source.file().isBlank()) {
                continue; // reported by the validator
            }
            if (source.file().contains("/") || source.file().contains("\\") || source.file().startsWith(".")) {
                problems.add(new KnowledgeException.Problem(SOURCES, source.file(),
                        "a source is a plain file name inside " + SOURCE_FOLDER));
                continue;
            }
            Optional<byte[]> text = files.read(SOURCE_FOLDER + source.file());
            if (text.isEmpty()) {
                problems.add(new KnowledgeException.Problem(SOURCES, source.file(),
                        "no seed file " + SOURCE_FOLDER + source.file()));
            } else {
                sourceBytes.put(source.file(), text.get());
                sourceTexts.put(source.file(), new String(text.get(), StandardCharsets.UTF_8));
            }
        }

        KnowledgeBase knowledge = new KnowledgeBase(
                sources.release() == null ? "" : sources.release().strip(),
                hash(raw, sourceBytes),
                list(sources.sources()), list(causes.causes()), list(rules.rules()),
                list(exercises.exercises()), list(redFlags.redFlags()), list(advice.advice()),
                sourceTexts);
        problems.addAll(new KnowledgeValidator(knowledge, sourceTexts).problems());
        if (!problems.isEmpty()) {
            throw new KnowledgeException(files.location(), problems);
        }
        return knowledge;
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list.stream().collect(Collectors.toCollection(ArrayList::new));
    }

    private static <T> T parse(String name, Map<String, byte[]> raw, Class<T> type,
                               List<KnowledgeException.Problem> problems) {
        try {
            T parsed = YAML.readValue(raw.get(name), type);
            if (parsed == null) {
                problems.add(new KnowledgeException.Problem(name, "-", "file is empty"));
            }
            return parsed;
        } catch (JsonMappingException e) {
            problems.add(new KnowledgeException.Problem(name, entry(e), firstLine(e.getOriginalMessage())
                    + location(e.getLocation())));
        } catch (JsonProcessingException e) {
            problems.add(new KnowledgeException.Problem(name, "-", "not valid YAML: "
                    + firstLine(e.getOriginalMessage()) + location(e.getLocation())));
        } catch (IOException e) {
            problems.add(new KnowledgeException.Problem(name, "-", "cannot be read: " + e.getMessage()));
        }
        return null;
    }

    /** "entry 3, field nmae" from Jackson's path through the file (the list's own name is left out). */
    private static String entry(JsonMappingException e) {
        StringBuilder entry = new StringBuilder();
        boolean inList = false;
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                entry.append(entry.isEmpty() ? "" : ", ").append("entry ").append(ref.getIndex() + 1);
                inList = true;
            } else if (ref.getFieldName() != null && (inList || !entry.isEmpty())) {
                entry.append(", field ").append(ref.getFieldName());
            } else if (ref.getFieldName() != null && e.getPath().size() == 1) {
                entry.append("field ").append(ref.getFieldName());
            }
        }
        return entry.isEmpty() ? "-" : entry.toString();
    }

    private static String location(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " (line " + location.getLineNr() + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String hash(Map<String, byte[]> files, Map<String, byte[]> sources) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String name : FILES) {
                update(sha256, name, files.get(name));
            }
            for (Map.Entry<String, byte[]> source : sources.entrySet()) {
                update(sha256, SOURCE_FOLDER + source.getKey(), source.getValue());
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Name, then length, then content: no two different file sets can hash the same bytes. */
    private static void update(MessageDigest digest, String name, byte[] content) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Long.toString(content.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) 0);
        digest.update(content);
    }
}
