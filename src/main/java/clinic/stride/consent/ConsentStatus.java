package clinic.stride.consent;

import clinic.stride.vocabulary.Language;
import java.time.Instant;

/**
 * An intake's consent as the API shows it: {@code given} with when, the notice version and language, the device
 * path and the signed name, or {@code none-recorded} with nothing else (stored without consent, never refused).
 */
public record ConsentStatus(String status, Instant consentedAt, Integer noticeVersion, Language language,
                            String devicePath, String signedName) {

    public static final String GIVEN = "given";
    public static final String NONE_RECORDED = "none-recorded";

    public static ConsentStatus of(ConsentRecord consent) {
        return consent == null ? new ConsentStatus(NONE_RECORDED, null, null, null, null, null)
                : new ConsentStatus(GIVEN, consent.consentedAt(), consent.noticeVersion(), consent.language(),
                        consent.devicePath(), consent.signedName());
    }
}
