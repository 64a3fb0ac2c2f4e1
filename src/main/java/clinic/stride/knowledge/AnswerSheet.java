package clinic.stride.knowledge;

import clinic.stride.vocabulary.Coded;
import clinic.stride.intake.IntakeAnswers;
import clinic.stride.intake.IntakeService;
import clinic.stride.vocabulary.Language;
import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import clinic.stride.patient.Sex;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Intake answers addressed by path ({@code factors.footwear.wornOut}), so that the loader can make sample
 * intakes to try every condition on (all answered, none answered, and many mixed ones) and tests can
 * take answers away one at a time. {@link #ENTRIES} lists every question of the intake model with the
 * values samples use.
 */
public final class AnswerSheet {

    /** How a question is answered. */
    public enum Kind { FLAG, NUMBER, CODE, CODES, TEXT }

    /**
     * One question of the intake model.
     *
     * @param path   path of the answer in {@link IntakeAnswers} ({@code age} and {@code sex} are passed beside it)
     * @param kind   flag, number, single code, set of codes or free text
     * @param domain the enum of a code answer, else null
     * @param levels sample values of a number, ascending, else empty
     */
    public record Entry(String path, Kind kind, Class<? extends Enum<?>> domain, List<Double> levels) {

        public List<Enum<?>> constants() {
            return domain == null ? List.of() : Arrays.asList(domain.getEnumConstants());
        }
    }

    /** The visit date of every sample: no rule reads it. */
    private static final LocalDate SAMPLE_VISIT = LocalDate.of(2025, 1, 6);

    /** Age used when a sample does not set one: an adult below every age threshold in the rules. */
    public static final int UNSET_AGE = 35;

    /**
     * Sample values of the numbers, at and around the rules' thresholds. A number the catalogue gains without
     * levels here is sampled over its range.
     */
    private static final Map<String, List<Double>> LEVELS = Map.ofEntries(
            levels("pain.intensity", 2, 5, 7, 9),
            levels("pain.durationWeeks", 1, 4, 12, 52),
            levels("factors.heightCm", 150, 165, 180),
            levels("factors.weightKg", 55, 75, 95, 120),
            levels("factors.footwear.ageMonths", 3, 12, 24),
            levels("factors.posture.sittingHoursPerDay", 2, 6, 10),
            levels("factors.legLength.differenceMm", 3, 6, 12, 25),
            levels("factors.activity.walkingKmPerWeek", 5, 15, 30, 60),
            levels("factors.activity.runningKmPerWeek", 10, 25, 50),
            levels("age", 25, 40, 55, 70, 85));

    /**
     * Every answer of the intake's question catalogue ({@link IntakeForm}), then age and sex, which the rules
     * read beside the answers. Who the patient is, the visit date and the language are not answers.
     */
    public static final List<Entry> ENTRIES = entriesOf(IntakeForm.standard());

    /** The answer sheet's questions for a catalogue: the standard one, or one with a question being designed. */
    public static List<Entry> entriesOf(IntakeForm form) {
        List<Entry> entries = new ArrayList<>();
        for (Question q : form.all().values()) {
            String path = q.linkId();
            if (q.isGroup() || path.startsWith("patient.") || path.equals("visitDate") || path.equals("language")) {
                continue;
            }
            entries.add(switch (q.kind()) {
                case BOOLEAN -> new Entry(path, Kind.FLAG, null, List.of());
                case INTEGER, DECIMAL -> new Entry(path, Kind.NUMBER, null, LEVELS.getOrDefault(path, levelsOver(q)));
                case CHOICE -> new Entry(path, q.repeats() ? Kind.CODES : Kind.CODE, q.codeType(), List.of());
                case STRING, TEXT, EMAIL -> new Entry(path, Kind.TEXT, null, List.of());
                case DATE, GROUP -> throw new IllegalStateException(path + " is a " + q.kind()
                        + ": the rule language has no such answer yet (see AnswerSheet.entriesOf)");
            });
        }
        entries.add(new Entry("age", Kind.NUMBER, null, LEVELS.get("age")));
        entries.add(new Entry("sex", Kind.CODE, Sex.class, List.of()));
        return List.copyOf(entries);
    }

    /** A quarter, half and all of the way through the question's range (0 to 100 when it has none). */
    private static List<Double> levelsOver(Question q) {
        double min = q.min() == null ? 0 : q.min().doubleValue();
        double max = q.max() == null ? 100 : q.max().doubleValue();
        return List.of(min + (max - min) / 4, (min + max) / 2, max);
    }

    private static Map.Entry<String, List<Double>> levels(String path, double... values) {
        return Map.entry(path, Arrays.stream(values).boxed().toList());
    }

    private static final Map<String, Entry> BY_PATH = new LinkedHashMap<>();

    static {
        ENTRIES.forEach(e -> BY_PATH.put(e.path(), e));
    }

    private final Map<String, Object> values;

    private AnswerSheet(Map<String, Object> values) {
        this.values = values;
    }

    /** Nothing answered. */
    public static AnswerSheet empty() {
        return new AnswerSheet(new LinkedHashMap<>());
    }

    /** Every flag yes, every set full, every number at its highest level, every code its first choice. */
    public static AnswerSheet full() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Entry entry : ENTRIES) {
            values.put(entry.path(), switch (entry.kind()) {
                case FLAG -> Boolean.TRUE;
                case NUMBER -> entry.levels().getLast();
                case CODE -> entry.constants().getFirst();
                case CODES -> Set.copyOf(entry.constants());
                case TEXT -> "sample injury";
            });
        }
        return new AnswerSheet(values);
    }

    /** Each question answered with the given probability, with a random answer. */
    public static AnswerSheet random(Random random, double density) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Entry entry : ENTRIES) {
            if (entry.kind() == Kind.CODES) {
                Set<Enum<?>> chosen = new java.util.HashSet<>();
                for (Enum<?> constant : entry.constants()) {
                    if (random.nextDouble() < density) {
                        chosen.add(constant);
                    }
                }
                if (!chosen.isEmpty()) {
                    values.put(entry.path(), Set.copyOf(chosen));
                }
            } else if (random.nextDouble() < density) {
                values.put(entry.path(), switch (entry.kind()) {
                    case FLAG -> Boolean.TRUE;
                    case NUMBER -> entry.levels().get(random.nextInt(entry.levels().size()));
                    case CODE -> entry.constants().get(random.nextInt(entry.constants().size()));
                    case TEXT -> "sample injury";
                    case CODES -> throw new AssertionError();
                });
            }
        }
        return new AnswerSheet(values);
    }

    public static Entry entry(String path) {
        Entry entry = BY_PATH.get(path);
        if (entry == null) {
            throw new IllegalArgumentException("no question " + path);
        }
        return entry;
    }

    /** A copy with one answer set; null removes it. A set of codes is given as a {@link Set}. */
    public AnswerSheet with(String path, Object value) {
        entry(path);
        Map<String, Object> copy = new LinkedHashMap<>(values);
        if (value == null || value instanceof Set<?> s && s.isEmpty()) {
            copy.remove(path);
        } else {
            copy.put(path, value);
        }
        return new AnswerSheet(copy);
    }

    public AnswerSheet without(String path) {
        return with(path, null);
    }

    /** A copy with one code taken out of a multiple-choice answer. */
    public AnswerSheet withoutCode(String path, Enum<?> code) {
        Set<Object> codes = new java.util.HashSet<>(codes(path));
        codes.remove(code);
        return with(path, codes.isEmpty() ? null : Set.copyOf(codes));
    }

    public Object get(String path) {
        entry(path);
        return values.get(path);
    }

    /** The answered paths, in catalogue order. */
    public List<String> answeredPaths() {
        List<String> answered = new ArrayList<>();
        ENTRIES.forEach(e -> {
            if (values.containsKey(e.path())) {
                answered.add(e.path());
            }
        });
        return answered;
    }

    public Set<?> codes(String path) {
        Object value = values.get(path);
        return value == null ? Set.of() : (Set<?>) value;
    }

    public int age() {
        Object age = values.get("age");
        return age == null ? UNSET_AGE : ((Number) age).intValue();
    }

    public Sex sex() {
        Object sex = values.get("sex");
        return sex == null ? Sex.UNKNOWN : (Sex) sex;
    }

    public IntakeView toView() {
        return IntakeView.of(toIntakeAnswers(), age(), sex());
    }

    /**
     * The answers as the intake model holds them (unanswered is null, as from the form): the sheet written out
     * as the intake's JSON, one node per question of the catalogue, and read as the intake reads a stored version.
     * Every group is present, as the form sends it; a visit date and language are set, since rules read neither.
     */
    public IntakeAnswers toIntakeAnswers() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("visitDate", SAMPLE_VISIT.toString());
        root.put("language", Language.EN.code());
        for (Question q : IntakeForm.standard().all().values()) {
            if (q.isGroup() && !q.linkId().startsWith("patient")) {
                parentOf(root, q.linkId()).putObject(q.fieldName());
            }
        }
        for (Entry entry : ENTRIES) {
            Object value = values.get(entry.path());
            if (value == null || entry.path().equals("age") || entry.path().equals("sex")) {
                continue;
            }
            ObjectNode parent = parentOf(root, entry.path());
            String field = entry.path().substring(entry.path().lastIndexOf('.') + 1);
            switch (entry.kind()) {
                case FLAG -> parent.put(field, (Boolean) value);
                case NUMBER -> {
                    if (IntakeForm.find(entry.path()).orElseThrow().kind() == Question.Kind.INTEGER) {
                        parent.put(field, ((Number) value).intValue());
                    } else {
                        parent.put(field, ((Number) value).doubleValue());
                    }
                }
                case CODE -> parent.put(field, ((Coded) value).code());
                case CODES -> {
                    ArrayNode codes = parent.putArray(field);
                    ((Set<?>) value).stream().map(c -> ((Coded) c).code()).sorted().forEach(codes::add);
                }
                case TEXT -> parent.put(field, (String) value);
            }
        }
        return IntakeService.fromJson(root.toString());
    }

    /** The object that holds the answer at {@code path} ({@code factors.footwear} for factors.footwear.type). */
    private static ObjectNode parentOf(ObjectNode root, String path) {
        ObjectNode node = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.get(parts[i]) instanceof ObjectNode child ? child : node.putObject(parts[i]);
        }
        return node;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
