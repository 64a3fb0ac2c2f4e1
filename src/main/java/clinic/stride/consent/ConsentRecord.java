package clinic.stride.consent;

import clinic.stride.vocabulary.Language;
import java.time.Instant;

/**
 * The consent given to one intake.
 *
 * @param noticeVersion the clinic settings version whose notice was shown; 0 is Stride's own wording
 * @param devicePath    {@code kiosk}, {@code link}, {@code clinic-form} or {@code api}
 */
public record ConsentRecord(String signedName, int noticeVersion, Language language, String devicePath,
                            Instant consentedAt) {
}
