package clinic.stride.demo;

import static clinic.stride.intake.PainCharacter.ACHE;
import static clinic.stride.intake.PainCharacter.BURNING;
import static clinic.stride.intake.PainCharacter.CATCHING;
import static clinic.stride.intake.PainCharacter.CLICKING;
import static clinic.stride.intake.PainCharacter.GIVING_WAY;
import static clinic.stride.intake.PainCharacter.NUMBNESS;
import static clinic.stride.intake.PainCharacter.RUBBING;
import static clinic.stride.intake.PainCharacter.SHARP;
import static clinic.stride.intake.PainCharacter.SHOOTING;
import static clinic.stride.intake.PainCharacter.STIFFNESS;
import static clinic.stride.intake.PainCharacter.TINGLING;
import static clinic.stride.intake.PainCharacter.WEAKNESS;
import static clinic.stride.intake.PainRegion.BACK_OF_LEG;
import static clinic.stride.intake.PainRegion.BUTTOCK;
import static clinic.stride.intake.PainRegion.GROIN;
import static clinic.stride.intake.PainRegion.KNEE;
import static clinic.stride.intake.PainRegion.LOWER_BACK;
import static clinic.stride.intake.PainRegion.OUTER_HIP;
import static clinic.stride.intake.PainRegion.OUTER_THIGH;
import static clinic.stride.intake.PainTrigger.AFTER_RUNNING;
import static clinic.stride.intake.PainTrigger.AFTER_WALKING;
import static clinic.stride.intake.PainTrigger.AT_REST;
import static clinic.stride.intake.PainTrigger.DURING_RUNNING;
import static clinic.stride.intake.PainTrigger.DURING_WALKING;
import static clinic.stride.intake.PainTrigger.GETTING_OUT_OF_CAR;
import static clinic.stride.intake.PainTrigger.GETTING_UP;
import static clinic.stride.intake.PainTrigger.LIFTING_LEG;
import static clinic.stride.intake.PainTrigger.LYING_ON_SIDE;
import static clinic.stride.intake.PainTrigger.NIGHT;
import static clinic.stride.intake.PainTrigger.PIVOTING;
import static clinic.stride.intake.PainTrigger.SITTING;
import static clinic.stride.intake.PainTrigger.STAIRS;
import static clinic.stride.intake.PainTrigger.STANDING;

import clinic.stride.intake.Activity;
import clinic.stride.intake.Condition;
import clinic.stride.intake.Factors;
import clinic.stride.intake.Footwear;
import clinic.stride.intake.FootwearType;
import clinic.stride.intake.Gait;
import clinic.stride.intake.IntakeRequest;
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
import clinic.stride.patient.PatientDetails;
import clinic.stride.patient.Sex;
import clinic.stride.vocabulary.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A dozen made-up patients, each written from a situation the seed documents describe, with several visits
 * and a pain trend. Names and ids are fictional. Visit dates are relative to today, so the worklist always
 * has today's intakes.
 */
public final class DemoPatients {

    private DemoPatients() {
    }

    /** Every demo visit, oldest first, as the API would receive them. */
    public static List<IntakeRequest> visits(LocalDate today) {
        List<IntakeRequest> all = new ArrayList<>();
        // Hip osteoarthritis, older adult, weight-bearing pain (000, 001, 002).
        Person maria = new Person("DEMO-1001", "María", "Ortega Núñez", LocalDate.of(1959, 3, 14), Sex.FEMALE, Language.ES);
        for (int[] v : new int[][] {{84, 7}, {42, 6}, {0, 5}}) {
            all.add(maria.visit(today.minusDays(v[0]), pain(Set.of(GROIN, BUTTOCK), Side.RIGHT, v[1], Onset.GRADUAL, 52,
                    Set.of(DURING_WALKING, AFTER_WALKING, STAIRS, GETTING_UP), Set.of(Relief.REST), Set.of(ACHE, STIFFNESS)),
                    factors(162, 84, shoes(FootwearType.EVERYDAY, 36, true, false), posture(6, true, false), null,
                            gait(false, false, false, true), activity(10, 0, false, false, false, false, false, false),
                            null, Set.of(Condition.OSTEOARTHRITIS)),
                    flags(false, false, false, false, false, false, v[0] == 0, v[1] >= 6)));
        }
        // IT band syndrome in a runner: mileage jump, downhill, worn shoes (001).
        Person james = new Person("DEMO-1002", "James", "Carter", LocalDate.of(1991, 7, 2), Sex.MALE, Language.EN);
        for (int[] v : new int[][] {{35, 6}, {14, 4}, {1, 2}}) {
            all.add(james.visit(today.minusDays(v[0]), pain(Set.of(OUTER_THIGH, OUTER_HIP, KNEE), Side.LEFT, v[1], Onset.GRADUAL, 5,
                    Set.of(DURING_RUNNING, AFTER_RUNNING, STAIRS), Set.of(Relief.REST, Relief.STOPPING_ACTIVITY), Set.of(ACHE, RUBBING, CLICKING)),
                    factors(181, 76, shoes(FootwearType.RUNNING, 20, true, false), posture(4, false, false), null,
                            gait(false, true, false, false), activity(5, 45, true, true, true, false, false, false), null, Set.of()),
                    RedFlagAnswers.none()));
        }
        // Iliopsoas tendinitis: speed work, groin pain lifting the leg and getting out of the car (001).
        Person aisha = new Person("DEMO-1003", "Aisha", "Khan", LocalDate.of(1997, 11, 23), Sex.FEMALE, Language.EN);
        for (int[] v : new int[][] {{28, 5}, {0, 3}}) {
            all.add(aisha.visit(today.minusDays(v[0]), pain(Set.of(GROIN, KNEE), Side.RIGHT, v[1], Onset.GRADUAL, 6,
                    Set.of(LIFTING_LEG, GETTING_OUT_OF_CAR, AFTER_RUNNING), Set.of(Relief.STOPPING_ACTIVITY), Set.of(SHARP)),
                    factors(168, 58, shoes(FootwearType.RUNNING, 8, false, false), posture(5, false, false), null,
                            gait(false, false, false, false), activity(10, 30, false, false, false, true, false, true),
                            null, Set.of()),
                    RedFlagAnswers.none()));
        }
        // Spinal stenosis: walking brings on leg pain and numbness, relieved by sitting or leaning forward (002).
        Person robert = new Person("DEMO-1004", "Robert", "Nguyen", LocalDate.of(1954, 5, 30), Sex.MALE, Language.EN);
        for (int[] v : new int[][] {{70, 6}, {35, 6}, {0, 7}}) {
            all.add(robert.visit(today.minusDays(v[0]), pain(Set.of(LOWER_BACK, BUTTOCK, BACK_OF_LEG), Side.BOTH, v[1], Onset.GRADUAL, 40,
                    Set.of(DURING_WALKING, STANDING), Set.of(Relief.SITTING, Relief.LEANING_FORWARD), Set.of(ACHE, NUMBNESS, TINGLING)),
                    factors(175, 80, shoes(FootwearType.WALKING, 12, false, false), posture(7, true, false), null,
                            gait(false, false, false, false), activity(6, 0, false, false, false, false, false, false),
                            null, Set.of(Condition.SPINAL_CONDITION)),
                    flags(false, true, false, false, false, v[0] == 0, true, true)));
        }
        // Knee valgus, lower back and hip pain with tingling down the side of the leg, weight (003).
        Person lauren = new Person("DEMO-1005", "Lauren", "Mitchell", LocalDate.of(1983, 9, 8), Sex.FEMALE, Language.EN);
        for (int[] v : new int[][] {{120, 8}, {60, 6}, {21, 4}, {2, 3}}) {
            all.add(lauren.visit(today.minusDays(v[0]), pain(Set.of(OUTER_HIP, LOWER_BACK, OUTER_THIGH), Side.RIGHT, v[1], Onset.GRADUAL, 200,
                    Set.of(DURING_WALKING, GETTING_UP, STANDING), Set.of(Relief.REST), Set.of(ACHE, TINGLING)),
                    factors(165, 88 + v[0] / 30.0, shoes(FootwearType.EVERYDAY, 24, true, false), posture(8, true, false),
                            new LegLength(5, Side.LEFT, false), gait(true, true, false, false),
                            activity(8, 0, false, false, false, false, false, false), null, Set.of()),
                    flags(false, false, false, false, false, false, false, v[1] >= 6)));
        }
        // Trochanteric bursitis: side of the hip, lying on that side, stairs (001, 002).
        Person sofia = new Person("DEMO-1006", "Sofía", "Ramírez", LocalDate.of(1970, 1, 17), Sex.FEMALE, Language.ES);
        for (int[] v : new int[][] {{30, 6}, {3, 4}}) {
            all.add(sofia.visit(today.minusDays(v[0]), pain(Set.of(OUTER_HIP), Side.LEFT, v[1], Onset.GRADUAL, 10,
                    Set.of(LYING_ON_SIDE, STAIRS, DURING_WALKING, NIGHT), Set.of(Relief.REST), Set.of(ACHE, SHARP)),
                    factors(158, 70, shoes(FootwearType.WALKING, 18, false, false), posture(5, false, false), null,
                            gait(false, false, false, false), activity(20, 0, true, false, false, false, false, false), null, Set.of()),
                    RedFlagAnswers.none()));
        }
        // Disc herniation with sciatica: sharp shooting pain from the back down the leg, long sitting (002, 004).
        Person david = new Person("DEMO-1007", "David", "Okafor", LocalDate.of(1979, 4, 12), Sex.MALE, Language.EN);
        for (int[] v : new int[][] {{21, 8}, {0, 6}}) {
            all.add(david.visit(today.minusDays(v[0]), pain(Set.of(LOWER_BACK, BUTTOCK, BACK_OF_LEG), Side.LEFT, v[1], Onset.SUDDEN, 4,
                    Set.of(SITTING, DURING_WALKING, GETTING_UP), Set.of(Relief.REST), Set.of(SHARP, SHOOTING, TINGLING)),
                    factors(183, 92, shoes(FootwearType.DRESS, 30, false, false), posture(10, true, false), null,
                            gait(false, false, false, true), activity(4, 0, false, false, false, false, false, false), null, Set.of()),
                    flags(false, v[0] > 0, false, false, false, v[0] > 0, true, true)));
        }
        // Sacroiliac joint dysfunction with a pelvic history (001, 002).
        Person emma = new Person("DEMO-1008", "Emma", "Schultz", LocalDate.of(1988, 6, 21), Sex.FEMALE, Language.EN);
        for (int[] v : new int[][] {{49, 5}, {7, 4}}) {
            all.add(emma.visit(today.minusDays(v[0]), pain(Set.of(BUTTOCK, LOWER_BACK, GROIN), Side.RIGHT, v[1], Onset.GRADUAL, 12,
                    Set.of(DURING_WALKING, STANDING, STAIRS), Set.of(Relief.REST), Set.of(ACHE)),
                    factors(170, 66, shoes(FootwearType.HIGH_HEELS, 10, false, false), posture(6, false, true), null,
                            gait(false, false, true, false), activity(15, 0, false, false, false, false, false, false),
                            null, Set.of(Condition.PELVIC_GYNECOLOGICAL)),
                    RedFlagAnswers.none()));
        }
        // Loss of bladder control: an emergency whatever else is going on (002).
        Person carlos = new Person("DEMO-1009", "Carlos", "Mendoza", LocalDate.of(1966, 2, 3), Sex.MALE, Language.ES);
        all.add(carlos.visit(today.minusDays(60), pain(Set.of(LOWER_BACK), Side.BOTH, 5, Onset.GRADUAL, 8,
                Set.of(SITTING, DURING_WALKING), Set.of(Relief.REST), Set.of(ACHE)),
                factors(172, 88, shoes(FootwearType.WORK_BOOTS, 24, true, false), posture(3, false, false), null,
                        gait(false, false, false, false), activity(12, 0, false, true, false, false, false, false), null, Set.of()),
                RedFlagAnswers.none()));
        all.add(carlos.visit(today, pain(Set.of(LOWER_BACK, BACK_OF_LEG, BUTTOCK), Side.BOTH, 9, Onset.SUDDEN, 0,
                Set.of(AT_REST, NIGHT, DURING_WALKING), Set.of(), Set.of(SHARP, NUMBNESS, WEAKNESS)),
                factors(172, 88, shoes(FootwearType.WORK_BOOTS, 26, true, false), posture(3, false, false), null,
                        gait(false, false, false, true), activity(2, 0, false, false, false, false, false, false), null, Set.of()),
                flags(true, true, false, false, false, true, true, true)));
        // Labral tear / hip flexor strain in a young soccer player: clicking, catching, giving way (001, 002).
        Person hannah = new Person("DEMO-1010", "Hannah", "Lee", LocalDate.of(2002, 8, 15), Sex.FEMALE, Language.EN);
        for (int[] v : new int[][] {{56, 5}, {28, 5}, {1, 4}}) {
            all.add(hannah.visit(today.minusDays(v[0]), pain(Set.of(GROIN, OUTER_HIP), Side.LEFT, v[1], Onset.GRADUAL, 16,
                    Set.of(DURING_RUNNING, PIVOTING, AT_REST), Set.of(Relief.REST), Set.of(CLICKING, CATCHING, GIVING_WAY, SHARP)),
                    factors(166, 60, shoes(FootwearType.RUNNING, 6, false, false), posture(6, false, false), null,
                            gait(false, false, false, false), activity(5, 20, false, false, false, true, false, false),
                            null, Set.of()).withSports(Set.of(Sport.SOCCER)),
                    RedFlagAnswers.none()));
        }
        // Osteoporosis and a fall: possible fracture (001).
        Person george = new Person("DEMO-1011", "George", "Whitfield", LocalDate.of(1948, 12, 1), Sex.MALE, Language.EN);
        all.add(george.visit(today.minusDays(90), pain(Set.of(GROIN, OUTER_HIP), Side.RIGHT, 3, Onset.GRADUAL, 20,
                Set.of(AFTER_WALKING), Set.of(Relief.REST), Set.of(ACHE, STIFFNESS)),
                factors(170, 64, shoes(FootwearType.ORTHOPEDIC, 12, false, true), posture(8, true, false), null,
                        gait(false, false, false, false), activity(7, 0, false, false, false, false, false, false),
                        new PastInjuries(false, false, null), Set.of(Condition.OSTEOPOROSIS, Condition.OSTEOARTHRITIS)),
                RedFlagAnswers.none()));
        all.add(george.visit(today, pain(Set.of(GROIN, OUTER_HIP), Side.RIGHT, 8, Onset.SUDDEN, 0,
                Set.of(DURING_WALKING, AT_REST, STANDING), Set.of(), Set.of(SHARP)),
                factors(170, 64, shoes(FootwearType.ORTHOPEDIC, 15, false, true), posture(8, true, false), null,
                        gait(false, false, false, true), activity(1, 0, false, false, false, false, false, false),
                        new PastInjuries(false, false, "fell at home on the bathroom floor"),
                        Set.of(Condition.OSTEOPOROSIS, Condition.OSTEOARTHRITIS)),
                flags(false, false, true, true, false, true, false, true)));
        // Meralgia paresthetica: burning and numbness on the outer thigh, desk job, weight gain (002).
        Person priya = new Person("DEMO-1012", "Priya", "Patel", LocalDate.of(1975, 10, 5), Sex.FEMALE, Language.EN);
        for (int[] v : new int[][] {{40, 5}, {10, 4}}) {
            all.add(priya.visit(today.minusDays(v[0]), pain(Set.of(OUTER_THIGH), Side.RIGHT, v[1], Onset.GRADUAL, 10,
                    Set.of(DURING_WALKING, STANDING), Set.of(Relief.SITTING), Set.of(BURNING, NUMBNESS, TINGLING)),
                    factors(160, 89, shoes(FootwearType.EVERYDAY, 14, false, false), posture(9, true, false), null,
                            gait(false, false, false, false), activity(6, 0, false, false, false, false, false, false), null, Set.of()),
                    RedFlagAnswers.none()));
        }
        return all;
    }

    private record Person(String clinicId, String given, String family, LocalDate birth, Sex sex, Language language) {
        IntakeRequest visit(LocalDate date, Pain pain, DemoFactors factors, RedFlagAnswers flags) {
            return new IntakeRequest(new PatientDetails(clinicId, given, family, birth, sex, null, null),
                    date, language, pain, factors.build(), flags, null, null);
        }
    }

    /** Factors with sports filled in last, so each vignette reads top to bottom. */
    private record DemoFactors(Factors factors, Set<Sport> sports) {
        DemoFactors withSports(Set<Sport> chosen) {
            return new DemoFactors(factors, chosen);
        }

        Factors build() {
            Activity a = factors.activity();
            Activity activity = new Activity(a.walkingKmPerWeek(), a.runningKmPerWeek(), a.recentIncrease(), a.unevenTerrain(),
                    a.downhill(), a.speedWork(), a.strengthTraining(), a.warmsUp(), sports);
            return new Factors(factors.heightCm(), factors.weightKg(), factors.footwear(), factors.posture(), factors.legLength(),
                    factors.gait(), activity, factors.pastInjuries(), factors.conditions(), factors.pregnant());
        }
    }

    private static Pain pain(Set<PainRegion> regions, Side side, int intensity, Onset onset, int weeks,
                             Set<PainTrigger> when, Set<Relief> relief, Set<PainCharacter> character) {
        return new Pain(regions, side, intensity, onset, weeks, when, relief, character);
    }

    private static DemoFactors factors(double height, double weight, Footwear footwear, Posture posture, LegLength legLength,
                                       Gait gait, Activity activity, PastInjuries injuries, Set<Condition> conditions) {
        return new DemoFactors(new Factors(height, Math.round(weight * 10) / 10.0, footwear, posture, legLength, gait, activity,
                injuries != null ? injuries : new PastInjuries(false, false, null), conditions, null), Set.of());
    }

    private static Footwear shoes(FootwearType type, int months, boolean wornOut, boolean orthotics) {
        return new Footwear(type, months, wornOut, orthotics);
    }

    private static Posture posture(double sittingHours, boolean slouched, boolean arched) {
        return new Posture(sittingHours, slouched, arched);
    }

    private static Gait gait(boolean valgus, boolean pronation, boolean supination, boolean limp) {
        return new Gait(valgus, pronation, supination, limp);
    }

    private static Activity activity(double walkKm, double runKm, boolean increase, boolean uneven, boolean downhill,
                                     boolean speedWork, boolean strength, boolean warmsUp) {
        return new Activity(walkKm, runKm, increase, uneven, downhill, speedWork, strength, warmsUp, Set.of());
    }

    private static RedFlagAnswers flags(boolean bladder, boolean numbness, boolean swelling, boolean fall, boolean fever,
                                        boolean severe, boolean notImproving, boolean dailyLife) {
        return new RedFlagAnswers(bladder, numbness, swelling, fall, fever, severe, notImproving, dailyLife,
                false, false, false, false, false, false, false, false);
    }
}
