package clinic.stride.intake;

import clinic.stride.vocabulary.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * One visit's answers: the part of an intake that an amendment can correct. Immutable; a correction is a
 * new {@code IntakeAnswers}, stored as a new version beside the old one.
 */
public record IntakeAnswers(
        @NotNull(message = "give the visit date") LocalDate visitDate,
        @NotNull(message = "choose a language") Language language,
        @NotNull(message = "tell us about the pain") @Valid Pain pain,
        @NotNull(message = "the factors section is missing") @Valid Factors factors,
        @NotNull(message = "answer the warning-sign questions") @Valid RedFlagAnswers redFlags) {
}
