package clinic.stride.patient;

import clinic.stride.vocabulary.PhoneDigits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Who the patient is, as sent with an intake. A clinic id already on file must come with the same name,
 * birth date and sex: Stride never silently changes a registered patient.
 */
public record PatientDetails(
        @NotBlank(message = "give the clinic id")
        @Size(max = 40, message = "the clinic id must be at most 40 characters")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "use letters, digits, dot, dash or underscore in the clinic id")
        String clinicId,
        @NotBlank(message = "give the first name") @Size(max = 100, message = "the first name must be at most 100 characters")
        @Pattern(regexp = ONE_LINE_OF_TEXT, message = "the first name must be one line of text, without control characters")
        String givenName,
        @NotBlank(message = "give the family name") @Size(max = 100, message = "the family name must be at most 100 characters")
        @Pattern(regexp = ONE_LINE_OF_TEXT, message = "the family name must be one line of text, without control characters")
        String familyName,
        @NotNull(message = "give the date of birth") @Past(message = "the date of birth must be in the past")
        LocalDate birthDate,
        @NotNull(message = "choose the sex") Sex sex,
        @Size(max = 40, message = "the phone number must be at most 40 characters")
        // Checked after the constructor made the digits ASCII; \p{Nd} says that the API takes the digits of any script,
        // and keeps the OpenAPI document from promising ASCII digits only (JsonSchemas leaves out \p patterns).
        @Pattern(regexp = "[\\p{Nd}+() .-]*", message = "use digits, spaces and + ( ) . - in the phone number")
        String phone,
        @Size(max = 254, message = "the email must be at most 254 characters") @Email(message = "give a valid email address")
        String email) {

    /**
     * Any characters but control characters (Unicode Cc: NUL, line breaks, escape...) and lone surrogate halves
     * (Cs). PostgreSQL refuses NUL in text and jsonb, a name has no line breaks, and a lone surrogate half (which
     * JSON can send as an escape) has no UTF-8 form to store (InjectionProbesIT).
     */
    public static final String ONE_LINE_OF_TEXT = "[^\\p{Cc}\\p{Cs}]*";

    /** {@link #ONE_LINE_OF_TEXT} that may also break lines and tab: for free text in a patient's own words. */
    public static final String LINES_OF_TEXT = "[\\t\\n\\r[^\\p{Cc}\\p{Cs}]]*";

    public PatientDetails {
        clinicId = clinicId == null ? null : clinicId.strip();
        givenName = givenName == null ? null : givenName.strip();
        familyName = familyName == null ? null : familyName.strip();
        phone = PhoneDigits.ascii(phone);
    }
}
