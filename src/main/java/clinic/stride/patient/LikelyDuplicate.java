package clinic.stride.patient;

import java.time.LocalDate;
import java.util.List;

/**
 * Another registered patient who may be the same person: a warning for staff, never a refusal. {@code matchedOn}
 * says why ({@code name_and_birth_date}, {@code phone}, {@code email}); {@code intakes} how many intakes they have.
 */
public record LikelyDuplicate(String clinicId, String givenName, String familyName, LocalDate birthDate,
                              long intakes, List<String> matchedOn) {

    public LikelyDuplicate {
        matchedOn = List.copyOf(matchedOn);
    }
}
