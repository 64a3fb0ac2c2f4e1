package clinic.stride.knowledge;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Kincaid grade level of English text: 0.39 (words / sentences) + 11.8 (syllables / words) - 15.59.
 * Syllables are counted by the usual heuristic (vowel groups, a silent final e, consonant + le); numbers
 * count as two syllables. Close enough to published calculators to hold patient text to grade 8.
 */
final class FleschKincaid {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['’][A-Za-z]+)*|\\d+");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    private FleschKincaid() {
    }

    static double grade(String text) {
        int sentences = Math.max(1, text.split("[.!?]+(\\s|$)").length);
        int words = 0;
        int syllables = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words++;
            syllables += syllables(matcher.group());
        }
        if (words == 0) {
            return 0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    static int syllables(String word) {
        if (Character.isDigit(word.charAt(0))) {
            return 2;
        }
        String w = word.toLowerCase(Locale.ROOT).replaceAll("['’].*$", "");
        if (w.length() <= 3) {
            return 1;
        }
        boolean consonantLe = w.endsWith("le") && w.length() > 2 && "aeiouy".indexOf(w.charAt(w.length() - 3)) < 0;
        if (w.endsWith("es") || w.endsWith("ed")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("e") && !consonantLe) {
            w = w.substring(0, w.length() - 1);
        }
        int count = 0;
        Matcher groups = VOWEL_GROUP.matcher(w);
        while (groups.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
