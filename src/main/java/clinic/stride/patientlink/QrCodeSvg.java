package clinic.stride.patientlink;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A patient link (intake or home programme) as a QR code, drawn as inline SVG (one path of unit squares) so it prints sharp and needs no image
 * request: the patient scans it from the desk's screen or a printout. Error correction M, quiet zone of 4 modules
 * (ISO/IEC 18004). ZXing's encoder, from Maven Central.
 */
public final class QrCodeSvg {

    static final int QUIET_ZONE = 4;

    private QrCodeSvg() {
    }

    /** The code's modules, quiet zone included: {@code [y][x]}, true is dark (for vector drawing in a PDF). */
    public static boolean[][] modules(String text) {
        BitMatrix m = matrix(text);
        boolean[][] rows = new boolean[m.getHeight()][m.getWidth()];
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                rows[y][x] = m.get(x, y);
            }
        }
        return rows;
    }

    /** The code's modules: true is dark. Package-private for the test that decodes it again. */
    static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode this text as a QR code", e);
        }
    }

    /** SVG markup with an accessible name; the caller escapes nothing (the label is escaped here). */
    public static String svg(String text, String label) {
        return svg(text, label, "link-qr");
    }

    /** As {@link #svg(String, String)}, with the element id a page needs when it shows more than one code. */
    public static String svg(String text, String label, String id) {
        BitMatrix m = matrix(text);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" id=\"" + escape(id) + "\" role=\"img\" aria-label=\"" + escape(label)
                + "\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight() + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
