package clinic.stride.reports;

import java.time.LocalDate;

/** A complete LEFS score (0–80) on the day it was answered, at the intake or a follow-up, for the summary's function trend. */
public record LefsOnDay(LocalDate day, int score, boolean atIntake) {

    /** A follow-up's score. */
    public LefsOnDay(LocalDate day, int score) {
        this(day, score, false);
    }
}
