package clinic.stride.knowledge;

/** A seed document: its file under {@code knowledge/sources/} and its title as published. */
public record Source(String file, String title) {
}
