package clinic.stride.intakelink;

import clinic.stride.platform.Problem;
import clinic.stride.platform.RefusalMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** An intake link's refusals as problem+json (RFC 9457), one mapper each. */
public final class IntakeLinkMappers {

    private IntakeLinkMappers() {
    }

    @Provider
    public static class NotFound extends RefusalMapper<IntakeLinkNotFound> {
        public NotFound() {
            super(e -> Problem.notFound(e.getMessage()));
        }
    }

    @Provider
    public static class Gone extends RefusalMapper<IntakeLinkGone> {
        public Gone() {
            super(e -> new Problem("https://stride.clinic/problems/intake-link-gone", "Intake link no longer valid", 410,
                    e.getMessage(), null));
        }
    }

    @Provider
    public static class WrongPatient extends RefusalMapper<NotTheLinksPatient> {
        public WrongPatient() {
            super(IntakeLinkMappers::problemOf);
        }
    }

    /** Public for the link's pages, which show the same field error. */
    public static Problem problemOf(NotTheLinksPatient e) {
        return new Problem("https://stride.clinic/problems/patient-mismatch", "Not the patient of this link", 422,
                e.getMessage(), List.of(new Problem.FieldError("patient", "does not match the patient this link was made for")));
    }
}
