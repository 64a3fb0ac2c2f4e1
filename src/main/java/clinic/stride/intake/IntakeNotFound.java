package clinic.stride.intake;

import java.util.UUID;

/** No intake with this id, or none with this version: answered as 404 by {@link IntakeMappers.NotFound}. */
public class IntakeNotFound extends RuntimeException {

    public IntakeNotFound(UUID id) {
        this(id.toString());
    }

    /** Also for a text that is no UUID: as unknown as a well-formed id that does not exist. */
    public IntakeNotFound(String id) {
        super("No intake with id " + id, null, false, false);
    }

    public IntakeNotFound(UUID id, int version) {
        super("Intake " + id + " has no version " + version, null, false, false);
    }
}
