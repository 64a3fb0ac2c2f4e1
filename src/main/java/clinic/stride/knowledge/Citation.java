package clinic.stride.knowledge;

/**
 * Where a piece of knowledge comes from: a seed file listed in {@code sources.yaml} and a passage copied
 * from it verbatim (the loader checks that the passage is really there).
 */
public record Citation(String source, String quote) {
}
