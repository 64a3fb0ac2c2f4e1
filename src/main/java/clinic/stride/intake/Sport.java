package clinic.stride.intake;

import clinic.stride.vocabulary.Coded;

/** Sports and activities the seeds link to hip pain. */
public enum Sport implements Coded {
    SOCCER,
    BALL_GAMES,
    DANCING,
    GYMNASTICS,
    ROWING,
    CYCLING,
    SWIMMING,
    GOLF,
    JUMPING,
    OTHER;

    @Override
    public String toString() {
        return code();
    }
}
