package clinic.stride.intake;

import clinic.stride.outcomes.Lefs;
import clinic.stride.outcomes.LefsItem;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Arrays;
import java.util.List;

/**
 * The Lower Extremity Functional Scale answered at the intake, the baseline of the patient's LEFS trend: one
 * answer per activity, 0 (extreme difficulty or unable) to 4 (no difficulty), null for an item left blank. The
 * components are the instrument's 20 items in its order ({@link LefsItem}, named by {@link LefsItem#fieldName()}),
 * so each is a question of the intake's catalogue and an error names the item ({@code lefs.squatting}). Scoring,
 * including what a blank item does to the total, is the instrument's rule in {@link Lefs.Answers#score()}.
 *
 * <p>The instrument version is written with the answers ({@code instrumentVersion} in the stored JSON and the
 * API's answers) and not read back from a request: a client cannot claim another version.
 */
@JsonIgnoreProperties(value = "instrumentVersion", allowGetters = true)
public record LefsAnswers(
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer usualWork,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer hobbies,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer bath,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer walkingBetweenRooms,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer shoesSocks,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer squatting,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer lifting,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer lightHomeActivities,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer heavyHomeActivities,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer car,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer walkingTwoBlocks,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer walkingAMile,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer stairs,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer standingOneHour,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer sittingOneHour,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer runningEvenGround,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer runningUnevenGround,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer sharpTurns,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer hopping,
        @Min(value = 0, message = ITEM) @Max(value = 4, message = ITEM) Integer rollingOverInBed) {

    static final String ITEM = "each LEFS answer is a whole number from 0 to 4";

    /** The answers in the instrument's order, null for a blank. */
    public static LefsAnswers of(List<Integer> items) {
        Lefs.Answers checked = new Lefs.Answers(items);
        Integer[] a = checked.items().toArray(new Integer[0]);
        return new LefsAnswers(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], a[15], a[16], a[17], a[18], a[19]);
    }

    /** The answers in the instrument's order, null for a blank. */
    public List<Integer> items() {
        return Arrays.asList(usualWork, hobbies, bath, walkingBetweenRooms, shoesSocks, squatting, lifting, lightHomeActivities, heavyHomeActivities, car, walkingTwoBlocks, walkingAMile, stairs, standingOneHour, sittingOneHour, runningEvenGround, runningUnevenGround, sharpTurns, hopping, rollingOverInBed);
    }

    /** The answers as the instrument scores them (throws for an answer outside 0 to 4). */
    public Lefs.Answers outcome() {
        return new Lefs.Answers(items());
    }

    public Lefs.Score score() {
        return outcome().score();
    }

    /** No item answered: the patient skipped the questionnaire. */
    public boolean noneAnswered() {
        return items().stream().allMatch(java.util.Objects::isNull);
    }

    @JsonProperty("instrumentVersion")
    public String instrumentVersion() {
        return Lefs.INSTRUMENT_VERSION;
    }
}
