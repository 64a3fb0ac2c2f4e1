package clinic.stride.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClinicLogoTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @Test
    void shouldTellAPngByItsSignatureWhenTheFileIsAPng() {
        assertEquals(ClinicLogo.PNG, ClinicLogo.of(PNG).type());
    }

    @Test
    void shouldAcceptAnSvgWhenItOnlyDraws() {
        byte[] svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                .concat("<title>Clínica Ñandú</title><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(ClinicLogo.SVG, ClinicLogo.of(svg).type());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://tracker.example/x.png\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><a xlink:href=\"javascript:alert(1)\">x</a></svg>",
        "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg>&x;</svg>"})
    void shouldRefuseAnSvgWhenItCarriesScriptsOrOutsideReferences(String svg) {
        SettingsRefused refused = assertThrows(SettingsRefused.class,
                () -> ClinicLogo.of(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("logo", refused.field());
        assertEquals("logo.svg", refused.key());
    }

    @Test
    void shouldRefuseTheFileWhenItIsNeitherPngNorSvg() {
        byte[] gif = "GIF89a....".getBytes(StandardCharsets.US_ASCII);
        assertEquals("logo.type", assertThrows(SettingsRefused.class, () -> ClinicLogo.of(gif)).key());
    }

    @Test
    void shouldRefuseTheFileWhenItIsEmptyOrOver256KiB() {
        byte[] big = Arrays.copyOf(PNG, ClinicLogo.MAX_BYTES + 1);
        assertEquals("logo.size", assertThrows(SettingsRefused.class, () -> ClinicLogo.of(big)).key());
        assertEquals("logo.size", assertThrows(SettingsRefused.class, () -> ClinicLogo.of(new byte[0])).key());
        assertEquals(ClinicLogo.PNG, ClinicLogo.of(Arrays.copyOf(PNG, ClinicLogo.MAX_BYTES)).type());
    }
}
