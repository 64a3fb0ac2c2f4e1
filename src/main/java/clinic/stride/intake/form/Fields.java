package clinic.stride.intake.form;

import java.util.List;

/**
 * Names of the form fields. Where a field is one answer of the intake body its name is that answer's path
 * (README), so an error Bean Validation reports for {@code pain.intensity} lands next to the field of that name.
 * The others are the parts a patient finds easier to give (a birth date as day, month and year; a duration as
 * a number and a unit) and the gate questions that decide which questions apply.
 */
public final class Fields {

    public static final String CLINIC_ID = "patient.clinicId";
    public static final String GIVEN_NAME = "patient.givenName";
    public static final String FAMILY_NAME = "patient.familyName";
    public static final String BIRTH_DATE = "patient.birthDate";
    public static final String BIRTH_DAY = "patient.birthDate.day";
    public static final String BIRTH_MONTH = "patient.birthDate.month";
    public static final String BIRTH_YEAR = "patient.birthDate.year";
    public static final String SEX = "patient.sex";
    public static final String PHONE = "patient.phone";
    public static final String EMAIL = "patient.email";

    public static final String REGIONS = "pain.regions";
    public static final String SIDE = "pain.side";
    /** The regions that hurt on the left and on the right: a side per region (the page's body map and list). */
    public static final String REGIONS_LEFT = "pain.regions.left";
    public static final String REGIONS_RIGHT = "pain.regions.right";
    public static final String INTENSITY = "pain.intensity";
    public static final String ONSET = "pain.onset";
    public static final String DURATION = "pain.durationWeeks";
    public static final String DURATION_AMOUNT = "pain.duration.amount";
    public static final String DURATION_UNIT = "pain.duration.unit";
    public static final String WHEN = "pain.when";
    public static final String RELIEVED_BY = "pain.relievedBy";
    public static final String CHARACTER = "pain.character";

    public static final String SHOE_TYPE = "factors.footwear.type";
    public static final String SHOE_AGE = "factors.footwear.ageMonths";
    public static final String SHOE_AGE_AMOUNT = "factors.footwear.age.amount";
    public static final String SHOE_AGE_UNIT = "factors.footwear.age.unit";
    public static final String SHOES_WORN_OUT = "factors.footwear.wornOut";
    public static final String ORTHOTICS = "factors.footwear.orthotics";
    public static final String WALKING_KM = "factors.activity.walkingKmPerWeek";
    public static final String RUNS = "factors.activity.runs";
    public static final String RUNNING_KM = "factors.activity.runningKmPerWeek";
    public static final String RECENT_INCREASE = "factors.activity.recentIncrease";
    public static final String UNEVEN_TERRAIN = "factors.activity.unevenTerrain";
    public static final String DOWNHILL = "factors.activity.downhill";
    public static final String SPEED_WORK = "factors.activity.speedWork";
    public static final String STRENGTH_TRAINING = "factors.activity.strengthTraining";
    public static final String WARMS_UP = "factors.activity.warmsUp";
    public static final String SPORTS = "factors.activity.sports";

    public static final String HEIGHT = "factors.heightCm";
    public static final String WEIGHT = "factors.weightKg";
    public static final String SITTING_HOURS = "factors.posture.sittingHoursPerDay";
    public static final String SLOUCHED = "factors.posture.slouched";
    public static final String ARCHED_BACK = "factors.posture.archedBack";
    public static final String KNEE_VALGUS = "factors.gait.kneeValgus";
    public static final String OVER_PRONATION = "factors.gait.overPronation";
    public static final String SUPINATION = "factors.gait.supination";
    public static final String LIMP = "factors.gait.limp";
    public static final String LEG_LENGTH_KNOWN = "factors.legLength.known";
    public static final String LEG_DIFFERENCE = "factors.legLength.differenceMm";
    public static final String LEG_DIFFERENCE_CM = "factors.legLength.differenceCm";
    public static final String LONGER_SIDE = "factors.legLength.longerSide";
    public static final String LEG_MEASURED = "factors.legLength.measured";
    public static final String CONDITIONS = "factors.conditions";

    static final List<String> RED_FLAGS = List.of(
            "redFlags.bladderBowelLoss",
            "redFlags.numbnessTinglingWeakness",
            "redFlags.swellingRedness",
            "redFlags.recentFallOrInjury",
            "redFlags.fever",
            "redFlags.severeOrWorsening",
            "redFlags.notImprovingWithRest",
            "redFlags.interferesWithDailyActivities");

    /**
     * The guideline red-flag screen (issue 14): optional on the form like in the API, asked on the same page.
     * Index order is {@link clinic.stride.intake.RedFlagAnswers}'s component order after the first eight.
     */
    static final List<String> SAFETY_SCREEN = List.of(
            "redFlags.saddleNumbness",
            "redFlags.urinaryRetention",
            "redFlags.bothLegs",
            "redFlags.numbnessOrWeaknessWorsening",
            "redFlags.cannotBearWeight",
            "redFlags.cancerHistory",
            "redFlags.unexplainedWeightLoss",
            "redFlags.immunosuppressed");

    /** Pregnant now or gave birth in the last 6 months: asked when the sex is not male. */
    public static final String PREGNANT = "factors.pregnant";

    /**
     * A "yes" to any of these means possible cauda equina syndrome (NICE NG59; NICE CKS sciatica): the
     * warning-signs page itself tells the patient to get help now, before the review page.
     */
    static final List<String> EMERGENCY_ANSWERS = List.of(
            "redFlags.bladderBowelLoss",
            "redFlags.urinaryRetention",
            "redFlags.saddleNumbness",
            "redFlags.bothLegs");

    /** Posted by the warning-signs page when it showed the get-help-now message (by the server or its script). */
    public static final String EMERGENCY_SHOWN = "_emergencyShown";

    /** The warning-signs page in the order it asks: emergencies first, then related questions side by side. */
    static final List<String> WARNING_PAGE = List.of(
            "redFlags.bladderBowelLoss",
            "redFlags.urinaryRetention",
            "redFlags.saddleNumbness",
            "redFlags.bothLegs",
            "redFlags.numbnessTinglingWeakness",
            "redFlags.numbnessOrWeaknessWorsening",
            "redFlags.swellingRedness",
            "redFlags.fever",
            "redFlags.recentFallOrInjury",
            "redFlags.cannotBearWeight",
            "redFlags.cancerHistory",
            "redFlags.unexplainedWeightLoss",
            "redFlags.immunosuppressed",
            "redFlags.severeOrWorsening",
            "redFlags.notImprovingWithRest",
            "redFlags.interferesWithDailyActivities",
            PREGNANT);

    private Fields() {
    }

    /** The LEFS's 20 items, in the instrument's order ({@code lefs.usualWork} ... {@code lefs.rollingOverInBed}). */
    public static final List<String> LEFS_ITEMS = java.util.Arrays.stream(clinic.stride.outcomes.LefsItem.values())
            .map(item -> "lefs." + item.fieldName()).toList();
}
