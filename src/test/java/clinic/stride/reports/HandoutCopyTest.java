package clinic.stride.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import clinic.stride.vocabulary.Language;
import java.time.LocalDate;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class HandoutCopyTest {

    @Test
    void shouldHaveTheSameKeysInEveryLanguageWhenTheCopyFilesAreLoaded() {
        TreeSet<String> english = new TreeSet<>(HandoutCopy.in(Language.EN).keys());
        for (Language language : Language.values()) {
            HandoutCopy copy = HandoutCopy.in(language);
            assertEquals(english, new TreeSet<>(copy.keys()), "keys of handout." + language.code() + ".properties");
            for (String key : copy.keys()) {
                assertFalse(copy.text(key).isBlank(), key + " in " + language);
            }
        }
    }

    @Test
    void shouldWriteDatesInThePatientsLanguageWhenPrinted() {
        LocalDate date = LocalDate.of(2026, 3, 2);

        assertEquals("2 March 2026", HandoutCopy.in(Language.EN).date(date));
        assertEquals("2 de marzo de 2026", HandoutCopy.in(Language.ES).date(date));
    }
}
