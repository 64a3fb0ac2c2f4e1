package clinic.stride.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DrawnSignatureTest {

    @Test
    void shouldWriteBackItsOwnPathDataWhenThePagePostsStrokes() {
        DrawnSignature signature = DrawnSignature.parse(" M10 20 L 30.4,40 L31.6 41 M200 100L210 110 ").orElseThrow();
        assertEquals("M10 20L30 40L32 41M200 100L210 110", signature.pathData());
        assertEquals(2, signature.strokes().size());
        assertEquals(new DrawnSignature.Point(32, 41), signature.strokes().getFirst().getLast());
    }

    @Test
    void shouldBeEmptyWhenNothingWasDrawn() {
        assertTrue(DrawnSignature.parse("").isEmpty());
        assertTrue(DrawnSignature.parse(null).isEmpty());
        assertTrue(DrawnSignature.parse("   ").isEmpty());
    }

    @Test
    void shouldDropASingleMoveWhenAStrokeHasOnlyOnePoint() {
        assertEquals("M1 1L2 2", DrawnSignature.parse("M5 5 M1 1 L2 2").orElseThrow().pathData());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<path d=\"M1 1L2 2\"/>", "M1 1L2 2\"/><script>alert(1)</script>", "M1 1 C 2 2 3 3 4 4", "L1 1 L2 2",
        "M1 1 L2", "M1 1 L2 2 3 3", "M-1 1 L2 2", "M1 1 L401 2", "M1 1 L2 151", "M1 1 L2e2 2", "M1 1",
        "M1 1 L2 2 x", "javascript:M1 1L2 2", "M1 1 z", "M1\u00a01 L2 2"})
    void shouldRefuseWhenThePostIsNotMoveAndLinePathDataInsideTheBox(String posted) {
        assertThrows(IllegalArgumentException.class, () -> DrawnSignature.parse(posted));
    }

    @Test
    void shouldRefuseWhenTheDrawingIsTooLong() {
        String many = "M0 0" + "L1 1".repeat(DrawnSignature.MAX_POINTS);
        assertThrows(IllegalArgumentException.class, () -> DrawnSignature.parse(many));
        assertThrows(IllegalArgumentException.class, () -> DrawnSignature.parse("M1 1L2 2" + " ".repeat(DrawnSignature.MAX_POSTED)));
    }

    @Test
    void shouldReadTheSameSignatureBackWhenItsPathDataIsStored() {
        DrawnSignature drawn = DrawnSignature.parse("M0 150L400 0").orElseThrow();
        assertEquals(drawn, DrawnSignature.stored(drawn.pathData()));
        assertEquals(List.of(new DrawnSignature.Point(0, 150), new DrawnSignature.Point(400, 0)), drawn.strokes().getFirst());
    }
}
