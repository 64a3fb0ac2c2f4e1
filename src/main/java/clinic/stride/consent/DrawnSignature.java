package clinic.stride.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signature the patient drew on the consent step: strokes of straight segments in a {@value #WIDTH} x
 * {@value #HEIGHT} box, origin top-left, y down (the page's drawing area, whatever its size on screen). What the page
 * posts is parsed into numbers and written back by Stride ({@link #pathData()}): absolute {@code M} and {@code L}
 * commands with whole numbers, never the client's text, so nothing but path data is ever stored or shown. The typed
 * full name stays the signature that counts; this drawing is optional.
 */
public final class DrawnSignature {

    public static final int WIDTH = 400;
    public static final int HEIGHT = 150;
    /** Longest path data accepted from the page, and the most points kept (at most 8 characters each, so the stored
     * path stays under V24's 8000): a few seconds of handwriting fit easily. */
    public static final int MAX_POSTED = 16_000;
    public static final int MAX_POINTS = 900;

    private static final Pattern TOKEN = Pattern.compile("\\s*,?\\s*([ML]|-?\\d{1,4}(?:\\.\\d{1,3})?)");

    /** A point of a stroke, in the box's units. */
    public record Point(int x, int y) {
    }

    private final List<List<Point>> strokes;
    private final String pathData;

    private DrawnSignature(List<List<Point>> strokes) {
        this.strokes = strokes.stream().map(List::copyOf).toList();
        StringBuilder path = new StringBuilder();
        for (List<Point> stroke : this.strokes) {
            for (int i = 0; i < stroke.size(); i++) {
                path.append(i == 0 ? 'M' : 'L').append(stroke.get(i).x()).append(' ').append(stroke.get(i).y());
            }
        }
        this.pathData = path.toString();
    }

    /**
     * The drawing posted by the page, or empty when nothing was drawn.
     *
     * @throws IllegalArgumentException when the text is not path data of {@code M}/{@code L} commands each followed
     *                                  by two numbers inside the box, is too long, or draws no line
     */
    public static Optional<DrawnSignature> parse(String posted) {
        if (posted == null || posted.isBlank()) {
            return Optional.empty();
        }
        if (posted.length() > MAX_POSTED) {
            throw new IllegalArgumentException("signature path too long: " + posted.length() + " characters");
        }
        List<List<Point>> strokes = new ArrayList<>();
        Matcher token = TOKEN.matcher(posted.strip());
        int at = 0;
        int points = 0;
        String text = posted.strip();
        while (at < text.length()) {
            String command = next(token, text, at);
            at = token.end();
            if (!command.equals("M") && !command.equals("L")) {
                throw new IllegalArgumentException("signature path: a command must come before each point");
            }
            int x = coordinate(next(token, text, at), WIDTH);
            at = token.end();
            int y = coordinate(next(token, text, at), HEIGHT);
            at = token.end();
            if (command.equals("M")) {
                strokes.add(new ArrayList<>());
            } else if (strokes.isEmpty()) {
                throw new IllegalArgumentException("signature path must begin with M");
            }
            strokes.getLast().add(new Point(x, y));
            if (++points > MAX_POINTS) {
                throw new IllegalArgumentException("signature path has more than " + MAX_POINTS + " points");
            }
        }
        strokes.removeIf(stroke -> stroke.size() < 2);
        if (strokes.isEmpty()) {
            throw new IllegalArgumentException("signature path draws no line");
        }
        return Optional.of(new DrawnSignature(strokes));
    }

    /** A signature read back from the database, where only path data Stride wrote is kept. */
    static DrawnSignature stored(String pathData) {
        return parse(pathData).orElseThrow(() -> new IllegalStateException("empty stored signature"));
    }

    private static String next(Matcher token, String text, int at) {
        if (!token.find(at) || token.start() != at) {
            throw new IllegalArgumentException("signature path: only M, L and numbers are allowed");
        }
        return token.group(1);
    }

    private static int coordinate(String number, int limit) {
        if (number.equals("M") || number.equals("L")) {
            throw new IllegalArgumentException("signature path: each command takes two numbers");
        }
        long rounded = Math.round(Double.parseDouble(number));
        if (rounded < 0 || rounded > limit) {
            throw new IllegalArgumentException("signature path: a point lies outside the " + WIDTH + " x " + HEIGHT + " box");
        }
        return (int) rounded;
    }

    /** The strokes, each at least two points, in the order drawn. */
    public List<List<Point>> strokes() {
        return strokes;
    }

    /** SVG path data ({@code M12 30L14 31...}), written by Stride from the parsed numbers; safe in an attribute. */
    public String pathData() {
        return pathData;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DrawnSignature signature && pathData.equals(signature.pathData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pathData);
    }

    @Override
    public String toString() {
        return "DrawnSignature[" + strokes.size() + " strokes]";
    }
}
