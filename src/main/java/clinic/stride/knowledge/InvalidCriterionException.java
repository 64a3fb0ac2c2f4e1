package clinic.stride.knowledge;

/** A condition that does not compile, names something outside the answer vocabulary, or is not true/false. */
public final class InvalidCriterionException extends RuntimeException {

    public InvalidCriterionException(String message, Throwable cause) {
        super(message, cause);
    }
}
