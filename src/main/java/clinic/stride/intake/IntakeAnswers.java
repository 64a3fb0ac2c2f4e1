package clinic.stride.intake;

import clinic.stride.vocabulary.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * One visit's answers: the part of an intake that an amendment can correct. Immutable; a correction is a
 * new {@code IntakeAnswers}, stored as a new version beside the old one. The LEFS ({@code lefs}) is optional.
 */
public record IntakeAnswers(
        @NotNull(message = "give the visit date") LocalDate visitDate,
        @NotNull(message = "choose a language") Language language,
        @NotNull(message = "tell us about the pain") @Valid Pain pain,
        @NotNull(message = "the factors section is missing") @Valid Factors factors,
        @NotNull(message = "answer the warning-sign questions") @Valid RedFlagAnswers redFlags,
        @Valid LefsAnswers lefs) {

    /** A LEFS with no item answered is a skipped one: stored as no LEFS at all. */
    public IntakeAnswers {
        if (lefs != null && lefs.noneAnswered()) {
            lefs = null;
        }
    }

    /** Answers without the optional LEFS. */
    public IntakeAnswers(LocalDate visitDate, Language language, Pain pain, Factors factors, RedFlagAnswers redFlags) {
        this(visitDate, language, pain, factors, redFlags, null);
    }

    /** These answers with the LEFS given (an amendment that sends none keeps the intake's). */
    public IntakeAnswers withLefs(LefsAnswers answered) {
        return new IntakeAnswers(visitDate, language, pain, factors, redFlags, answered);
    }
}
