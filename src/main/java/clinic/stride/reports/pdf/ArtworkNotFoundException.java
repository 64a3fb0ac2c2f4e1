package clinic.stride.reports.pdf;

/** A report asked for a drawing that is not packaged with Stride, e.g. an exercise added without its SVG. */
public class ArtworkNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ArtworkNotFoundException(String message) {
        super(message);
    }

    public static ArtworkNotFoundException forResource(String resource) {
        return new ArtworkNotFoundException("no drawing at " + resource + " on the class path");
    }
}
