package clinic.stride.intake.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FormOptionsTest {

    @Test
    void shouldOfferTheCataloguesCodesWithWordsInBothLanguages() throws IOException {
        for (String language : List.of("en", "es")) {
            Properties words = new Properties();
            try (var in = FormOptionsTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, List<String>> group : FormOptions.GROUPS.entrySet()) {
                if (group.getKey().equals("pain")) {
                    continue;
                }
                for (String code : group.getValue()) {
                    assertNotNull(words.getProperty("opt." + group.getKey() + "." + code), language + ": opt." + group.getKey() + "." + code);
                }
            }
        }
    }

    @Test
    void shouldOfferLeftOrRightForTheLongerLegButEverySideForThePain() {
        FormOptions options = new FormOptions();
        assertEquals(List.of("female", "male", "other", "unknown"), options.of("sex"));
        assertEquals(List.of("left", "right", "both"), options.of("side"));
        assertEquals(List.of("left", "right"), options.of("longer"));
        assertEquals(List.of("sudden", "gradual"), options.of("onset"));
    }
}
