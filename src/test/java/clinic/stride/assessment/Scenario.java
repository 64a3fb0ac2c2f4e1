package clinic.stride.assessment;

import clinic.stride.knowledge.AnswerSheet;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One presentation from {@code src/test/resources/knowledge/scenarios/}: a patient, their intake answers in the
 * shape of the API's intake body ({@code pain}, {@code factors}, {@code redFlags}), and what the assessment must
 * say. The answers become an {@link AnswerSheet} path by path, so a misspelt question or code fails loudly.
 *
 * @param name   the file name without {@code .yaml}
 * @param sheet  the answers, age and sex included
 * @param expect what the assessment must show
 */
record Scenario(String name, AnswerSheet sheet, Expect expect) {

    /** Where the scenario files live, relative to the project root (Surefire's working directory). */
    static final Path FOLDER = Path.of("src/test/resources/knowledge/scenarios");

    /**
     * @param redFlags          exactly the red flags raised (ids), empty for none
     * @param urgency           the highest urgency, or "none"
     * @param exercisesWithheld whether the exercises are withheld
     * @param topThree          causes that must all be among the first three (also the "expected" causes of the
     *                          over-firing table); empty when the scenario is about warning signs only
     * @param notTopThree       causes that must not be among the first three
     * @param exercises         exercises that must be suggested
     * @param noExercises       exercises that must not be suggested
     * @param advice            advice that must be given
     * @param noAdvice          advice that must not be given
     */
    record Expect(List<String> redFlags, String urgency, Boolean exercisesWithheld, List<String> topThree,
                  List<String> notTopThree, List<String> exercises, List<String> noExercises, List<String> advice,
                  List<String> noAdvice) {

        Expect {
            redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
            topThree = topThree == null ? List.of() : List.copyOf(topThree);
            notTopThree = notTopThree == null ? List.of() : List.copyOf(notTopThree);
            exercises = exercises == null ? List.of() : List.copyOf(exercises);
            noExercises = noExercises == null ? List.of() : List.copyOf(noExercises);
            advice = advice == null ? List.of() : List.copyOf(advice);
            noAdvice = noAdvice == null ? List.of() : List.copyOf(noAdvice);
        }
    }

    private record File(String about, Map<String, Object> patient, Map<String, Object> intake, Expect expect) {
    }

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static List<Scenario> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(Scenario::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scenario read(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        File parsed;
        try {
            parsed = YAML.readValue(file.toFile(), File.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
        if (parsed.about() == null || parsed.about().isBlank()) {
            throw new IllegalArgumentException(name + ": say what the presentation is in 'about'");
        }
        if (parsed.expect() == null) {
            throw new IllegalArgumentException(name + ": no 'expect'");
        }
        AnswerSheet sheet = AnswerSheet.empty();
        Map<String, Object> flat = new LinkedHashMap<>();
        if (parsed.patient() != null) {
            flat.putAll(parsed.patient());
        }
        if (parsed.intake() != null) {
            flatten("", parsed.intake(), flat);
        }
        for (Map.Entry<String, Object> answer : flat.entrySet()) {
            AnswerSheet.Entry entry;
            try {
                entry = AnswerSheet.entry(answer.getKey());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": no question " + answer.getKey(), e);
            }
            sheet = sheet.with(entry.path(), value(name, entry, answer.getValue()));
        }
        return new Scenario(name, sheet, parsed.expect());
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map, Map<String, Object> into) {
        map.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested) {
                flatten(path, (Map<String, Object>) nested, into);
            } else {
                into.put(path, value);
            }
        });
    }

    private static Object value(String scenario, AnswerSheet.Entry entry, Object raw) {
        String at = scenario + ": " + entry.path();
        return switch (entry.kind()) {
            case FLAG -> {
                if (!(raw instanceof Boolean b)) {
                    throw new IllegalArgumentException(at + " must be true or false, not " + raw);
                }
                yield b;
            }
            case NUMBER -> {
                if (!(raw instanceof Number n)) {
                    throw new IllegalArgumentException(at + " must be a number, not " + raw);
                }
                yield n.doubleValue();
            }
            case TEXT -> String.valueOf(raw);
            case CODE -> code(at, entry, raw);
            case CODES -> {
                if (!(raw instanceof List<?> list)) {
                    throw new IllegalArgumentException(at + " must be a list of codes, not " + raw);
                }
                Set<Enum<?>> codes = new HashSet<>();
                list.forEach(item -> codes.add(code(at, entry, item)));
                yield Set.copyOf(codes);
            }
        };
    }

    private static Enum<?> code(String at, AnswerSheet.Entry entry, Object raw) {
        String wanted = String.valueOf(raw).toUpperCase(Locale.ROOT);
        List<String> known = new ArrayList<>();
        for (Enum<?> constant : entry.constants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
            known.add(constant.name().toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException(at + ": '" + raw + "' is not one of " + known);
    }

    @Override
    public String toString() {
        return name;
    }
}
