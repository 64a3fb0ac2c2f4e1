package clinic.stride.clinic;

import clinic.stride.vocabulary.Language;
import java.util.Objects;

/**
 * The clinic's details in force: what every PDF prints in its header and where it says "call us", and what the
 * pages' header shows. {@code version} 0 means nothing was stored yet and the environment's defaults apply.
 *
 * @param phone         null when not set: the handout then prints a visible placeholder, not a number to dial
 * @param logo          null when none was uploaded
 * @param consentTextEn the consent and privacy notice in English (null: Stride's own wording)
 */
public record ClinicSettings(int version, String name, String address, String phone, ClinicLogo logo,
                             Language defaultLanguage, String handoutFooter, String consentTextEn,
                             String consentTextEs) {

    public ClinicSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    }

    /** The consent text in {@code language}, or null when the clinic has not written one. */
    public String consentText(Language language) {
        return language == Language.ES ? consentTextEs : consentTextEn;
    }
}
