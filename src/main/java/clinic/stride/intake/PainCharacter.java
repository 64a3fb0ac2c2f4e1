package clinic.stride.intake;

import clinic.stride.vocabulary.Coded;

/** What the pain feels like. */
public enum PainCharacter implements Coded {
    ACHE,
    SHARP,
    SHOOTING,
    BURNING,
    STIFFNESS,
    CLICKING,
    CATCHING,
    GIVING_WAY,
    RUBBING,
    TINGLING,
    NUMBNESS,
    WEAKNESS;

    @Override
    public String toString() {
        return code();
    }
}
