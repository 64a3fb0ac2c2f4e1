package clinic.stride.intake;

/** An Idempotency-Key sent again with a different request body: answered as 422 by {@link IntakeMappers.KeyReused}. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused() {
        super("This Idempotency-Key was used with a different request body; use a new key for a new intake", null, false, false);
    }
}
