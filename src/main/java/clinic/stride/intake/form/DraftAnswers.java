package clinic.stride.intake.form;

import static clinic.stride.intake.form.Fields.*;

import clinic.stride.intake.Activity;
import clinic.stride.vocabulary.Coded;
import clinic.stride.intake.DurationUnit;
import clinic.stride.intake.Condition;
import clinic.stride.intake.Factors;
import clinic.stride.intake.Footwear;
import clinic.stride.intake.FootwearType;
import clinic.stride.intake.Gait;
import clinic.stride.intake.IntakeAnswers;
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
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The intake form as the patient has filled it so far: every field as typed (text, so a mistake is shown back
 * exactly as entered), and the ticked options of each "tick all that apply" question. Turned into an
 * {@link IntakeRequest} only on submit, through {@link #toRequest}; the service validates that request like
 * any API call.
 */
public final class DraftAnswers {

    /** Longest text kept for any one field; the service's own limits are far below this. */
    static final int MAX_TEXT = 1000;

    private Map<String, String> values = new TreeMap<>();
    private Map<String, List<String>> lists = new TreeMap<>();

    public Map<String, String> getValues() {
        return values;
    }

    public void setValues(Map<String, String> values) {
        this.values = new TreeMap<>(values);
    }

    public Map<String, List<String>> getLists() {
        return lists;
    }

    public void setLists(Map<String, List<String>> lists) {
        this.lists = new TreeMap<>(lists);
    }

    public String value(String field) {
        return values.get(field);
    }

    public boolean has(String field, String option) {
        return lists.getOrDefault(field, List.of()).contains(option);
    }

    public List<String> list(String field) {
        return lists.getOrDefault(field, List.of());
    }

    public void put(String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            values.remove(field);
        } else {
            values.put(field, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        }
    }

    public void putAll(String field, Collection<String> options) {
        List<String> kept = options == null ? List.of()
                : options.stream().filter(o -> o != null && !o.isBlank() && o.length() <= 40).distinct().toList();
        if (kept.isEmpty()) {
            lists.remove(field);
        } else {
            lists.put(field, new ArrayList<>(kept));
        }
    }

    @JsonIgnore // an answer of the draft's, not a field of its stored JSON
    public boolean isEmpty() {
        return values.isEmpty() && lists.isEmpty();
    }

    boolean runs() {
        return "yes".equals(value(RUNS));
    }

    /**
     * The pregnancy question applies unless the sex given is male; an answer left behind after the sex was
     * changed to male is dropped rather than sent (the API refuses pregnant with sex male).
     */
    boolean asksPregnancy() {
        return !"male".equals(value(SEX));
    }

    /** The unit the duration was given in; weeks when none was chosen (the page's default). */
    private DurationUnit durationUnit() {
        DurationUnit unit = code(DurationUnit.class, value(DURATION_UNIT));
        return unit == null ? DurationUnit.WEEKS : unit;
    }

    /**
     * Each region that hurts with its side ({@code left}, {@code right} or {@code both}), in the body map's order:
     * from the page's left and right lists, else from the one side of an older draft.
     */
    public Map<String, String> regionSides() {
        Map<String, String> sides = new java.util.LinkedHashMap<>();
        List<String> left = list(REGIONS_LEFT);
        List<String> right = list(REGIONS_RIGHT);
        for (PainRegion region : PainRegion.values()) {
            String code = region.code();
            boolean l = left.contains(code);
            boolean r = right.contains(code);
            if (l || r) {
                sides.put(code, l && r ? "both" : l ? "left" : "right");
            } else if (left.isEmpty() && right.isEmpty() && list(REGIONS).contains(code)) {
                sides.put(code, value(SIDE));
            }
        }
        return sides;
    }

    boolean knowsLegLength() {
        return "yes".equals(value(LEG_LENGTH_KNOWN));
    }

    /**
     * Stored answers as form fields again: for the clinician's view of a visit and the amendment form. The
     * inverse of {@link #toRequest} for everything the form asks (durations in weeks, shoe age in months).
     */
    public static DraftAnswers of(PatientDetails patient, IntakeAnswers stored) {
        DraftAnswers d = new DraftAnswers();
        if (patient != null) {
            d.put(CLINIC_ID, patient.clinicId());
            d.put(GIVEN_NAME, patient.givenName());
            d.put(FAMILY_NAME, patient.familyName());
            if (patient.birthDate() != null) {
                d.put(BIRTH_DAY, String.valueOf(patient.birthDate().getDayOfMonth()));
                d.put(BIRTH_MONTH, String.valueOf(patient.birthDate().getMonthValue()));
                d.put(BIRTH_YEAR, String.valueOf(patient.birthDate().getYear()));
            }
            d.put(SEX, codeOf(patient.sex()));
            d.put(PHONE, patient.phone());
            d.put(EMAIL, patient.email());
        }
        Pain pain = stored.pain();
        if (!pain.hasSidePerRegion()) {
            // One side for every place, as stored: the page shows it per place (regionSides), and gives the same
            // intake back unless the places are changed.
            d.putCodes(REGIONS, pain.regions());
            d.put(SIDE, codeOf(pain.side()));
        }
        List<String> left = new java.util.ArrayList<>();
        List<String> right = new java.util.ArrayList<>();
        for (PainRegion region : pain.hasSidePerRegion() ? pain.regions() : Set.<PainRegion>of()) {
            Side side = pain.sideOf(region);
            if (side == Side.LEFT || side == Side.BOTH) {
                left.add(region.code());
            }
            if (side == Side.RIGHT || side == Side.BOTH) {
                right.add(region.code());
            }
        }
        d.putAll(REGIONS_LEFT, left);
        d.putAll(REGIONS_RIGHT, right);
        d.put(INTENSITY, text(pain.intensity()));
        d.put(ONSET, codeOf(pain.onset()));
        if (pain.durationAmount() != null && pain.durationUnit() != null) {
            // As the patient gave it ("2 months"), not the weeks the rules read.
            d.put(DURATION_AMOUNT, text(pain.durationAmount()));
            d.put(DURATION_UNIT, pain.durationUnit().code());
        } else if (pain.durationWeeks() != null) {
            d.put(DURATION_AMOUNT, text(pain.durationWeeks()));
            d.put(DURATION_UNIT, "weeks");
        }
        d.putCodes(WHEN, pain.when());
        d.putCodes(RELIEVED_BY, pain.relievedBy());
        d.putCodes(CHARACTER, pain.character());
        Factors f = stored.factors();
        d.put(HEIGHT, text(f.heightCm()));
        d.put(WEIGHT, text(f.weightKg()));
        d.put(SHOE_TYPE, codeOf(f.footwear().type()));
        if (f.footwear().ageMonths() != null) {
            d.put(SHOE_AGE_AMOUNT, text(f.footwear().ageMonths()));
            d.put(SHOE_AGE_UNIT, "months");
        }
        d.putYesNo(SHOES_WORN_OUT, f.footwear().wornOut());
        d.putYesNo(ORTHOTICS, f.footwear().orthotics());
        d.put(SITTING_HOURS, text(f.posture().sittingHoursPerDay()));
        d.putYesNo(SLOUCHED, f.posture().slouched());
        d.putYesNo(ARCHED_BACK, f.posture().archedBack());
        if (f.legLength().differenceMm() != null) {
            d.put(LEG_LENGTH_KNOWN, "yes");
            d.put(LEG_DIFFERENCE_CM, text(f.legLength().differenceMm() / 10.0));
            d.put(LONGER_SIDE, codeOf(f.legLength().longerSide()));
            d.putYesNo(LEG_MEASURED, f.legLength().measured());
        }
        d.putYesNo(KNEE_VALGUS, f.gait().kneeValgus());
        d.putYesNo(OVER_PRONATION, f.gait().overPronation());
        d.putYesNo(SUPINATION, f.gait().supination());
        d.putYesNo(LIMP, f.gait().limp());
        Activity a = f.activity();
        d.put(WALKING_KM, text(a.walkingKmPerWeek()));
        if (a.runningKmPerWeek() != null) {
            d.put(RUNS, a.runningKmPerWeek() > 0 ? "yes" : "no");
            if (a.runningKmPerWeek() > 0) {
                d.put(RUNNING_KM, text(a.runningKmPerWeek()));
            }
        }
        d.putYesNo(RECENT_INCREASE, a.recentIncrease());
        d.putYesNo(UNEVEN_TERRAIN, a.unevenTerrain());
        d.putYesNo(DOWNHILL, a.downhill());
        d.putYesNo(SPEED_WORK, a.speedWork());
        d.putYesNo(STRENGTH_TRAINING, a.strengthTraining());
        d.putYesNo(WARMS_UP, a.warmsUp());
        d.putCodes(SPORTS, a.sports());
        d.putYesNo(HIP_FRACTURE, f.pastInjuries().hipFracture());
        d.putYesNo(DISLOCATION, f.pastInjuries().dislocation());
        d.put(OTHER_INJURIES, f.pastInjuries().other());
        d.putCodes(CONDITIONS, f.conditions());
        RedFlagAnswers r = stored.redFlags();
        Boolean[] flags = {r.bladderBowelLoss(), r.numbnessTinglingWeakness(), r.swellingRedness(), r.recentFallOrInjury(),
                r.fever(), r.severeOrWorsening(), r.notImprovingWithRest(), r.interferesWithDailyActivities()};
        for (int i = 0; i < flags.length; i++) {
            d.putYesNo(RED_FLAGS.get(i), flags[i]);
        }
        Boolean[] screen = {r.saddleNumbness(), r.urinaryRetention(), r.bothLegs(), r.numbnessOrWeaknessWorsening(),
                r.cannotBearWeight(), r.cancerHistory(), r.unexplainedWeightLoss(), r.immunosuppressed()};
        for (int i = 0; i < screen.length; i++) {
            d.putYesNo(SAFETY_SCREEN.get(i), screen[i]);
        }
        d.putYesNo(PREGNANT, f.pregnant());
        return d;
    }

    private void putYesNo(String field, Boolean value) {
        put(field, value == null ? null : value ? "yes" : "no");
    }

    private void putCodes(String field, Collection<? extends Coded> codes) {
        putAll(field, codes == null ? List.of() : codes.stream().map(Coded::code).toList());
    }

    private static String codeOf(Coded coded) {
        return coded == null ? null : coded.code();
    }

    private static String text(Number n) {
        return n == null ? null : new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }

    /** The request, and the fields whose text is not what they ask for (message key by field). */
    public record Conversion(IntakeRequest request, Map<String, String> errors) {
    }

    /**
     * The intake body these answers make. Text that is not a number where a number is asked goes into the
     * errors, the answer left out; everything else (missing answers, ranges) is for Bean Validation to judge.
     * Questions that do not apply (running distance for someone who does not run) are left out.
     */
    public Conversion toRequest(LocalDate visitDate, Language language) {
        Parser p = new Parser();
        PatientDetails patient = new PatientDetails(value(CLINIC_ID), value(GIVEN_NAME), value(FAMILY_NAME),
                p.birthDate(), code(Sex.class, value(SEX)), value(PHONE), value(EMAIL));
        // A side per region when the page gave one (its left and right lists); else the one side of older drafts
        // and of forms that post pain.regions and pain.side.
        boolean perRegion = !list(REGIONS_LEFT).isEmpty() || !list(REGIONS_RIGHT).isEmpty();
        Integer weeks = p.durationWeeks();
        // The amount and unit as given are kept when the weeks alone would not say it ("2 months", "1.5 weeks").
        Double amount = weeks == null ? null : p.number(DURATION_AMOUNT, DURATION);
        if (amount != null && durationUnit() == DurationUnit.WEEKS && amount == weeks.doubleValue()) {
            amount = null;
        }
        Pain pain = new Pain(perRegion ? null : codes(PainRegion.class, REGIONS),
                perRegion ? null : code(Side.class, value(SIDE)), p.whole(INTENSITY),
                code(Onset.class, value(ONSET)), weeks, codes(PainTrigger.class, WHEN),
                codes(Relief.class, RELIEVED_BY), codes(PainCharacter.class, CHARACTER),
                perRegion ? codes(PainRegion.class, REGIONS_LEFT) : null,
                perRegion ? codes(PainRegion.class, REGIONS_RIGHT) : null,
                amount, amount == null ? null : durationUnit());
        Footwear footwear = new Footwear(code(FootwearType.class, value(SHOE_TYPE)), p.shoeAgeMonths(),
                yesNo(SHOES_WORN_OUT), yesNo(ORTHOTICS));
        boolean runner = runs();
        Double runningKm = runner ? p.number(RUNNING_KM) : "no".equals(value(RUNS)) ? Double.valueOf(0) : null;
        Activity activity = new Activity(p.number(WALKING_KM), runningKm, yesNo(RECENT_INCREASE), yesNo(UNEVEN_TERRAIN),
                runnerOnly(runner, DOWNHILL), runnerOnly(runner, SPEED_WORK), yesNo(STRENGTH_TRAINING),
                yesNo(WARMS_UP), codes(Sport.class, SPORTS));
        LegLength legLength = knowsLegLength()
                ? new LegLength(p.millimetres(), code(Side.class, value(LONGER_SIDE)), yesNo(LEG_MEASURED))
                : new LegLength(null, null, null);
        Factors factors = new Factors(p.number(HEIGHT), p.number(WEIGHT), footwear,
                new Posture(p.number(SITTING_HOURS), yesNo(SLOUCHED), yesNo(ARCHED_BACK)),
                legLength,
                new Gait(yesNo(KNEE_VALGUS), yesNo(OVER_PRONATION), yesNo(SUPINATION), yesNo(LIMP)),
                activity,
                new PastInjuries(yesNo(HIP_FRACTURE), yesNo(DISLOCATION), value(OTHER_INJURIES)),
                codes(Condition.class, CONDITIONS), asksPregnancy() ? yesNo(PREGNANT) : null);
        RedFlagAnswers redFlags = new RedFlagAnswers(yesNo(RED_FLAGS.get(0)), yesNo(RED_FLAGS.get(1)),
                yesNo(RED_FLAGS.get(2)), yesNo(RED_FLAGS.get(3)), yesNo(RED_FLAGS.get(4)), yesNo(RED_FLAGS.get(5)),
                yesNo(RED_FLAGS.get(6)), yesNo(RED_FLAGS.get(7)),
                yesNo(SAFETY_SCREEN.get(0)), yesNo(SAFETY_SCREEN.get(1)), yesNo(SAFETY_SCREEN.get(2)),
                yesNo(SAFETY_SCREEN.get(3)), yesNo(SAFETY_SCREEN.get(4)), yesNo(SAFETY_SCREEN.get(5)),
                yesNo(SAFETY_SCREEN.get(6)), yesNo(SAFETY_SCREEN.get(7)));
        return new Conversion(new IntakeRequest(patient, visitDate, language, pain, factors, redFlags), p.errors);
    }

    /** A "yes" to a question that means get help now (see {@link Fields#EMERGENCY_ANSWERS}). */
    boolean hasEmergencyAnswer() {
        return EMERGENCY_ANSWERS.stream().anyMatch(f -> "yes".equals(value(f)));
    }

    /** Warning-sign questions left unanswered: each needs a yes or a no, because a missing answer could hide an emergency. */
    public List<String> unansweredWarningSigns() {
        return RED_FLAGS.stream().filter(f -> yesNo(f) == null).toList();
    }

    /** A runner's answer; from someone who does not run only a "no" is kept (a "yes" was left behind by a changed mind). */
    private Boolean runnerOnly(boolean runner, String field) {
        Boolean answer = yesNo(field);
        return runner || Boolean.FALSE.equals(answer) ? answer : null;
    }

    private Boolean yesNo(String field) {
        String v = value(field);
        return "yes".equals(v) ? Boolean.TRUE : "no".equals(v) ? Boolean.FALSE : null;
    }

    static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst().orElse(null);
    }

    private <E extends Enum<E> & Coded> Set<E> codes(Class<E> type, String field) {
        Set<E> set = EnumSet.noneOf(type);
        for (String c : list(field)) {
            E e = code(type, c);
            if (e != null) {
                set.add(e);
            }
        }
        return set;
    }

    /** Reads numbers as people type them ("1,5" in Spanish is 1.5) and notes which fields were not numbers. */
    private final class Parser {

        /** Longer than any number a person types into the form ("1 234,5"), short of anything costly to read. */
        static final int MAX_NUMBER_LENGTH = 40;

        final Map<String, String> errors = new LinkedHashMap<>();

        Double number(String field) {
            return number(field, field);
        }

        Double number(String field, String errorField) {
            String text = value(field);
            if (text == null) {
                return null;
            }
            // No answer on the form is a number of more than a few digits; reading a posted field of a million
            // digits as a BigDecimal would cost seconds of CPU on an unauthenticated page.
            if (text.length() > MAX_NUMBER_LENGTH) {
                errors.put(errorField, "error.number");
                return null;
            }
            try {
                double d = new BigDecimal(text.replace(',', '.').replace(" ", "")).doubleValue();
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            errors.put(errorField, "error.number");
            return null;
        }

        Integer whole(String field) {
            Double d = number(field);
            if (d == null) {
                return null;
            }
            if (d != Math.rint(d) || Math.abs(d) > 1_000_000) {
                errors.put(field, "error.wholeNumber");
                return null;
            }
            return d.intValue();
        }

        LocalDate birthDate() {
            String day = value(BIRTH_DAY);
            String month = value(BIRTH_MONTH);
            String year = value(BIRTH_YEAR);
            if (day == null && month == null && year == null) {
                return null;
            }
            try {
                int y = Integer.parseInt(year == null ? "" : year);
                if (y < 1000) {
                    throw new NumberFormatException("two-digit year");
                }
                return LocalDate.of(y, Integer.parseInt(month == null ? "" : month), Integer.parseInt(day == null ? "" : day));
            } catch (NumberFormatException | DateTimeException e) {
                errors.put(BIRTH_DATE, "error.patient.birthDate.invalid");
                return null;
            }
        }

        Integer durationWeeks() {
            Double amount = number(DURATION_AMOUNT, DURATION);
            if (amount == null) {
                return null;
            }
            double weeks = switch (String.valueOf(value(DURATION_UNIT))) {
                case "days" -> amount / 7;
                case "months" -> amount * 52.0 / 12;
                case "years" -> amount * 52;
                default -> amount;
            };
            return clampToInt(weeks);
        }

        Integer shoeAgeMonths() {
            Double amount = number(SHOE_AGE_AMOUNT, SHOE_AGE);
            if (amount == null) {
                return null;
            }
            return clampToInt("years".equals(value(SHOE_AGE_UNIT)) ? amount * 12 : amount);
        }

        Integer millimetres() {
            Double cm = number(LEG_DIFFERENCE_CM, LEG_DIFFERENCE);
            return cm == null ? null : clampToInt(cm * 10);
        }

        private static Integer clampToInt(double d) {
            // Out-of-range values stay out of range (Bean Validation says so in words); only the int overflow is cut.
            return BigDecimal.valueOf(Math.max(Math.min(d, 1_000_000), -1_000_000)).setScale(0, RoundingMode.HALF_UP).intValue();
        }
    }
}
