package clinic.stride.patientlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class QrCodeSvgTest {

    private static final String LINK = "https://clinic.example/intake-links/" + "AbC-dEf_0123456789".repeat(2) + "xyzXYZ0";

    @Test
    void shouldDecodeBackToTheLinkWhenScanned() throws Exception {
        BitMatrix m = QrCodeSvg.matrix(LINK);
        int scale = 4;
        int[] pixels = new int[m.getWidth() * scale * m.getHeight() * scale];
        for (int y = 0; y < m.getHeight() * scale; y++) {
            for (int x = 0; x < m.getWidth() * scale; x++) {
                pixels[y * m.getWidth() * scale + x] = m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        LuminanceSource source = new RGBLuminanceSource(m.getWidth() * scale, m.getHeight() * scale, pixels);
        assertEquals(LINK, new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText());
    }

    @Test
    void shouldDrawSvgWithQuietZoneAndEscapedName() {
        String svg = QrCodeSvg.svg(LINK, "QR code of the link for \"Zoë\" <Núñez>");
        assertTrue(svg.startsWith("<svg "), svg);
        assertTrue(svg.contains("aria-label=\"QR code of the link for &quot;Zoë&quot; &lt;Núñez&gt;\""), svg);
        BitMatrix m = QrCodeSvg.matrix(LINK);
        for (int i = 0; i < QrCodeSvg.QUIET_ZONE; i++) {
            assertTrue(!m.get(i, i) && !m.get(m.getWidth() - 1 - i, i), "quiet zone around the code");
        }
        assertTrue(svg.contains("M" + QrCodeSvg.QUIET_ZONE + " " + QrCodeSvg.QUIET_ZONE + "h1v1h-1z"), "finder pattern's corner is dark");
    }
}
