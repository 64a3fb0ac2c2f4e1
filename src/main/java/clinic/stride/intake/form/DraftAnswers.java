package clinic.stride.intake.form;

import static clinic.stride.intake.form.Fields.*;

import clinic.stride.intake.Activity;
import clinic.stride.intake.DurationUnit;
import clinic.stride.intake.Factors;
import clinic.stride.intake.IntakeAnswers;
import clinic.stride.intake.IntakeRequest;
import clinic.stride.intake.Pain;
import clinic.stride.intake.PainRegion;
import clinic.stride.intake.Side;
import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Widget;
import clinic.stride.patient.PatientDetails;
import clinic.stride.platform.Json;
import clinic.stride.vocabulary.Coded;
import clinic.stride.vocabulary.Language;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The intake form as the patient has filled it so far: every field as typed (text, so a mistake is shown back
 * exactly as entered), and the ticked options of each "tick all that apply" question. Turned into an
 * {@link IntakeRequest} only on submit, through {@link #toRequest}; the service validates that request like
 * any API call. A plain question of the catalogue is the field named by its link id, read and written by its
 * kind ({@link IntakeBody}); the widgets the catalogue names ({@link Widget}) are read and written by hand.
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
    DurationUnit durationUnit() {
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
     * inverse of {@link #toRequest} for everything the form asks (durations as given or in weeks, shoe age in
     * months): the plain questions through the catalogue, the widgets it names ({@link Widget}) here.
     */
    public static DraftAnswers of(PatientDetails patient, IntakeAnswers stored) {
        DraftAnswers d = new DraftAnswers();
        ObjectNode body = Json.mapper().valueToTree(stored);
        if (patient != null) {
            body.set("patient", Json.mapper().valueToTree(patient));
            if (patient.birthDate() != null) {
                d.put(BIRTH_DAY, String.valueOf(patient.birthDate().getDayOfMonth()));
                d.put(BIRTH_MONTH, String.valueOf(patient.birthDate().getMonthValue()));
                d.put(BIRTH_YEAR, String.valueOf(patient.birthDate().getYear()));
            }
        }
        IntakeBody.fill(d, IntakeForm.standard(), body);
        Pain pain = stored.pain();
        if (!pain.hasSidePerRegion()) {
            // One side for every place, as stored: the page shows it per place (regionSides), and gives the same
            // intake back unless the places are changed.
            d.putCodes(REGIONS, pain.regions());
            d.put(SIDE, codeOf(pain.side()));
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
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
        if (pain.durationAmount() != null && pain.durationUnit() != null) {
            // As the patient gave it ("2 months"), not the weeks the rules read.
            d.put(DURATION_AMOUNT, text(pain.durationAmount()));
            d.put(DURATION_UNIT, pain.durationUnit().code());
        } else if (pain.durationWeeks() != null) {
            d.put(DURATION_AMOUNT, text(pain.durationWeeks()));
            d.put(DURATION_UNIT, "weeks");
        }
        Factors f = stored.factors();
        if (f.footwear().ageMonths() != null) {
            d.put(SHOE_AGE_AMOUNT, text(f.footwear().ageMonths()));
            d.put(SHOE_AGE_UNIT, "months");
        }
        if (f.legLength().differenceMm() != null) {
            d.put(LEG_LENGTH_KNOWN, "yes");
            d.put(LEG_DIFFERENCE_CM, text(f.legLength().differenceMm() / 10.0));
            d.put(LONGER_SIDE, codeOf(f.legLength().longerSide()));
            d.putYesNo(LEG_MEASURED, f.legLength().measured());
        }
        Activity a = f.activity();
        if (a.runningKmPerWeek() != null) {
            d.put(RUNS, a.runningKmPerWeek() > 0 ? "yes" : "no");
            if (a.runningKmPerWeek() > 0) {
                d.put(RUNNING_KM, text(a.runningKmPerWeek()));
            }
        }
        d.putYesNo(DOWNHILL, a.downhill());
        d.putYesNo(SPEED_WORK, a.speedWork());
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
        TypedNumbers numbers = new TypedNumbers(this);
        ObjectNode body = IntakeBody.of(this, IntakeForm.standard(), numbers);
        body.set("visitDate", Json.mapper().valueToTree(visitDate));
        body.set("language", Json.mapper().valueToTree(language));
        try {
            return new Conversion(Json.mapper().treeToValue(body, IntakeRequest.class), numbers.errors);
        } catch (JsonProcessingException e) {
            // The body holds only offered codes, numbers in int range and text: a failure is a mistake here.
            throw new IllegalStateException("the draft made an intake body the API cannot read", e);
        }
    }

    /**
     * The intake body (JSON) of these answers for a catalogue, without the visit date and language: how a
     * question being designed ({@link IntakeForm#with}) is seen to travel from the form before the intake records
     * hold it.
     */
    public JsonNode body(IntakeForm form) {
        return IntakeBody.of(this, form, new TypedNumbers(this));
    }

    /** A "yes" to a question that means get help now (see {@link Fields#EMERGENCY_ANSWERS}). */
    boolean hasEmergencyAnswer() {
        return EMERGENCY_ANSWERS.stream().anyMatch(f -> "yes".equals(value(f)));
    }

    /** Warning-sign questions left unanswered: each needs a yes or a no, because a missing answer could hide an emergency. */
    public List<String> unansweredWarningSigns() {
        return RED_FLAGS.stream().filter(f -> yesNo(f) == null).toList();
    }

    /** A yes or a no as typed; null for no answer. */
    Boolean yesNo(String field) {
        String v = value(field);
        return "yes".equals(v) ? Boolean.TRUE : "no".equals(v) ? Boolean.FALSE : null;
    }

    static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst().orElse(null);
    }
}
