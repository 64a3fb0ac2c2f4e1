package clinic.stride.intake;

import clinic.stride.patient.Sex;
import clinic.stride.vocabulary.Language;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Builds {@link IntakeAnswers} for tests in the clinic's words:
 * {@code aPatient().aged(67).female().withPain(GROIN).during(DURING_WALKING).build()}.
 * Anything not said is unanswered (null), as from a form left blank, except the warning-sign questions,
 * which default to all answered "no", and the required pain side and intensity (right, 4 of 10).
 * Age and sex are not part of the answers; the builder keeps them for the engine's {@code assess} call.
 */
public final class IntakeAnswersBuilder {

    private LocalDate visitDate = LocalDate.of(2025, 1, 6);
    private Language language = Language.EN;
    private int age = 45;
    private Sex sex = Sex.UNKNOWN;

    private final Set<PainRegion> regions = EnumSet.noneOf(PainRegion.class);
    private Side side = Side.RIGHT;
    private Integer intensity = 4;
    private Onset onset;
    private Integer durationWeeks;
    private final Set<PainTrigger> when = EnumSet.noneOf(PainTrigger.class);
    private final Set<Relief> relievedBy = EnumSet.noneOf(Relief.class);
    private final Set<PainCharacter> character = EnumSet.noneOf(PainCharacter.class);

    private Double heightCm;
    private Double weightKg;
    private FootwearType shoeType;
    private Integer shoeAgeMonths;
    private Boolean shoesWornOut;
    private Boolean orthotics;
    private Double sittingHoursPerDay;
    private Boolean slouched;
    private Boolean archedBack;
    private Integer legLengthDifferenceMm;
    private Side longerSide;
    private Boolean legLengthMeasured;
    private Boolean kneeValgus;
    private Boolean overPronation;
    private Boolean supination;
    private Boolean limp;
    private Double walkingKmPerWeek;
    private Double runningKmPerWeek;
    private Boolean recentIncrease;
    private Boolean unevenTerrain;
    private Boolean downhill;
    private Boolean speedWork;
    private Boolean strengthTraining;
    private Boolean warmsUp;
    private final Set<Sport> sports = EnumSet.noneOf(Sport.class);
    private Boolean hipFracture;
    private Boolean dislocation;
    private String otherInjury;
    private final Set<Condition> conditions = EnumSet.noneOf(Condition.class);
    private Boolean pregnant;

    private boolean bladderBowelLoss;
    private boolean numbnessTinglingWeakness;
    private boolean swellingRedness;
    private boolean recentFallOrInjury;
    private boolean fever;
    private boolean severeOrWorsening;
    private boolean notImprovingWithRest;
    private boolean interferesWithDailyActivities;
    private boolean saddleNumbness;
    private boolean urinaryRetention;
    private boolean bothLegs;
    private boolean numbnessOrWeaknessWorsening;
    private boolean cannotBearWeight;
    private boolean cancerHistory;
    private boolean unexplainedWeightLoss;
    private boolean immunosuppressed;

    private IntakeAnswersBuilder() {
    }

    public static IntakeAnswersBuilder aPatient() {
        return new IntakeAnswersBuilder();
    }

    // --- the patient and the visit ---

    public IntakeAnswersBuilder aged(int years) {
        this.age = years;
        return this;
    }

    public IntakeAnswersBuilder female() {
        this.sex = Sex.FEMALE;
        return this;
    }

    public IntakeAnswersBuilder male() {
        this.sex = Sex.MALE;
        return this;
    }

    public IntakeAnswersBuilder readsIn(Language language) {
        this.language = language;
        return this;
    }

    public IntakeAnswersBuilder visitedOn(LocalDate date) {
        this.visitDate = date;
        return this;
    }

    // --- pain ---

    public IntakeAnswersBuilder withPain(PainRegion... where) {
        Collections.addAll(regions, where);
        return this;
    }

    public IntakeAnswersBuilder onSide(Side side) {
        this.side = side;
        return this;
    }

    public IntakeAnswersBuilder rated(Integer intensity) {
        this.intensity = intensity;
        return this;
    }

    public IntakeAnswersBuilder startingSuddenly() {
        this.onset = Onset.SUDDEN;
        return this;
    }

    public IntakeAnswersBuilder startingGradually() {
        this.onset = Onset.GRADUAL;
        return this;
    }

    public IntakeAnswersBuilder forWeeks(int weeks) {
        this.durationWeeks = weeks;
        return this;
    }

    public IntakeAnswersBuilder during(PainTrigger... triggers) {
        Collections.addAll(when, triggers);
        return this;
    }

    public IntakeAnswersBuilder relievedBy(Relief... reliefs) {
        Collections.addAll(relievedBy, reliefs);
        return this;
    }

    public IntakeAnswersBuilder feeling(PainCharacter... characters) {
        Collections.addAll(character, characters);
        return this;
    }

    // --- body ---

    public IntakeAnswersBuilder measuring(double heightCm, double weightKg) {
        this.heightCm = heightCm;
        this.weightKg = weightKg;
        return this;
    }

    // --- shoes ---

    public IntakeAnswersBuilder wearing(FootwearType type) {
        this.shoeType = type;
        return this;
    }

    public IntakeAnswersBuilder shoesMonthsOld(int months) {
        this.shoeAgeMonths = months;
        return this;
    }

    public IntakeAnswersBuilder wornOutShoes() {
        this.shoesWornOut = true;
        return this;
    }

    public IntakeAnswersBuilder withOrthotics() {
        this.orthotics = true;
        return this;
    }

    // --- posture ---

    public IntakeAnswersBuilder sittingHoursPerDay(double hours) {
        this.sittingHoursPerDay = hours;
        return this;
    }

    public IntakeAnswersBuilder slouching() {
        this.slouched = true;
        return this;
    }

    public IntakeAnswersBuilder archingLowerBack() {
        this.archedBack = true;
        return this;
    }

    // --- leg length ---

    public IntakeAnswersBuilder legLengthDifferenceMm(int millimetres, Side longer, boolean measuredByClinician) {
        this.legLengthDifferenceMm = millimetres;
        this.longerSide = longer;
        this.legLengthMeasured = measuredByClinician;
        return this;
    }

    // --- gait ---

    public IntakeAnswersBuilder kneesGoingIn() {
        this.kneeValgus = true;
        return this;
    }

    public IntakeAnswersBuilder overPronating() {
        this.overPronation = true;
        return this;
    }

    public IntakeAnswersBuilder supinating() {
        this.supination = true;
        return this;
    }

    public IntakeAnswersBuilder limping() {
        this.limp = true;
        return this;
    }

    // --- activity ---

    public IntakeAnswersBuilder walkingKmPerWeek(double km) {
        this.walkingKmPerWeek = km;
        return this;
    }

    public IntakeAnswersBuilder runningKmPerWeek(double km) {
        this.runningKmPerWeek = km;
        return this;
    }

    public IntakeAnswersBuilder recentlyDoingMore() {
        this.recentIncrease = true;
        return this;
    }

    public IntakeAnswersBuilder onUnevenGround() {
        this.unevenTerrain = true;
        return this;
    }

    public IntakeAnswersBuilder runningDownhill() {
        this.downhill = true;
        return this;
    }

    public IntakeAnswersBuilder doingSpeedWork() {
        this.speedWork = true;
        return this;
    }

    public IntakeAnswersBuilder strengthTraining(boolean does) {
        this.strengthTraining = does;
        return this;
    }

    public IntakeAnswersBuilder warmingUp(boolean does) {
        this.warmsUp = does;
        return this;
    }

    public IntakeAnswersBuilder playing(Sport... played) {
        Collections.addAll(sports, played);
        return this;
    }

    // --- history ---

    public IntakeAnswersBuilder afterHipFracture() {
        this.hipFracture = true;
        return this;
    }

    public IntakeAnswersBuilder afterHipDislocation() {
        this.dislocation = true;
        return this;
    }

    public IntakeAnswersBuilder afterOtherInjury(String description) {
        this.otherInjury = description;
        return this;
    }

    public IntakeAnswersBuilder diagnosedWith(Condition... known) {
        Collections.addAll(conditions, known);
        return this;
    }

    /** Pregnant now or gave birth in the last 6 months (not asked unless said). */
    public IntakeAnswersBuilder pregnant(boolean isPregnant) {
        this.pregnant = isPregnant;
        return this;
    }

    // --- warning signs (all "no" unless said) ---

    public IntakeAnswersBuilder losingBladderOrBowelControl() {
        this.bladderBowelLoss = true;
        return this;
    }

    public IntakeAnswersBuilder reportingNumbnessTinglingOrWeakness() {
        this.numbnessTinglingWeakness = true;
        return this;
    }

    public IntakeAnswersBuilder withSwellingOrRedness() {
        this.swellingRedness = true;
        return this;
    }

    public IntakeAnswersBuilder afterFallOrInjury() {
        this.recentFallOrInjury = true;
        return this;
    }

    public IntakeAnswersBuilder withFever() {
        this.fever = true;
        return this;
    }

    public IntakeAnswersBuilder gettingWorse() {
        this.severeOrWorsening = true;
        return this;
    }

    public IntakeAnswersBuilder notImprovingWithRest() {
        this.notImprovingWithRest = true;
        return this;
    }

    public IntakeAnswersBuilder interferingWithDailyLife() {
        this.interferesWithDailyActivities = true;
        return this;
    }

    public IntakeAnswersBuilder withSaddleNumbness() {
        this.saddleNumbness = true;
        return this;
    }

    public IntakeAnswersBuilder unableToPassUrine() {
        this.urinaryRetention = true;
        return this;
    }

    public IntakeAnswersBuilder withSymptomsInBothLegs() {
        this.bothLegs = true;
        return this;
    }

    public IntakeAnswersBuilder withNewOrWorseningNumbnessOrWeakness() {
        this.numbnessOrWeaknessWorsening = true;
        return this;
    }

    public IntakeAnswersBuilder unableToBearWeight() {
        this.cannotBearWeight = true;
        return this;
    }

    public IntakeAnswersBuilder afterCancer() {
        this.cancerHistory = true;
        return this;
    }

    public IntakeAnswersBuilder losingWeightWithoutTrying() {
        this.unexplainedWeightLoss = true;
        return this;
    }

    public IntakeAnswersBuilder immunosuppressed() {
        this.immunosuppressed = true;
        return this;
    }

    // --- results ---

    public int age() {
        return age;
    }

    public Sex sex() {
        return sex;
    }

    public IntakeAnswers build() {
        Pain pain = new Pain(regions, side, intensity, onset, durationWeeks, when, relievedBy, character);
        Factors factors = new Factors(heightCm, weightKg,
                new Footwear(shoeType, shoeAgeMonths, shoesWornOut, orthotics),
                new Posture(sittingHoursPerDay, slouched, archedBack),
                new LegLength(legLengthDifferenceMm, longerSide, legLengthMeasured),
                new Gait(kneeValgus, overPronation, supination, limp),
                new Activity(walkingKmPerWeek, runningKmPerWeek, recentIncrease, unevenTerrain, downhill, speedWork,
                        strengthTraining, warmsUp, sports),
                new PastInjuries(hipFracture, dislocation, otherInjury),
                conditions, pregnant);
        RedFlagAnswers redFlags = new RedFlagAnswers(bladderBowelLoss, numbnessTinglingWeakness, swellingRedness,
                recentFallOrInjury, fever, severeOrWorsening, notImprovingWithRest, interferesWithDailyActivities,
                saddleNumbness, urinaryRetention, bothLegs, numbnessOrWeaknessWorsening, cannotBearWeight,
                cancerHistory, unexplainedWeightLoss, immunosuppressed);
        return new IntakeAnswers(visitDate, language, pain, factors, redFlags);
    }
}
