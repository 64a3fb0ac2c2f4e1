package clinic.stride.reports;

import clinic.stride.vocabulary.Language;
import java.util.Objects;

/**
 * The words printed around the body map. The SVG itself carries no text so that one file serves every language.
 *
 * @param front caption over the front view
 * @param back  caption over the back view
 * @param right marks the patient's right side under each view
 * @param left  marks the patient's left side under each view
 */
public record BodyMapCaptions(String front, String back, String right, String left) {

    public BodyMapCaptions {
        Objects.requireNonNull(front, "front");
        Objects.requireNonNull(back, "back");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(left, "left");
    }

    public static BodyMapCaptions in(Language language) {
        return switch (language) {
            case EN -> new BodyMapCaptions("Front", "Back", "Right", "Left");
            case ES -> new BodyMapCaptions("De frente", "De espaldas", "Derecha", "Izquierda");
        };
    }
}
