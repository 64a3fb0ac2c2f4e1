package clinic.stride.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.vocabulary.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LefsTest {

    private static Lefs.Answers answers(Integer... items) {
        return new Lefs.Answers(Arrays.asList(items));
    }

    private static Lefs.Answers all(int value) {
        return new Lefs.Answers(Collections.nCopies(Lefs.ITEMS, value));
    }

    @Test
    void shouldScoreEightyWhenEveryActivityHasNoDifficulty() {
        assertEquals(80, all(4).score().total().orElseThrow());
    }

    @Test
    void shouldScoreZeroWhenEveryActivityIsImpossible() {
        assertEquals(0, all(0).score().total().orElseThrow());
    }

    @Test
    void shouldSumTheAnswersWhenTheFormIsComplete() {
        // A runner with a sore hip: daily life easy, running and hopping hard.
        Lefs.Answers form = answers(3, 2, 4, 4, 3, 1, 3, 4, 2, 3, 4, 3, 3, 3, 4, 1, 0, 0, 1, 4);
        Lefs.Score score = form.score();
        assertEquals(52, score.total().orElseThrow());
        assertEquals(20, score.answered());
        assertTrue(score.complete());
    }

    @Test
    void shouldGiveNoTotalWhenOneItemIsBlank() {
        List<Integer> items = new ArrayList<>(Collections.nCopies(Lefs.ITEMS, 3));
        items.set(LefsItem.HOPPING.ordinal(), null);
        Lefs.Score score = new Lefs.Answers(items).score();
        assertFalse(score.complete());
        assertTrue(score.total().isEmpty());
        assertEquals(19, score.answered());
        assertEquals(1, score.missing());
    }

    @Test
    void shouldGiveNoTotalWhenFourItemsAreBlank() {
        // No prorating rule could be cited for the LEFS, so four blanks are as incomplete as one (see Lefs).
        Lefs.Answers form = answers(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, null, null, null, null, 4);
        assertTrue(form.score().total().isEmpty());
        assertEquals(4, form.score().missing());
    }

    @Test
    void shouldCountNothingAnsweredWhenEveryItemIsBlank() {
        Lefs.Score score = new Lefs.Answers(Collections.nCopies(Lefs.ITEMS, (Integer) null)).score();
        assertEquals(0, score.answered());
        assertTrue(score.total().isEmpty());
    }

    @Test
    void shouldRefuseAnAnswerWhenItIsOutsideZeroToFour() {
        assertThrows(IllegalArgumentException.class, () -> answers(5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4));
        assertThrows(IllegalArgumentException.class, () -> answers(-1, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4));
    }

    @Test
    void shouldRefuseAFormWhenItDoesNotHaveTwentyItems() {
        assertThrows(IllegalArgumentException.class, () -> answers(4, 4, 4));
        assertThrows(IllegalArgumentException.class, () -> new Lefs.Answers(null));
    }

    @Test
    void shouldCallAChangeImportantWhenItReachesNinePoints() {
        assertEquals(1, Lefs.clinicallyImportantChange(40, 49));
        assertEquals(0, Lefs.clinicallyImportantChange(40, 48));
        assertEquals(-1, Lefs.clinicallyImportantChange(40, 31));
        assertEquals(0, Lefs.clinicallyImportantChange(40, 32));
    }

    @Test
    void shouldNumberTheItemsOneToTwentyWhenListedInTheFormsOrder() {
        assertEquals(20, LefsItem.values().length);
        assertEquals(1, LefsItem.USUAL_WORK.number());
        assertEquals(20, LefsItem.ROLLING_OVER_IN_BED.number());
        for (LefsItem item : LefsItem.values()) {
            assertFalse(item.text().in(Language.EN).isBlank());
            assertFalse(item.text().in(Language.ES).isBlank());
        }
        assertEquals(5, Lefs.ANSWERS.size());
    }

    @Test
    void shouldMapEveryGlobalChangeWhenGivenMinusThreeToThree() {
        for (int v = -3; v <= 3; v++) {
            assertEquals(v, GlobalChange.of(v).value());
        }
        assertThrows(IllegalArgumentException.class, () -> GlobalChange.of(4));
    }
}
