package clinic.stride.consent;

import clinic.stride.vocabulary.Language;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The consent sent with a submission: the full name the patient typed as their signature, the version of the
 * notice they read and its language. Sending it says the patient agreed; leaving it out stores the intake marked
 * "no consent recorded". Where it was given (kiosk, link, clinic form, API) is the submission's, not the sender's,
 * to say.
 *
 * @param noticeVersion the clinic settings version whose notice was shown; 0 is Stride's own wording
 * @param drawnSignature optional: the signature drawn beside the typed name, as SVG path data of {@code M}/{@code L}
 *        commands in a {@value DrawnSignature#WIDTH} × {@value DrawnSignature#HEIGHT} box ({@link DrawnSignature});
 *        the typed name is the signature that counts
 */
public record ConsentRequest(
        @NotNull(message = "type the patient's full name as their signature")
        @Size(max = 200, message = "the signed name must be at most 200 characters") String signedName,
        @NotNull(message = "give the version of the notice the patient read")
        @PositiveOrZero(message = "the notice version is 0 (Stride's wording) or a clinic settings version") Integer noticeVersion,
        @NotNull(message = "give the language the notice was read in") Language language,
        @Size(max = DrawnSignature.MAX_POSTED, message = "the drawn signature is too long") String drawnSignature) {
}
