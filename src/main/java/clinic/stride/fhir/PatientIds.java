package clinic.stride.fhir;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A patient's FHIR id from the clinic id, and back. A FHIR id is {@code [A-Za-z0-9\-\.]{1,64}} (R4
 * datatypes.html#id); a clinic id may also hold {@code _} (PatientDetails). A clinic id without {@code _} is its
 * own FHIR id, so {@code Patient/C-1001} stays readable; one with {@code _} becomes {@code -} followed by its
 * UTF-8 bytes in base 64 over the 64 characters an id allows ({@code A-Z a-z 0-9 - .}), at most 55 characters
 * for the longest clinic id (40). No clinic id starts with {@code -}, so the two forms cannot be confused.
 */
final class PatientIds {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9.-]{1,64}");
    private static final String MARK = "-";

    private PatientIds() {
    }

    /** The FHIR id of the patient with this clinic id. */
    static String of(String clinicId) {
        if (PLAIN.matcher(clinicId).matches() && !clinicId.startsWith(MARK)) {
            return clinicId;
        }
        String base64 = Base64.getUrlEncoder().withoutPadding().encodeToString(clinicId.getBytes(StandardCharsets.UTF_8));
        return MARK + base64.replace('_', '.');
    }

    /**
     * The clinic id a FHIR id stands for; null when it is the encoded form but not readable. Any other text is
     * taken as the clinic id itself (a clinic id with {@code _} sent as it is still finds its patient).
     */
    static String clinicIdOf(String id) {
        if (!id.startsWith(MARK)) {
            return id;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(id.substring(MARK.length()).replace('.', '_')), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
