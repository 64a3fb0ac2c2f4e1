package clinic.stride.outcomes;

/**
 * A global rating of change: one question, seven answers from "very much worse" to "very much better" (-3 to +3).
 * Global rating of change scales have no single canonical wording (Kamper SJ, Maher CG, Mackay G. Global rating of
 * change scales: a review of strengths and weaknesses and considerations for design. J Man Manip Ther.
 * 2009;17(3):163-170); this wording is the clinic's, in English and Spanish, version {@link #VERSION}.
 */
public enum GlobalChange {
    VERY_MUCH_WORSE(-3, "Very much worse", "Mucho peor"),
    MUCH_WORSE(-2, "Much worse", "Bastante peor"),
    A_LITTLE_WORSE(-1, "A little worse", "Un poco peor"),
    ABOUT_THE_SAME(0, "About the same", "Más o menos igual"),
    A_LITTLE_BETTER(1, "A little better", "Un poco mejor"),
    MUCH_BETTER(2, "Much better", "Bastante mejor"),
    VERY_MUCH_BETTER(3, "Very much better", "Mucho mejor");

    public static final String VERSION = "GROC-7-stride-1";
    public static final Wording QUESTION = new Wording(
            "Since your last visit, how would you describe the problem you came to us with?",
            "Desde su última visita, ¿cómo describiría el problema por el que vino a vernos?");

    private final int value;
    private final Wording text;

    GlobalChange(int value, String en, String es) {
        this.value = value;
        this.text = new Wording(en, es);
    }

    public int value() {
        return value;
    }

    public Wording text() {
        return text;
    }

    /** @throws IllegalArgumentException outside -3 to 3 */
    public static GlobalChange of(int value) {
        for (GlobalChange g : values()) {
            if (g.value == value) {
                return g;
            }
        }
        throw new IllegalArgumentException("global change must be between -3 and 3");
    }
}
