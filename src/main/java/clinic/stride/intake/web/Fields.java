package clinic.stride.intake.web;

import java.util.List;

/**
 * Names of the form fields. Where a field is one answer of the intake body its name is that answer's path
 * (README), so an error Bean Validation reports for {@code pain.intensity} lands next to the field of that name.
 * The others are the parts a patient finds easier to give (a birth date as day, month and year; a duration as
 * a number and a unit) and the gate questions that decide which questions apply.
 */
final class Fields {

    static final String CLINIC_ID = "patient.clinicId";
    static final String GIVEN_NAME = "patient.givenName";
    static final String FAMILY_NAME = "patient.familyName";
    static final String BIRTH_DATE = "patient.birthDate";
    static final String BIRTH_DAY = "patient.birthDate.day";
    static final String BIRTH_MONTH = "patient.birthDate.month";
    static final String BIRTH_YEAR = "patient.birthDate.year";
    static final String SEX = "patient.sex";
    static final String PHONE = "patient.phone";
    static final String EMAIL = "patient.email";

    static final String REGIONS = "pain.regions";
    static final String SIDE = "pain.side";
    /** The regions that hurt on the left and on the right: a side per region (the page's body map and list). */
    static final String REGIONS_LEFT = "pain.regions.left";
    static final String REGIONS_RIGHT = "pain.regions.right";
    static final String INTENSITY = "pain.intensity";
    static final String ONSET = "pain.onset";
    static final String DURATION = "pain.durationWeeks";
    static final String DURATION_AMOUNT = "pain.duration.amount";
    static final String DURATION_UNIT = "pain.duration.unit";
    static final String WHEN = "pain.when";
    static final String RELIEVED_BY = "pain.relievedBy";
    static final String CHARACTER = "pain.character";

    static final String SHOE_TYPE = "factors.footwear.type";
    static final String SHOE_AGE = "factors.footwear.ageMonths";
    static final String SHOE_AGE_AMOUNT = "factors.footwear.age.amount";
    static final String SHOE_AGE_UNIT = "factors.footwear.age.unit";
    static final String SHOES_WORN_OUT = "factors.footwear.wornOut";
    static final String ORTHOTICS = "factors.footwear.orthotics";
    static final String WALKING_KM = "factors.activity.walkingKmPerWeek";
    static final String RUNS = "factors.activity.runs";
    static final String RUNNING_KM = "factors.activity.runningKmPerWeek";
    static final String RECENT_INCREASE = "factors.activity.recentIncrease";
    static final String UNEVEN_TERRAIN = "factors.activity.unevenTerrain";
    static final String DOWNHILL = "factors.activity.downhill";
    static final String SPEED_WORK = "factors.activity.speedWork";
    static final String STRENGTH_TRAINING = "factors.activity.strengthTraining";
    static final String WARMS_UP = "factors.activity.warmsUp";
    static final String SPORTS = "factors.activity.sports";

    static final String HEIGHT = "factors.heightCm";
    static final String WEIGHT = "factors.weightKg";
    static final String SITTING_HOURS = "factors.posture.sittingHoursPerDay";
    static final String SLOUCHED = "factors.posture.slouched";
    static final String ARCHED_BACK = "factors.posture.archedBack";
    static final String KNEE_VALGUS = "factors.gait.kneeValgus";
    static final String OVER_PRONATION = "factors.gait.overPronation";
    static final String SUPINATION = "factors.gait.supination";
    static final String LIMP = "factors.gait.limp";
    static final String LEG_LENGTH_KNOWN = "factors.legLength.known";
    static final String LEG_DIFFERENCE = "factors.legLength.differenceMm";
    static final String LEG_DIFFERENCE_CM = "factors.legLength.differenceCm";
    static final String LONGER_SIDE = "factors.legLength.longerSide";
    static final String LEG_MEASURED = "factors.legLength.measured";

    static final String HIP_FRACTURE = "factors.pastInjuries.hipFracture";
    static final String DISLOCATION = "factors.pastInjuries.dislocation";
    static final String OTHER_INJURIES = "factors.pastInjuries.other";
    static final String CONDITIONS = "factors.conditions";

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
    static final String PREGNANT = "factors.pregnant";

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
    static final String EMERGENCY_SHOWN = "_emergencyShown";

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
}
