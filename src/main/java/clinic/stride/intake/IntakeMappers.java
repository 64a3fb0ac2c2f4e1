package clinic.stride.intake;

import clinic.stride.platform.Problem;
import clinic.stride.platform.RefusalMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** The intake's refusals as problem+json (RFC 9457), one mapper each. */
public final class IntakeMappers {

    private IntakeMappers() {
    }

    @Provider
    public static class NotFound extends RefusalMapper<IntakeNotFound> {
        public NotFound() {
            super(e -> Problem.notFound(e.getMessage()));
        }
    }

    @Provider
    public static class KeyReused extends RefusalMapper<IdempotencyKeyReused> {
        public KeyReused() {
            super(IntakeMappers::problemOf);
        }
    }

    /** Public for the pages, which show the same field error. */
    public static Problem problemOf(IdempotencyKeyReused e) {
        return new Problem("https://stride.clinic/problems/idempotency-key-reused", "Idempotency-Key already used", 422,
                e.getMessage(), List.of(new Problem.FieldError("Idempotency-Key", "was already used for a different intake")));
    }
}
