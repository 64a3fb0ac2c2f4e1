package clinic.stride.reports;

import java.time.LocalDate;

/** A complete LEFS score (0–80) on the day it was answered, for the summary's function trend. */
public record LefsOnDay(LocalDate day, int score) {
}
