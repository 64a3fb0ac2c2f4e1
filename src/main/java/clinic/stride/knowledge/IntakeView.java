package clinic.stride.knowledge;

import clinic.stride.intake.Activity;
import clinic.stride.intake.BodyMassIndex;
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
import java.util.Objects;

/**
 * The answer vocabulary that rule, red-flag and advice conditions are written in: a read-only view of one
 * intake plus the patient's age and sex. Nothing in it is null: an unanswered question reads as false, 0,
 * an empty set or an unanswered code, so a condition never needs a null check and never matches on
 * missing data through a comparison such as {@code age >= 50} or {@code bmi >= 30}.
 *
 * <p>The variables are {@code pain}, {@code factors}, {@code redFlags}, {@code age}, {@code sex} and
 * {@code bmi}; docs/knowledge.md lists every path.
 *
 * @param pain     the pain answers
 * @param factors  body, shoes, habits and history
 * @param redFlags the warning-sign answers
 * @param age      age in whole years at the visit
 * @param sex      recorded sex
 * @param bmi      body mass index from height and weight, 0 when either is missing
 */
public record IntakeView(PainView pain, FactorsView factors, RedFlagsView redFlags, int age, Code sex, double bmi) {

    public static IntakeView of(IntakeAnswers answers, int ageYears, Sex sex) {
        Objects.requireNonNull(answers, "answers");
        Factors factors = answers.factors() != null
                ? answers.factors()
                : new Factors(null, null, null, null, null, null, null, null, null, null);
        BodyMassIndex bmi = factors.bmi();
        return new IntakeView(
                PainView.of(answers.pain()),
                FactorsView.of(factors),
                RedFlagsView.of(answers.redFlags()),
                ageYears,
                Code.of("sex", Sex.class, sex),
                bmi == null ? 0 : bmi.value());
    }

    private static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }

    private static int number(Integer answer) {
        return answer == null ? 0 : answer;
    }

    private static double number(Double answer) {
        return answer == null ? 0 : answer;
    }

    /**
     * Where, how much, since when, and in which situations it hurts. {@code leftRegions} and {@code rightRegions}:
     * the regions that hurt on that side, each region on its own side when the patient gave one, else on
     * {@code side} (so a region on both sides is in both, and an intake with one side fills one or both alike).
     */
    public record PainView(CodeSet regions, Code side, int intensity, Code onset, int durationWeeks,
                           CodeSet when, CodeSet relievedBy, CodeSet character, CodeSet leftRegions,
                           CodeSet rightRegions) {

        static PainView of(Pain pain) {
            if (pain == null) {
                pain = new Pain(null, null, null, null, null, null, null, null);
            }
            return new PainView(
                    CodeSet.of("pain.regions", PainRegion.class, pain.regions()),
                    Code.of("pain.side", Side.class, pain.side()),
                    number(pain.intensity()),
                    Code.of("pain.onset", Onset.class, pain.onset()),
                    number(pain.durationWeeks()),
                    CodeSet.of("pain.when", PainTrigger.class, pain.when()),
                    CodeSet.of("pain.relievedBy", Relief.class, pain.relievedBy()),
                    CodeSet.of("pain.character", PainCharacter.class, pain.character()),
                    CodeSet.of("pain.leftRegions", PainRegion.class, onSide(pain, Side.LEFT)),
                    CodeSet.of("pain.rightRegions", PainRegion.class, onSide(pain, Side.RIGHT)));
        }

        private static java.util.Set<PainRegion> onSide(Pain pain, Side side) {
            java.util.Set<PainRegion> regions = java.util.EnumSet.noneOf(PainRegion.class);
            for (PainRegion region : pain.regions()) {
                Side given = region == null ? null : pain.sideOf(region);
                if (given == side || given == Side.BOTH) {
                    regions.add(region);
                }
            }
            return regions;
        }
    }

    /**
     * Body, shoes, habits and history. {@code pregnant}: pregnant now or gave birth in the last 6 months
     * (false when not asked, as for a male patient).
     */
    public record FactorsView(FootwearView footwear, PostureView posture, LegLengthView legLength, GaitView gait,
                              ActivityView activity, PastInjuriesView pastInjuries, CodeSet conditions,
                              boolean pregnant) {

        static FactorsView of(Factors factors) {
            return new FactorsView(
                    FootwearView.of(factors.footwear()),
                    PostureView.of(factors.posture()),
                    LegLengthView.of(factors.legLength()),
                    GaitView.of(factors.gait()),
                    ActivityView.of(factors.activity()),
                    PastInjuriesView.of(factors.pastInjuries()),
                    CodeSet.of("factors.conditions", Condition.class, factors.conditions()),
                    yes(factors.pregnant()));
        }
    }

    public record FootwearView(Code type, int ageMonths, boolean wornOut, boolean orthotics) {

        static FootwearView of(Footwear footwear) {
            return new FootwearView(Code.of("factors.footwear.type", FootwearType.class, footwear.type()),
                    number(footwear.ageMonths()), yes(footwear.wornOut()), yes(footwear.orthotics()));
        }
    }

    public record PostureView(double sittingHoursPerDay, boolean slouched, boolean archedBack) {

        static PostureView of(Posture posture) {
            return new PostureView(number(posture.sittingHoursPerDay()), yes(posture.slouched()),
                    yes(posture.archedBack()));
        }
    }

    public record LegLengthView(int differenceMm, Code longerSide, boolean measured) {

        static LegLengthView of(LegLength legLength) {
            return new LegLengthView(number(legLength.differenceMm()),
                    Code.of("factors.legLength.longerSide", Side.class, legLength.longerSide()),
                    yes(legLength.measured()));
        }
    }

    public record GaitView(boolean kneeValgus, boolean overPronation, boolean supination, boolean limp) {

        static GaitView of(Gait gait) {
            return new GaitView(yes(gait.kneeValgus()), yes(gait.overPronation()), yes(gait.supination()),
                    yes(gait.limp()));
        }
    }

    /**
     * Walking, running and sport. {@code runner} is derived: running distance above zero.
     */
    public record ActivityView(double walkingKmPerWeek, double runningKmPerWeek, boolean runner,
                               boolean recentIncrease, boolean unevenTerrain, boolean downhill, boolean speedWork,
                               boolean strengthTraining, boolean warmsUp, CodeSet sports) {

        static ActivityView of(Activity activity) {
            return new ActivityView(number(activity.walkingKmPerWeek()), number(activity.runningKmPerWeek()),
                    activity.hasRunningDistance(), yes(activity.recentIncrease()), yes(activity.unevenTerrain()),
                    yes(activity.downhill()), yes(activity.speedWork()), yes(activity.strengthTraining()),
                    yes(activity.warmsUp()),
                    CodeSet.of("factors.activity.sports", Sport.class, activity.sports()));
        }
    }

    /** {@code other} is true when the patient described any other injury in words. */
    public record PastInjuriesView(boolean hipFracture, boolean dislocation, boolean other) {

        static PastInjuriesView of(PastInjuries pastInjuries) {
            return new PastInjuriesView(yes(pastInjuries.hipFracture()), yes(pastInjuries.dislocation()),
                    pastInjuries.other() != null && !pastInjuries.other().isBlank());
        }
    }

    /** The warning-sign answers; a question not asked reads as false, like a "no". */
    public record RedFlagsView(boolean bladderBowelLoss, boolean numbnessTinglingWeakness,
                               boolean swellingRedness, boolean recentFallOrInjury, boolean fever,
                               boolean severeOrWorsening, boolean notImprovingWithRest,
                               boolean interferesWithDailyActivities, boolean saddleNumbness,
                               boolean urinaryRetention, boolean bothLegs, boolean numbnessOrWeaknessWorsening,
                               boolean cannotBearWeight, boolean cancerHistory, boolean unexplainedWeightLoss,
                               boolean immunosuppressed) {

        static RedFlagsView of(RedFlagAnswers answers) {
            if (answers == null) {
                answers = RedFlagAnswers.notAsked();
            }
            return new RedFlagsView(yes(answers.bladderBowelLoss()), yes(answers.numbnessTinglingWeakness()),
                    yes(answers.swellingRedness()), yes(answers.recentFallOrInjury()), yes(answers.fever()),
                    yes(answers.severeOrWorsening()), yes(answers.notImprovingWithRest()),
                    yes(answers.interferesWithDailyActivities()), yes(answers.saddleNumbness()),
                    yes(answers.urinaryRetention()), yes(answers.bothLegs()),
                    yes(answers.numbnessOrWeaknessWorsening()), yes(answers.cannotBearWeight()),
                    yes(answers.cancerHistory()), yes(answers.unexplainedWeightLoss()),
                    yes(answers.immunosuppressed()));
        }
    }
}
