package clinic.stride.reports;

import clinic.stride.reports.pdf.SvgArtwork;
import clinic.stride.reports.pdf.ArtworkNotFoundException;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import java.util.regex.Pattern;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * The line drawing of one home exercise ({@code /reports/exercises/<id>.svg}): the key position in dark blue, the
 * starting position in pale blue where it helps, and an orange arrow for the movement.
 *
 * <p>Ids are the knowledge base's exercise ids, e.g. {@code clamshells} or {@code press-ups}.
 */
public final class ExerciseIllustration {

    /** Exercise ids are lower-case words joined by hyphens; anything else could walk out of the folder. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String exerciseId;
    private final SvgArtwork artwork;

    private ExerciseIllustration(String exerciseId, SvgArtwork artwork) {
        this.exerciseId = exerciseId;
        this.artwork = artwork;
    }

    /**
     * The illustration of {@code exerciseId}, parsed on first use and shared afterwards.
     *
     * @throws ArtworkNotFoundException naming the id when Stride has no drawing for it
     * @throws IllegalArgumentException when the id is not a well-formed exercise id
     */
    public static ExerciseIllustration of(String exerciseId) {
        Objects.requireNonNull(exerciseId, "exerciseId");
        if (!ID.matcher(exerciseId).matches()) {
            throw new IllegalArgumentException("not an exercise id: '" + exerciseId + "'");
        }
        String resource = resourceOf(exerciseId);
        try {
            return new ExerciseIllustration(exerciseId, SvgArtwork.load(resource));
        } catch (ArtworkNotFoundException e) {
            throw new ArtworkNotFoundException("no illustration for exercise '" + exerciseId + "': expected "
                    + resource + " on the class path (reports/exercises/" + exerciseId + ".svg in the sources)");
        }
    }

    static String resourceOf(String exerciseId) {
        return "/reports/exercises/" + exerciseId + ".svg";
    }

    public String exerciseId() {
        return exerciseId;
    }

    /** Width divided by height of the drawing, for callers laying out a page. */
    public float aspectRatio() {
        return (float) (artwork.width() / artwork.height());
    }

    /** Draws the illustration as vectors, as large as fits in {@code area} without distortion, centred. */
    public void draw(PdfContentByte canvas, Rectangle area) {
        artwork.place(canvas, area, new Rectangle2D.Double(0, 0, area.getWidth(), area.getHeight()));
    }

    @Override
    public String toString() {
        return "ExerciseIllustration[" + exerciseId + "]";
    }
}
