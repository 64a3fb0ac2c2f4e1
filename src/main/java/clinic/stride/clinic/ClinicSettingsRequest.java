package clinic.stride.clinic;

import clinic.stride.vocabulary.PhoneDigits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change of the clinic's details as the admin typed it. The message of each constraint is a key of the i18n
 * bundle ("clinic.error." + message), so the page shows it in the admin's language beside its field.
 */
public record ClinicSettingsRequest(
        @NotBlank(message = "name") @Size(max = 120, message = "name.size")
        @Pattern(regexp = ONE_LINE, message = "name.line") String name,
        @Size(max = 300, message = "address.size") @Pattern(regexp = LINES, message = "address.line") String address,
        @Size(max = 40, message = "phone.size") @Pattern(regexp = "[\\p{Nd}+() .-]*", message = "phone.format") String phone,
        @NotNull(message = "language") @Pattern(regexp = "en|es", message = "language") String defaultLanguage,
        @Size(max = 200, message = "footer.size") @Pattern(regexp = ONE_LINE, message = "footer.line") String handoutFooter,
        @Size(max = 8000, message = "consent.size") @Pattern(regexp = LINES, message = "consent.line") String consentTextEn,
        @Size(max = 8000, message = "consent.size") @Pattern(regexp = LINES, message = "consent.line") String consentTextEs) {

    /** The phone in ASCII digits whichever keyboard typed it ({@link PhoneDigits}); the format check reads it after. */
    public ClinicSettingsRequest {
        phone = PhoneDigits.ascii(phone);
    }

    /** No control characters, no line breaks: printed on one line of a PDF. */
    static final String ONE_LINE = "[^\\p{Cc}\\p{Cs}]*";
    /** As {@link #ONE_LINE}, with line breaks. */
    static final String LINES = "[\\n\\r[^\\p{Cc}\\p{Cs}]]*";
}
