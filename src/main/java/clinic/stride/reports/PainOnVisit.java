package clinic.stride.reports;

import clinic.stride.intake.PainScore;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The pain intensity a patient reported at one visit: one point of the {@link PainTrendChart}.
 *
 * @param visitDate the visit's date
 * @param intensity pain on the 0–10 numeric rating scale
 */
public record PainOnVisit(LocalDate visitDate, PainScore intensity) {

    public PainOnVisit {
        Objects.requireNonNull(visitDate, "visitDate");
        Objects.requireNonNull(intensity, "intensity");
    }
}
