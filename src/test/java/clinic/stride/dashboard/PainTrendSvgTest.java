package clinic.stride.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PainTrendSvgTest {

    private static long count(String svg, String regex) {
        return Pattern.compile(regex).matcher(svg).results().count();
    }

    @Test
    void shouldDrawOneDotWithoutLineWhenOneVisit() {
        String svg = PainTrendSvg.render(List.of(new PainTrendSvg.Point(LocalDate.of(2026, 1, 5), 7)), "Pain <by> visit");
        assertEquals(1, count(svg, "<circle "));
        assertFalse(svg.contains("<polyline"));
        assertTrue(svg.contains("<title id=\"trend-title\">Pain &lt;by&gt; visit</title>"));
        assertTrue(svg.contains("role=\"img\""));
        assertFalse(svg.contains("style="), "no style attributes: the Content-Security-Policy forbids them");
    }

    @Test
    void shouldPlaceVisitsByDateAndLabelAboutSixDatesWhenTwentyVisits() {
        List<PainTrendSvg.Point> points = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            points.add(new PainTrendSvg.Point(LocalDate.of(2026, 1, 1).plusWeeks(i), i % 11));
        }
        String svg = PainTrendSvg.render(points, "t");
        assertEquals(20, count(svg, "<circle "));
        assertEquals(1, count(svg, "<polyline"));
        long dateLabels = count(svg, ">2026-\\d\\d-\\d\\d<");
        assertTrue(dateLabels >= 5 && dateLabels <= 8, "date labels: " + dateLabels);
        assertTrue(svg.contains("cx=\"" + PainTrendSvg.LEFT + ".0\""), "the first visit sits on the left edge");
    }

    @Test
    void shouldReadBackCursorWhenEncoded() {
        Worklist.Cursor cursor = new Worklist.Cursor(3, java.time.LocalDate.of(2026, 11, 20), java.time.Instant.parse("2026-11-20T10:15:30.123456Z"), UUID.randomUUID());
        assertEquals(cursor, Worklist.Cursor.decode(cursor.encode()));
    }

    @Test
    void shouldEscapeLikeWildcardsWhenSearchingNames() {
        assertEquals("o\\%b\\_r\\\\", Worklist.likeEscape("o%b_r\\"));
    }
}
