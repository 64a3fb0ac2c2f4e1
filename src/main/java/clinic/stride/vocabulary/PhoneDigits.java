package clinic.stride.vocabulary;

import java.text.Normalizer;

/**
 * A phone number as the digits it dials. Phone keyboards type the digits of their language: full-width ０-９ and
 * ＋（）－ in Japanese and Chinese (NFKC makes them ASCII), ٠-٩ in Arabic, ۰-۹ in Persian. The number is the same
 * whichever keyboard typed it, so patients' and the clinic's phones are kept in ASCII digits, which their format
 * checks, the printed handout and the likely-duplicate phone key (V18) read.
 */
public final class PhoneDigits {

    private PhoneDigits() {
    }

    /** The phone as typed, with every Unicode decimal digit written as its ASCII digit; null stays null. */
    public static String ascii(String typed) {
        if (typed == null) {
            return null;
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        StringBuilder ascii = new StringBuilder(text.length());
        text.codePoints().forEach(c -> ascii.appendCodePoint(Character.isDigit(c) ? '0' + Character.digit(c, 10) : c));
        return ascii.toString();
    }
}
