package clinic.stride.knowledge;

import clinic.stride.intake.Activity;
import clinic.stride.intake.Condition;
import clinic.stride.intake.Factors;
import clinic.stride.intake.Footwear;
import clinic.stride.intake.FootwearType;
import clinic.stride.intake.Gait;
import clinic.stride.intake.IntakeAnswers;
import clinic.stride.intake.LegLength;
import clinic.stride.intake.Onset;
import clinic.stride.intake.Pain;
import clinic.stride.intake.PainCharacter;
import clinic.stride.intake.PainRegion;
import clinic.stride.intake.PainTrigger;
import clinic.stride.intake.PastInjuries;
import clinic.stride.intake.Posture;
import clinic.stride.intake.RedFlagAnswers;
import clinic.stride.intake.Relief;
import clinic.stride.intake.Side;
import clinic.stride.intake.Sport;
import clinic.stride.patient.Sex;
import clinic.stride.vocabulary.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
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

    /** Age used when a sample does not set one: an adult below every age threshold in the rules. */
    public static final int UNSET_AGE = 35;

    public static final List<Entry> ENTRIES = List.of(
            codesEntry("pain.regions", PainRegion.class),
            codeEntry("pain.side", Side.class),
            numberEntry("pain.intensity", 2, 5, 7, 9),
            codeEntry("pain.onset", Onset.class),
            numberEntry("pain.durationWeeks", 1, 4, 12, 52),
            codesEntry("pain.when", PainTrigger.class),
            codesEntry("pain.relievedBy", Relief.class),
            codesEntry("pain.character", PainCharacter.class),
            numberEntry("factors.heightCm", 150, 165, 180),
            numberEntry("factors.weightKg", 55, 75, 95, 120),
            codeEntry("factors.footwear.type", FootwearType.class),
            numberEntry("factors.footwear.ageMonths", 3, 12, 24),
            flagEntry("factors.footwear.wornOut"),
            flagEntry("factors.footwear.orthotics"),
            numberEntry("factors.posture.sittingHoursPerDay", 2, 6, 10),
            flagEntry("factors.posture.slouched"),
            flagEntry("factors.posture.archedBack"),
            numberEntry("factors.legLength.differenceMm", 3, 6, 12, 25),
            codeEntry("factors.legLength.longerSide", Side.class),
            flagEntry("factors.legLength.measured"),
            flagEntry("factors.gait.kneeValgus"),
            flagEntry("factors.gait.overPronation"),
            flagEntry("factors.gait.supination"),
            flagEntry("factors.gait.limp"),
            numberEntry("factors.activity.walkingKmPerWeek", 5, 15, 30, 60),
            numberEntry("factors.activity.runningKmPerWeek", 10, 25, 50),
            flagEntry("factors.activity.recentIncrease"),
            flagEntry("factors.activity.unevenTerrain"),
            flagEntry("factors.activity.downhill"),
            flagEntry("factors.activity.speedWork"),
            flagEntry("factors.activity.strengthTraining"),
            flagEntry("factors.activity.warmsUp"),
            codesEntry("factors.activity.sports", Sport.class),
            flagEntry("factors.pastInjuries.hipFracture"),
            flagEntry("factors.pastInjuries.dislocation"),
            new Entry("factors.pastInjuries.other", Kind.TEXT, null, List.of()),
            codesEntry("factors.conditions", Condition.class),
            flagEntry("factors.pregnant"),
            flagEntry("redFlags.bladderBowelLoss"),
            flagEntry("redFlags.numbnessTinglingWeakness"),
            flagEntry("redFlags.swellingRedness"),
            flagEntry("redFlags.recentFallOrInjury"),
            flagEntry("redFlags.fever"),
            flagEntry("redFlags.severeOrWorsening"),
            flagEntry("redFlags.notImprovingWithRest"),
            flagEntry("redFlags.interferesWithDailyActivities"),
            flagEntry("redFlags.saddleNumbness"),
            flagEntry("redFlags.urinaryRetention"),
            flagEntry("redFlags.bothLegs"),
            flagEntry("redFlags.numbnessOrWeaknessWorsening"),
            flagEntry("redFlags.cannotBearWeight"),
            flagEntry("redFlags.cancerHistory"),
            flagEntry("redFlags.unexplainedWeightLoss"),
            flagEntry("redFlags.immunosuppressed"),
            numberEntry("age", 25, 40, 55, 70, 85),
            codeEntry("sex", Sex.class));

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

    /** The answers as the intake model holds them (unanswered is null, as from the form). */
    public IntakeAnswers toIntakeAnswers() {
        Pain pain = new Pain(set("pain.regions", PainRegion.class), (Side) values.get("pain.side"),
                integer("pain.intensity"), (Onset) values.get("pain.onset"), integer("pain.durationWeeks"),
                set("pain.when", PainTrigger.class), set("pain.relievedBy", Relief.class),
                set("pain.character", PainCharacter.class));
        Factors factors = new Factors(decimal("factors.heightCm"), decimal("factors.weightKg"),
                new Footwear((FootwearType) values.get("factors.footwear.type"),
                        integer("factors.footwear.ageMonths"), flag("factors.footwear.wornOut"),
                        flag("factors.footwear.orthotics")),
                new Posture(decimal("factors.posture.sittingHoursPerDay"), flag("factors.posture.slouched"),
                        flag("factors.posture.archedBack")),
                new LegLength(integer("factors.legLength.differenceMm"),
                        (Side) values.get("factors.legLength.longerSide"), flag("factors.legLength.measured")),
                new Gait(flag("factors.gait.kneeValgus"), flag("factors.gait.overPronation"),
                        flag("factors.gait.supination"), flag("factors.gait.limp")),
                new Activity(decimal("factors.activity.walkingKmPerWeek"),
                        decimal("factors.activity.runningKmPerWeek"), flag("factors.activity.recentIncrease"),
                        flag("factors.activity.unevenTerrain"), flag("factors.activity.downhill"),
                        flag("factors.activity.speedWork"), flag("factors.activity.strengthTraining"),
                        flag("factors.activity.warmsUp"), set("factors.activity.sports", Sport.class)),
                new PastInjuries(flag("factors.pastInjuries.hipFracture"), flag("factors.pastInjuries.dislocation"),
                        (String) values.get("factors.pastInjuries.other")),
                set("factors.conditions", Condition.class), flag("factors.pregnant"));
        RedFlagAnswers redFlags = new RedFlagAnswers(flag("redFlags.bladderBowelLoss"),
                flag("redFlags.numbnessTinglingWeakness"), flag("redFlags.swellingRedness"),
                flag("redFlags.recentFallOrInjury"), flag("redFlags.fever"), flag("redFlags.severeOrWorsening"),
                flag("redFlags.notImprovingWithRest"), flag("redFlags.interferesWithDailyActivities"),
                flag("redFlags.saddleNumbness"), flag("redFlags.urinaryRetention"), flag("redFlags.bothLegs"),
                flag("redFlags.numbnessOrWeaknessWorsening"), flag("redFlags.cannotBearWeight"),
                flag("redFlags.cancerHistory"), flag("redFlags.unexplainedWeightLoss"),
                flag("redFlags.immunosuppressed"));
        return new IntakeAnswers(LocalDate.of(2025, 1, 6), Language.EN, pain, factors, redFlags);
    }

    private Boolean flag(String path) {
        return (Boolean) values.get(path);
    }

    private Integer integer(String path) {
        Object value = values.get(path);
        return value == null ? null : ((Number) value).intValue();
    }

    private Double decimal(String path) {
        Object value = values.get(path);
        return value == null ? null : ((Number) value).doubleValue();
    }

    private <E extends Enum<E>> Set<E> set(String path, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (Object code : codes(path)) {
            set.add(type.cast(code));
        }
        return set;
    }

    @Override
    public String toString() {
        return values.toString();
    }

    private static Entry flagEntry(String path) {
        return new Entry(path, Kind.FLAG, null, List.of());
    }

    private static Entry numberEntry(String path, double... levels) {
        List<Double> list = new ArrayList<>();
        for (double level : levels) {
            list.add(level);
        }
        return new Entry(path, Kind.NUMBER, null, Collections.unmodifiableList(list));
    }

    private static Entry codeEntry(String path, Class<? extends Enum<?>> domain) {
        return new Entry(path, Kind.CODE, domain, List.of());
    }

    private static Entry codesEntry(String path, Class<? extends Enum<?>> domain) {
        return new Entry(path, Kind.CODES, domain, List.of());
    }
}
