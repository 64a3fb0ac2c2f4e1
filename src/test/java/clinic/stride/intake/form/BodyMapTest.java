package clinic.stride.intake.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BodyMapTest {

    @Test
    void shouldInlineTheReportsSvgWithEveryRegionWhenLoaded() {
        String markup = new BodyMap().markup(Set.of());
        assertTrue(markup.startsWith("<svg "));
        assertFalse(markup.contains("<?xml"));
        assertFalse(markup.contains("<!--"));
        assertTrue(markup.contains("aria-hidden=\"true\""));
        assertFalse(markup.contains("style="), "inline styles would be blocked by the Content-Security-Policy");
        assertEquals(22, Pattern.compile("class=\"region\"").matcher(markup).results().count());
    }

    @Test
    void shouldShadeOnlyChosenShapesWhenGivenTheirIds() {
        String markup = new BodyMap().markup(Set.of("front-groin-left", "back-buttock-right"));
        assertEquals(2, Pattern.compile("class=\"region selected\"").matcher(markup).results().count());
        assertTrue(markup.contains("id=\"front-groin-left\" class=\"region selected\""));
    }
}
