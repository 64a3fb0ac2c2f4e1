package clinic.stride.clinic;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A clinic's logo: a PNG or an SVG of at most {@value #MAX_BYTES} bytes, its type told from its content, never from
 * the name or the type the browser sent. An SVG with scripts, event handlers or external references is refused: an
 * SVG is a document, and whatever it runs or fetches would run wherever the logo is shown.
 */
public record ClinicLogo(byte[] content, String type) {

    public static final int MAX_BYTES = 256 * 1024;
    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Pattern ACTIVE_SVG = Pattern.compile(
            "<script|<foreignobject|\\son[a-z]+\\s*=|javascript:|<!entity|(xlink:)?href\\s*=\\s*[\"']?(https?:|//|data:text)",
            Pattern.CASE_INSENSITIVE);

    public ClinicLogo {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The logo in {@code content}, or a refusal saying why ("logo.size", "logo.type", "logo.svg"). */
    public static ClinicLogo of(byte[] content) {
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new SettingsRefused("logo", "logo.size");
        }
        if (content.length > PNG_SIGNATURE.length
                && Arrays.equals(Arrays.copyOf(content, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
            return new ClinicLogo(content, PNG);
        }
        String text = new String(content, StandardCharsets.UTF_8).strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("<svg") || lower.startsWith("<?xml")) || !lower.contains("<svg")) {
            throw new SettingsRefused("logo", "logo.type");
        }
        if (ACTIVE_SVG.matcher(text).find()) {
            throw new SettingsRefused("logo", "logo.svg");
        }
        return new ClinicLogo(content, SVG);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClinicLogo logo && type.equals(logo.type) && Arrays.equals(content, logo.content);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "ClinicLogo[" + type + ", " + content.length + " bytes]";
    }
}
